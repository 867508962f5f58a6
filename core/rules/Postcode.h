// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace core::rules {

/// Dutch postcodes: four digits (not starting with 0), two letters (not SA, SD or SS).
class Postcode {
public:
    /// "1234ab", " 1234  AB " → "1234 AB"; anything that is not a postcode is returned trimmed.
    static QString normalise(const QString& input);
    static bool isValid(const QString& input);
};

} // namespace core::rules
