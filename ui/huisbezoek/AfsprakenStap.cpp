// SPDX-License-Identifier: EUPL-1.2
#include "AfsprakenStap.h"

#include "HuisbezoekSessie.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ui {

AfsprakenStap::AfsprakenStap(HuisbezoekSessie& sessie, QWidget* parent)
    : HuisbezoekStap(parent)
    , m_sessie(sessie)
    , m_afspraken(new QPlainTextEdit(sessie.gesprek().afspraken))
{
    auto* titel = new QLabel(tr("Afspraken"));
    titel->setObjectName(QStringLiteral("stapTitel"));
    auto* uitleg = new QLabel(tr("What was agreed: who does what, and by when. Start with what the inwoner and the "
                                 "netwerk will do themselves."));
    uitleg->setWordWrap(true);
    m_afspraken->setObjectName(QStringLiteral("afspraken"));
    m_afspraken->setTabChangesFocus(true);
    m_afspraken->setAccessibleName(tr("Afspraken"));
    m_afspraken->setPlaceholderText(tr("For example: daughter asks the neighbour about shopping on Fridays; "
                                       "consulent sends the verslag within a week."));
    connect(m_afspraken, &QPlainTextEdit::textChanged, this,
            [this] { m_sessie.setAfspraken(m_afspraken->toPlainText()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titel);
    layout->addWidget(uitleg);
    layout->addWidget(m_afspraken, 1);
}

QString AfsprakenStap::titel() const
{
    return tr("Afspraken");
}

QString AfsprakenStap::positie() const
{
    return QStringLiteral("afspraken");
}

bool AfsprakenStap::herstel(const QString& positie)
{
    return positie == this->positie();
}

void AfsprakenStap::toon(Aankomst)
{
    m_afspraken->setFocus();
    m_afspraken->moveCursor(QTextCursor::End);
}

} // namespace ui
