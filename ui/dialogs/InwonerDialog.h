// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Inwoner.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace core {
class DossierService;
}

namespace ui {

/// Create or edit the persoonsgegevens of an inwoner, with inline Dutch validation messages.
/// OK is accepted only when core's validation passes; the caller saves inwoner().
class InwonerDialog : public ValidatedDialog {
    Q_OBJECT
public:
    InwonerDialog(const core::Inwoner& inwoner, const core::DossierService& service, QWidget* parent = nullptr);

    /// The inwoner as entered (normalised by the service when saved).
    core::Inwoner inwoner() const;
    QLineEdit* field(const QString& name) const;

protected:
    core::rules::FieldErrors errors() const override;

private:
    QLineEdit* addLine(class QFormLayout* form, const QString& label, const QString& field, const QString& value,
                       const QString& placeholder = {});

    core::Inwoner m_original;
    const core::DossierService& m_service;
    QHash<QString, QLineEdit*> m_lines;
    QCheckBox* m_tolk = nullptr;
    QComboBox* m_contact = nullptr;
};

} // namespace ui
