// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace core::rules {

/// Burgerservicenummer checks.
class Bsn {
public:
    enum class Check { Valid, Format, Elfproef };

    /// Strips spaces, dots and dashes; an 8-digit number gets its leading zero back.
    static QString normalise(const QString& input);
    /// Checks a normalised or raw BSN: nine digits (Format) that pass the elfproef (Elfproef).
    static Check check(const QString& input);
    static bool isValid(const QString& input) { return check(input) == Check::Valid; }
    /// The check digit that makes eight digits a valid BSN, or -1 when none exists.
    static int checkDigitFor(const QString& eightDigits);
};

} // namespace core::rules
