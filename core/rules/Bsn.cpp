// SPDX-License-Identifier: EUPL-1.2
#include "Bsn.h"

namespace core::rules {

namespace {

int weightedSum(const QString& digits, int count)
{
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += (9 - i) * digits.at(i).digitValue();
    return sum;
}

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QString Bsn::normalise(const QString& input)
{
    QString digits;
    for (const QChar c : input) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            digits.append(c);
    }
    if (digits.size() == 8 && allDigits(digits))
        digits.prepend(QLatin1Char('0'));
    return digits;
}

Bsn::Check Bsn::check(const QString& input)
{
    const QString bsn = normalise(input);
    if (bsn.size() != 9 || !allDigits(bsn))
        return Check::Format;
    const int sum = weightedSum(bsn, 8) - bsn.at(8).digitValue();
    if (sum % 11 != 0 || bsn == QLatin1String("000000000"))
        return Check::Elfproef;
    return Check::Valid;
}

int Bsn::checkDigitFor(const QString& eightDigits)
{
    if (eightDigits.size() != 8 || !allDigits(eightDigits))
        return -1;
    const int digit = weightedSum(eightDigits, 8) % 11;
    return digit <= 9 ? digit : -1;
}

} // namespace core::rules
