// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Traject.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace core {
class SocialeKaartService;
class TrajectService;
} // namespace core

namespace ui {

class VoorzieningKiezer;

/// Adds or edits one voorziening of a traject's beschikking: kind, description, amount and unit,
/// start and (for a temporary voorziening) end, in kind or as a PGB, and which maatwerkvoorziening
/// of the sociale kaart it is (so that its use is counted).
class VoorzieningDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// Edits the voorziening with id `voorzieningId`, or adds one when it is empty.
    /// `service` and `socialeKaart` must outlive the dialog.
    VoorzieningDialog(const core::Traject& traject, const QString& voorzieningId, const core::TrajectService& service,
                      const core::SocialeKaartService& socialeKaart, QWidget* parent = nullptr);

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
    VoorzieningKiezer* socialeKaartField() const { return m_socialeKaart; }

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
    VoorzieningKiezer* m_socialeKaart;
    QLabel* m_algemeen;
};

} // namespace ui
