// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Traject.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace core {
class TrajectService;
}

namespace ui {

/// Adds or edits one voorziening of a traject's beschikking: kind, description, amount and unit,
/// start and (for a temporary voorziening) end, in kind or as a PGB.
class VoorzieningDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// Edits the voorziening with id `voorzieningId`, or adds one when it is empty.
    /// `service` must outlive the dialog.
    VoorzieningDialog(const core::Traject& traject, const QString& voorzieningId, const core::TrajectService& service,
                      QWidget* parent = nullptr);

    core::Voorziening voorziening() const;
    /// The traject with the voorziening added or changed.
    core::Traject traject() const;

    QComboBox* soortField() const { return m_soort; }
    QLineEdit* omschrijvingField() const { return m_omschrijving; }
    QDoubleSpinBox* omvangField() const { return m_omvang; }
    QComboBox* eenheidField() const { return m_eenheid; }
    QLineEdit* startField() const { return m_start; }
    QLineEdit* eindField() const { return m_eind; }
    QComboBox* leveringField() const { return m_levering; }

protected:
    core::rules::FieldErrors errors() const override;

private:
    core::Traject m_original;
    core::Voorziening m_voorziening;
    const core::TrajectService& m_service;
    QComboBox* m_soort;
    QLineEdit* m_omschrijving;
    QDoubleSpinBox* m_omvang;
    QComboBox* m_eenheid;
    QLineEdit* m_start;
    QLineEdit* m_eind;
    QComboBox* m_levering;
    QLabel* m_algemeen;
};

} // namespace ui
