// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Traject.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace core {
class TrajectService;
}

namespace ui {

/// Suspends or extends the onderzoek or beschikking term of a traject, with the inwoner's
/// agreement: which term, the date it was agreed, the number of days and the reason (required:
/// a term never moves silently). Shows where the deadline moves to while typing.
class TermijnOpschortingDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// `service` must outlive the dialog.
    TermijnOpschortingDialog(const core::Traject& traject, const core::TrajectService& service,
                             QWidget* parent = nullptr);

    /// The traject with the new opschorting added.
    core::Traject traject() const;
    core::TermijnOpschorting opschorting() const;

    QComboBox* termijnField() const { return m_termijn; }
    QLineEdit* datumField() const { return m_datum; }
    QSpinBox* dagenField() const { return m_dagen; }
    QPlainTextEdit* redenField() const { return m_reden; }
    /// "New deadline: …" for the chosen term.
    QString preview() const;

protected:
    core::rules::FieldErrors errors() const override;

private:
    void updatePreview();

    core::Traject m_original;
    const core::TrajectService& m_service;
    QComboBox* m_termijn;
    QLineEdit* m_datum;
    QSpinBox* m_dagen;
    QPlainTextEdit* m_reden;
    QLabel* m_preview;
    QLabel* m_algemeen;
};

} // namespace ui
