// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Traject.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class TrajectService;
}

namespace ui {

/// Records a melding as a new traject, or edits what was recorded: domein, date, how it came in,
/// who referred, the hulpvraag in the inwoner's own words and the urgency. The steps, terms and
/// voorzieningen of the traject are kept as they are.
class TrajectDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// `service` must outlive the dialog.
    TrajectDialog(const core::Traject& traject, const core::TrajectService& service, QWidget* parent = nullptr);

    core::Traject traject() const;

    QComboBox* domeinField() const { return m_domein; }
    QLineEdit* meldingDatumField() const { return m_meldingDatum; }
    QComboBox* kanaalField() const { return m_kanaal; }
    QLineEdit* verwijzerField() const { return m_verwijzer; }
    QPlainTextEdit* hulpvraagField() const { return m_hulpvraag; }
    QComboBox* urgentieField() const { return m_urgentie; }

protected:
    core::rules::FieldErrors errors() const override;

private:
    core::Traject m_original;
    const core::TrajectService& m_service;
    QComboBox* m_domein;
    QLineEdit* m_meldingDatum;
    QComboBox* m_kanaal;
    QLineEdit* m_verwijzer;
    QPlainTextEdit* m_hulpvraag;
    QComboBox* m_urgentie;
    QLabel* m_algemeen;
};

} // namespace ui
