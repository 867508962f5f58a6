// SPDX-License-Identifier: EUPL-1.2
#include "VertellenStap.h"

#include "HuisbezoekSessie.h"
#include "TrajectStapVinkje.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ui {

VertellenStap::VertellenStap(HuisbezoekSessie& sessie, QWidget* parent)
    : HuisbezoekStap(parent)
    , m_sessie(sessie)
{
    auto* titel = new QLabel(tr("What the inwoner must be told"));
    titel->setObjectName(QStringLiteral("stapTitel"));
    auto* uitleg = new QLabel(tr("Read the text aloud, or say it in your own words, and tick it: the step is "
                                 "recorded in the traject with today's date."));
    uitleg->setWordWrap(true);

    const QDate planTot = sessie.traject().meldingDatum.addDays(7);
    const QString dag = QLocale().toString(planTot, QStringLiteral("dddd d MMMM yyyy"));

    auto* co = new TrajectStapVinkje(sessie, core::StapSoort::Clientondersteuning, core::kBetreftInwoner,
                                     tr("Cliëntondersteuning offered"));
    auto* plan =
        new TrajectStapVinkje(sessie, core::StapSoort::PersoonlijkPlanAangeboden, {}, tr("Persoonlijk plan explained"));
    auto* pgb = new TrajectStapVinkje(sessie, core::StapSoort::PgbUitgelegd, {}, tr("PGB explained"));
    auto* bijdrage =
        new TrajectStapVinkje(sessie, core::StapSoort::EigenBijdrageBesproken, {}, tr("Eigen bijdrage discussed"));
    m_vinkjes = {co, plan, pgb, bijdrage};

    auto* grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(blok(co, tr("You can get free help from a cliëntondersteuner. That is someone who does not work "
                                "for the gemeente and is on your side. They can help you prepare for this "
                                "conversation, think along with you and join the conversations. It costs you "
                                "nothing. Would you like that?")),
                    0, 0);
    const QString planTekst =
        planTot >= sessie.today()
            ? tr("You may write down yourself what your situation is and what help you think would work for you. "
                 "That is called a persoonlijk plan. You can give it to us within 7 days after your melding, so "
                 "until %1. We will then take it into account. It may be short, and someone may help you write it.")
            : tr("You could have given us a persoonlijk plan until %1: your own description of your situation and "
                 "of the help you think would work for you. If you still want to write one down or tell us, we will "
                 "take what you say into account.");
    grid->addWidget(blok(plan, planTekst.arg(dag)), 0, 1);
    grid->addWidget(blok(pgb, tr("If you get a voorziening, you can usually choose. Either we arrange the help for "
                                 "you, or you get a persoonlijk budget (PGB) and arrange and pay the help yourself. "
                                 "With a PGB you choose who helps you, but you also do the paperwork. We can look "
                                 "together at what suits you.")),
                    1, 0);
    grid->addWidget(blok(bijdrage, tr("For most help from the Wmo you pay an eigen bijdrage: a fixed amount per month, "
                                      "set by the government. The CAK sends you the bill, not the gemeente. "
                                      "Cliëntondersteuning is always free.")),
                    1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* inhoud = new QWidget;
    auto* inhoudLayout = new QVBoxLayout(inhoud);
    inhoudLayout->setContentsMargins(0, 0, 0, 0);
    inhoudLayout->addLayout(grid);
    inhoudLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inhoud);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titel);
    layout->addWidget(uitleg);
    layout->addWidget(scroll, 1);
}

QWidget* VertellenStap::blok(TrajectStapVinkje* vinkje, const QString& tekst)
{
    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("blok"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* voorlezen = new QLabel(tekst);
    voorlezen->setObjectName(QStringLiteral("voorlezen"));
    voorlezen->setWordWrap(true);
    voorlezen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(frame);
    layout->setSpacing(8);
    layout->addWidget(vinkje);
    layout->addWidget(voorlezen, 1, Qt::AlignTop);
    return frame;
}

QString VertellenStap::titel() const
{
    return tr("What to tell");
}

QString VertellenStap::positie() const
{
    return QStringLiteral("vertellen");
}

bool VertellenStap::herstel(const QString& positie)
{
    return positie == this->positie();
}

void VertellenStap::toon(Aankomst)
{
    for (TrajectStapVinkje* v : m_vinkjes)
        v->ververs();
    m_vinkjes.front()->vinkje()->setFocus();
}

} // namespace ui
