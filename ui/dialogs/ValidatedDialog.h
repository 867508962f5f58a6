// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/FieldMessages.h"

#include <QDialog>

class QLineEdit;

namespace ui {

/// A form dialog with inline validation: messages appear under a field once it has been left, and
/// OK is refused (focus on the first wrong field) until core's rules pass.
class ValidatedDialog : public QDialog {
    Q_OBJECT
public:
    using QDialog::QDialog;

    /// The message shown under a field (empty when none); for tests and accessibility.
    QString message(const QString& field) const { return m_messages.message(field); }
    void accept() override;

protected:
    /// Every rule the current input breaks.
    virtual core::rules::FieldErrors errors() const = 0;
    /// The last step before closing, e.g. saving; returning false keeps the dialog open.
    virtual bool commit() { return true; }
    /// Revalidates while typing and shows the field's message once it is left.
    void watch(QLineEdit* line, const QString& field);
    void revalidate();

    FieldMessages m_messages;
};

} // namespace ui
