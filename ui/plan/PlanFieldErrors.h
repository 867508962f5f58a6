// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rules/FieldError.h"

#include <QStringList>

namespace ui {

/// PlanService names a field of the plan ("doel:0.wens", "actie:0:0.onderbouwing") and starts
/// its message with the number of the doel or actie ("Goal 1: …"). A dialog about one doel or
/// actie wants its own field names and no number: this keeps the errors under `prefix`, renames
/// the fields in `fields` to the part after the prefix and every other one to `general`, and
/// drops the number from the messages.
core::rules::FieldErrors dialogErrors(const core::rules::FieldErrors& errors, const QString& prefix,
                                      const QStringList& fields, const QString& general);

} // namespace ui
