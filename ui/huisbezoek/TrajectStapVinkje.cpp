// SPDX-License-Identifier: EUPL-1.2
#include "TrajectStapVinkje.h"

#include "HuisbezoekSessie.h"
#include "model/Keuzelijst.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ui {

TrajectStapVinkje::TrajectStapVinkje(HuisbezoekSessie& sessie, core::StapSoort soort, const QString& betreft,
                                     const QString& tekst, QWidget* parent)
    : QWidget(parent)
    , m_sessie(sessie)
    , m_soort(soort)
    , m_betreft(betreft)
    , m_vinkje(new QCheckBox(tekst))
    , m_status(new QLabel)
{
    const QString naam = core::key(soort) + (betreft.isEmpty() ? QString() : QLatin1Char(':') + betreft);
    setObjectName(QStringLiteral("stap:") + naam);
    m_vinkje->setObjectName(QStringLiteral("vinkje:") + naam);
    m_status->setObjectName(QStringLiteral("zacht"));

    auto* rij = new QHBoxLayout;
    rij->setContentsMargins(0, 0, 0, 0);
    rij->addWidget(m_vinkje, 1);
    if (soort == core::StapSoort::Clientondersteuning) {
        m_uitkomst = new QComboBox;
        m_uitkomst->setObjectName(QStringLiteral("uitkomst:") + naam);
        m_uitkomst->setAccessibleName(tr("Answer to cliëntondersteuning"));
        for (const core::Keuze& k : core::keuzes(core::Keuzelijst::Clientondersteuning))
            m_uitkomst->addItem(k.label, k.key);
        rij->addWidget(m_uitkomst);
        connect(m_uitkomst, &QComboBox::currentIndexChanged, this, &TrajectStapVinkje::uitkomstGekozen);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(rij);
    layout->addWidget(m_status);
    connect(m_vinkje, &QCheckBox::toggled, this, &TrajectStapVinkje::getikt);
    ververs();
}

void TrajectStapVinkje::ververs()
{
    const core::TrajectStap* stap = m_sessie.traject().stap(m_soort, m_betreft);
    const QSignalBlocker b1(m_vinkje);
    m_vinkje->setChecked(stap != nullptr);
    if (m_uitkomst) {
        const QSignalBlocker b2(m_uitkomst);
        const int index = m_uitkomst->findData(stap ? stap->uitkomst : QStringLiteral("aangeboden"));
        m_uitkomst->setCurrentIndex(index >= 0 ? index : 0);
        m_uitkomst->setEnabled(stap != nullptr);
    }
    if (!stap)
        m_status->setText(tr("Not recorded yet"));
    else if (stap->door.isEmpty())
        m_status->setText(tr("Recorded on %1").arg(stap->datum.toString(QStringLiteral("dd-MM-yyyy"))));
    else
        m_status->setText(
            tr("Recorded on %1 by %2").arg(stap->datum.toString(QStringLiteral("dd-MM-yyyy")), stap->door));
}

void TrajectStapVinkje::getikt(bool aan)
{
    if (aan)
        m_sessie.zetStap(m_soort, m_betreft, m_uitkomst ? m_uitkomst->currentData().toString() : QString());
    else
        m_sessie.wisStap(m_soort, m_betreft);
    ververs(); // shows the truth, also when saving failed
}

void TrajectStapVinkje::uitkomstGekozen()
{
    if (m_vinkje->isChecked())
        m_sessie.zetStap(m_soort, m_betreft, m_uitkomst->currentData().toString());
    ververs();
}

} // namespace ui
