// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rules/FieldError.h"

#include <QStringList>

namespace ui {

/// PlanService judges one doel or actie with its own field names ("wens", "onderbouwing"). A
/// dialog shows the errors of the fields it has next to them, and every other one under `general`.
core::rules::FieldErrors dialogErrors(core::rules::FieldErrors errors, const QStringList& fields,
                                      const QString& general);

} // namespace ui
