// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Traject.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ui {

class HuisbezoekSessie;

/// A tick that records one traject step as it is ticked (dated today, by the consulent) and removes
/// it when unticked; for cliëntondersteuning also the answer (offered, accepted, declined). Shows
/// when and by whom the step was recorded, also when that was before this huisbezoek.
class TrajectStapVinkje : public QWidget {
    Q_OBJECT
public:
    TrajectStapVinkje(HuisbezoekSessie& sessie, core::StapSoort soort, const QString& betreft, const QString& tekst,
                      QWidget* parent = nullptr);

    QCheckBox* vinkje() const { return m_vinkje; }
    /// The answer to cliëntondersteuning, or nullptr for other steps.
    QComboBox* uitkomst() const { return m_uitkomst; }
    /// Shows the step as the traject now has it.
    void ververs();

private:
    void getikt(bool aan);
    void uitkomstGekozen();

    HuisbezoekSessie& m_sessie;
    core::StapSoort m_soort;
    QString m_betreft;
    QCheckBox* m_vinkje;
    QComboBox* m_uitkomst = nullptr;
    QLabel* m_status;
};

} // namespace ui
