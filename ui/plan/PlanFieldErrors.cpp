// SPDX-License-Identifier: EUPL-1.2
#include "PlanFieldErrors.h"

namespace ui {

core::rules::FieldErrors dialogErrors(core::rules::FieldErrors errors, const QStringList& fields,
                                      const QString& general)
{
    for (core::rules::FieldError& e : errors) {
        if (!fields.contains(e.field))
            e.field = general;
    }
    return errors;
}

} // namespace ui
