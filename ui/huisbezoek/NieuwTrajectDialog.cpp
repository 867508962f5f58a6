// SPDX-License-Identifier: EUPL-1.2
#include "NieuwTrajectDialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

NieuwTrajectDialog::NieuwTrajectDialog(const QString& inwonerNaam, const QDate& vandaag, QWidget* parent)
    : QDialog(parent)
    , m_hulpvraag(new QPlainTextEdit)
{
    setWindowTitle(tr("Start huisbezoek"));
    auto* vraag = new QLabel(tr("%1 has no open traject. Start a new Wmo traject with a melding today (%2)?")
                                 .arg(inwonerNaam, vandaag.toString(QStringLiteral("dd-MM-yyyy"))));
    vraag->setWordWrap(true);
    auto* label = new QLabel(tr("&Hulpvraag, in the inwoner's own words:"));
    label->setBuddy(m_hulpvraag);
    m_hulpvraag->setObjectName(QStringLiteral("hulpvraag"));
    m_hulpvraag->setTabChangesFocus(true);
    auto* knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    knoppen->button(QDialogButtonBox::Ok)->setText(tr("Start traject and huisbezoek"));
    connect(knoppen, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vraag);
    layout->addWidget(label);
    layout->addWidget(m_hulpvraag, 1);
    layout->addWidget(knoppen);
    resize(520, 300);
}

QString NieuwTrajectDialog::hulpvraag() const
{
    return m_hulpvraag->toPlainText().trimmed();
}

} // namespace ui
