// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Gesprek.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class TrajectService;
}

namespace ui {

/// Records a signal about the inwoner from someone else (the GP, neighbours, the police …): when,
/// from whom and what was said.
class SignaalDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// `service` must outlive the dialog.
    SignaalDialog(const core::Signaal& signaal, const core::TrajectService& service, QWidget* parent = nullptr);

    core::Signaal signaal() const;

    QLineEdit* datumField() const { return m_datum; }
    QComboBox* bronField() const { return m_bron; }
    QLineEdit* bronNaamField() const { return m_bronNaam; }
    QPlainTextEdit* inhoudField() const { return m_inhoud; }

protected:
    core::rules::FieldErrors errors() const override;

private:
    core::Signaal m_original;
    const core::TrajectService& m_service;
    QLineEdit* m_datum;
    QComboBox* m_bron;
    QLineEdit* m_bronNaam;
    QPlainTextEdit* m_inhoud;
};

} // namespace ui
