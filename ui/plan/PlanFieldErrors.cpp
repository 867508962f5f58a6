// SPDX-License-Identifier: EUPL-1.2
#include "PlanFieldErrors.h"

namespace ui {

core::rules::FieldErrors dialogErrors(const core::rules::FieldErrors& errors, const QString& prefix,
                                      const QStringList& fields, const QString& general)
{
    core::rules::FieldErrors result;
    for (core::rules::FieldError e : errors) {
        const QString veld = e.field.startsWith(prefix) ? e.field.mid(prefix.size()) : QString();
        e.field = fields.contains(veld) ? veld : general;
        // "Goal 1: write down …" → "Write down …"
        const qsizetype dubbelepunt = e.message.indexOf(QStringLiteral(": "));
        if (dubbelepunt > 0 && dubbelepunt < 24) {
            e.message = e.message.mid(dubbelepunt + 2);
            if (!e.message.isEmpty())
                e.message[0] = e.message[0].toUpper();
        }
        result.push_back(e);
    }
    return result;
}

} // namespace ui
