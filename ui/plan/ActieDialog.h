// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "dialogs/ValidatedDialog.h"
#include "model/NetwerkPersoon.h"
#include "model/Plan.h"

#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ui {

class VoorzieningKiezer;

/// Adds or edits one actie under a doel. The niveau comes first, in the order of consideration
/// (eigen kracht → netwerk → algemene voorziening → maatwerk → professional), then what is done
/// and who does it: a netwerk person (mantelzorgers marked), a voorziening from the sociale kaart
/// (maatwerk also with its onderbouwing, required, and optionally the voorziening of the
/// beschikking) or a professional; then the period and amount.
///
/// Mantelzorg guard: when the task goes to a mantelzorger who already carries a matig or zwaar
/// load, the dialog says so and asks whether respijtzorg or extra support was considered; saving
/// without that answer asks once more (yes / save anyway / back).
class ActieDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// Edits the actie `actieId` of the doel `doelId` in `plan`, or adds one when `actieId` is
    /// empty (with `niveau` chosen, when given). `services` must outlive the dialog.
    ActieDialog(const core::Ondersteuningsplan& plan, const QString& doelId, const QString& actieId,
                const QString& niveau, const Services& services, QWidget* parent = nullptr);

    core::PlanActie actie() const;
    /// The plan with the actie added or changed.
    core::Ondersteuningsplan plan() const;

    QRadioButton* niveauButton(const QString& key) const;
    QLineEdit* watField() const { return m_wat; }
    QComboBox* netwerkField() const { return m_netwerk; }
    VoorzieningKiezer* voorzieningField() const { return m_voorziening; }
    QComboBox* beschikkingField() const { return m_beschikking; }
    QPlainTextEdit* onderbouwingField() const { return m_onderbouwing; }
    QLineEdit* uitvoerderField() const { return m_uitvoerder; }
    QLineEdit* vanField() const { return m_van; }
    QLineEdit* totField() const { return m_tot; }
    QDoubleSpinBox* omvangField() const { return m_omvang; }
    QComboBox* eenheidField() const { return m_eenheid; }
    /// The mantelzorg warning (hidden when there is none) and its question.
    QFrame* mantelzorgWarning() const { return m_guard; }
    QLabel* mantelzorgText() const { return m_guardTekst; }
    QCheckBox* respijtField() const { return m_respijt; }

protected:
    core::rules::FieldErrors errors() const override;
    bool commit() override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildNiveaus();
    QFrame* buildGuard();
    void fillNetwerk(const std::vector<core::NetwerkPersoon>& netwerk);
    void fillBeschikking(const Services& services);
    QString niveau() const;
    void updateNiveau();
    void updateGuard();
    /// Fits the height to what is shown now (rows come and go with the niveau and the warning).
    void fitHeight();
    int addRow(const QString& label, QWidget* input, const QString& field);

    core::Ondersteuningsplan m_plan;
    QString m_doelId;
    QString m_inwonerId;
    core::PlanActie m_actie;
    const core::PlanService& m_plannen;
    std::optional<core::MantelzorgSignaal> m_signaal;
    QFormLayout* m_form = nullptr;
    QButtonGroup* m_niveaus;
    QLineEdit* m_wat;
    QComboBox* m_netwerk;
    QFrame* m_guard = nullptr;
    QLabel* m_guardTekst = nullptr;
    QCheckBox* m_respijt = nullptr;
    VoorzieningKiezer* m_voorziening;
    QComboBox* m_beschikking;
    QPlainTextEdit* m_onderbouwing;
    QLineEdit* m_uitvoerder;
    QLineEdit* m_van;
    QLineEdit* m_tot;
    QDoubleSpinBox* m_omvang;
    QComboBox* m_eenheid;
    int m_netwerkRow = -1;
    int m_guardRow = -1;
    int m_voorzieningRow = -1;
    int m_beschikkingRow = -1;
    int m_onderbouwingRow = -1;
    int m_uitvoerderRow = -1;
};

} // namespace ui
