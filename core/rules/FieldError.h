// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace core::rules {

/// One validation failure: which field, a stable machine code (used in reports) and a message
/// for the user (translated).
struct FieldError {
    QString field;
    QString code; ///< e.g. "required", "bsn_format", "elfproef", "postcode", "date", "email"
    QString message;
};

using FieldErrors = std::vector<FieldError>;

/// The errors as one ErrorCode::Invalid error, a message per line.
inline Error invalid(const FieldErrors& errors)
{
    QStringList messages;
    for (const auto& e : errors)
        messages << e.message;
    return Error{ErrorCode::Invalid, messages.join(QLatin1Char('\n'))};
}

/// Whether one of the errors is about `field`.
inline bool hasField(const FieldErrors& errors, const QString& field)
{
    for (const auto& e : errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

} // namespace core::rules
