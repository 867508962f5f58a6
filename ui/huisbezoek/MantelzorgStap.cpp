// SPDX-License-Identifier: EUPL-1.2
#include "MantelzorgStap.h"

#include "HuisbezoekSessie.h"
#include "TrajectStapVinkje.h"
#include "model/Enums.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

MantelzorgStap::MantelzorgStap(HuisbezoekSessie& sessie, QWidget* parent)
    : HuisbezoekStap(parent)
    , m_sessie(sessie)
{
    auto* titel = new QLabel(tr("Netwerk and mantelzorg"));
    titel->setObjectName(QStringLiteral("stapTitel"));

    auto* inhoud = new QWidget;
    auto* layout = new QVBoxLayout(inhoud);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(12);

    auto* netwerkKop = new QLabel(tr("Who is around the inwoner, and what do they do?"));
    netwerkKop->setObjectName(QStringLiteral("kop"));
    layout->addWidget(netwerkKop);
    QString html;
    for (const core::NetwerkPersoon& p : sessie.netwerk()) {
        QString regel = QStringLiteral("<b>%1</b> (%2)").arg(p.naam.toHtmlEscaped(), core::label(p.relatie));
        if (p.isMantelzorger())
            regel += QStringLiteral(" · ") + tr("mantelzorger").toHtmlEscaped();
        if (!p.doetNu.trimmed().isEmpty())
            regel += QStringLiteral("<br>") + tr("Does now: %1").arg(p.doetNu.trimmed()).toHtmlEscaped();
        if (!p.kanMeer.trimmed().isEmpty())
            regel += QStringLiteral("<br>") + tr("Could do more: %1").arg(p.kanMeer.trimmed()).toHtmlEscaped();
        html += QStringLiteral("<p>%1</p>").arg(regel);
    }
    auto* netwerk = new QLabel(html.isEmpty() ? tr("Nobody is recorded in the netwerk yet. Ask who helps now, and "
                                                   "add them to the netwerk in the dossier after the visit.")
                                              : html);
    netwerk->setObjectName(QStringLiteral("netwerkOverzicht"));
    netwerk->setWordWrap(true);
    netwerk->setTextFormat(html.isEmpty() ? Qt::PlainText : Qt::RichText);
    layout->addWidget(netwerk);

    auto* mantelzorgKop = new QLabel(tr("Mantelzorgers: their own view and their own need"));
    mantelzorgKop->setObjectName(QStringLiteral("kop"));
    layout->addSpacing(8);
    layout->addWidget(mantelzorgKop);
    bool eenMantelzorger = false;
    for (const core::NetwerkPersoon& p : sessie.netwerk()) {
        if (!p.isMantelzorger())
            continue;
        layout->addWidget(maakBlok(p.meta.id));
        eenMantelzorger = true;
    }
    if (!eenMantelzorger) {
        auto* geen = new QLabel(tr("No mantelzorger is recorded. If someone gives care, mark them as mantelzorger "
                                   "in the netwerk of the dossier: their own view and need are then asked here."));
        geen->setObjectName(QStringLiteral("zacht"));
        geen->setWordWrap(true);
        layout->addWidget(geen);
    }
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inhoud);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(titel);
    outer->addWidget(scroll, 1);
}

QWidget* MantelzorgStap::maakBlok(const QString& netwerkId)
{
    const core::NetwerkPersoon* p = m_sessie.netwerkPersoon(netwerkId);
    const core::MantelzorgVisie* eerder = m_sessie.gesprek().visie(netwerkId);

    auto* box = new QGroupBox(tr("%1, mantelzorger (%2)").arg(p->naam, core::label(p->relatie)));
    box->setObjectName(QStringLiteral("mantelzorger:") + netwerkId);
    auto* layout = new QVBoxLayout(box);
    layout->setSpacing(6);

    Blok blok;
    blok.netwerkId = netwerkId;
    QStringList feiten;
    if (p->mantelzorg->urenPerWeek > 0)
        feiten << tr("%1 hours a week").arg(QLocale().toString(p->mantelzorg->urenPerWeek));
    if (const auto belasting = p->mantelzorg->belasting())
        feiten << tr("belasting: %1").arg(core::label(*belasting));
    if (!p->mantelzorg->taken.trimmed().isEmpty())
        feiten << tr("tasks: %1").arg(p->mantelzorg->taken.trimmed());
    if (!feiten.isEmpty()) {
        auto* info = new QLabel(feiten.join(QStringLiteral(" · ")));
        info->setWordWrap(true);
        layout->addWidget(info);
    }
    blok.aanwezig = new QLabel;
    blok.aanwezig->setObjectName(QStringLiteral("zacht"));
    blok.aanwezig->setWordWrap(true);
    layout->addWidget(blok.aanwezig);

    const auto veld = [&](const QString& label, const QString& naam, const QString& tekst) {
        auto* kop = new QLabel(label);
        kop->setWordWrap(true);
        auto* edit = new QPlainTextEdit(tekst);
        edit->setObjectName(naam + netwerkId);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(label);
        edit->setProperty("kort", true);
        kop->setBuddy(edit);
        layout->addWidget(kop);
        layout->addWidget(edit);
        return edit;
    };
    blok.visie = veld(tr("How does %1 see the situation? (their own view, apart from the inwoner's)").arg(p->naam),
                      QStringLiteral("visie:"), eerder ? eerder->visie : QString());
    blok.behoefte = veld(tr("What does %1 need for themselves? (support, respite, information)").arg(p->naam),
                         QStringLiteral("behoefte:"), eerder ? eerder->behoefte : QString());
    blok.clientondersteuning = new TrajectStapVinkje(m_sessie, core::StapSoort::Clientondersteuning, netwerkId,
                                                     tr("Cliëntondersteuning offered to %1").arg(p->naam));
    layout->addWidget(blok.clientondersteuning);

    m_blokken.push_back(blok);
    const size_t index = m_blokken.size() - 1;
    const auto opslaan = [this, index] { bewaar(m_blokken[index]); };
    connect(blok.visie, &QPlainTextEdit::textChanged, this, opslaan);
    connect(blok.behoefte, &QPlainTextEdit::textChanged, this, opslaan);
    return box;
}

void MantelzorgStap::bewaar(const Blok& blok)
{
    m_sessie.setVisie(blok.netwerkId, blok.visie->toPlainText(), blok.behoefte->toPlainText());
}

QString MantelzorgStap::titel() const
{
    return tr("Mantelzorg");
}

QString MantelzorgStap::positie() const
{
    return QStringLiteral("mantelzorg");
}

bool MantelzorgStap::herstel(const QString& positie)
{
    return positie == this->positie();
}

void MantelzorgStap::toon(Aankomst)
{
    const auto& aanwezigen = m_sessie.gesprek().aanwezigen;
    for (const Blok& blok : m_blokken) {
        const bool aanwezig = std::any_of(aanwezigen.begin(), aanwezigen.end(),
                                          [&](const core::Aanwezige& a) { return a.netwerkId == blok.netwerkId; });
        blok.aanwezig->setText(aanwezig ? tr("Present at this huisbezoek: ask them directly.")
                                        : tr("Not present at this huisbezoek: ask by phone or at another visit."));
        blok.clientondersteuning->ververs();
    }
    if (!m_blokken.empty())
        m_blokken.front().visie->setFocus();
}

} // namespace ui
