// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

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

} // namespace core::rules
