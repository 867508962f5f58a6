// SPDX-License-Identifier: EUPL-1.2
#include "ValidatedDialog.h"

#include <QLineEdit>

namespace ui {

void ValidatedDialog::watch(QLineEdit* line, const QString& field)
{
    connect(line, &QLineEdit::textChanged, this, &ValidatedDialog::revalidate);
    connect(line, &QLineEdit::editingFinished, this, [this, field] {
        m_messages.touch(field);
        revalidate();
    });
}

void ValidatedDialog::revalidate()
{
    m_messages.show(errors());
}

void ValidatedDialog::accept()
{
    m_messages.touchAll();
    if (QWidget* wrong = m_messages.show(errors())) {
        wrong->setFocus();
        return;
    }
    if (commit())
        QDialog::accept();
}

} // namespace ui
