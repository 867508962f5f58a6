// SPDX-License-Identifier: EUPL-1.2
#include "Postcode.h"

#include <QRegularExpression>

namespace core::rules {

namespace {

const QRegularExpression& pattern()
{
    static const QRegularExpression re(QStringLiteral("^\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})\\s*$"));
    return re;
}

} // namespace

QString Postcode::normalise(const QString& input)
{
    const auto match = pattern().match(input);
    if (!match.hasMatch())
        return input.trimmed();
    return match.captured(1) + QLatin1Char(' ') + match.captured(2).toUpper();
}

bool Postcode::isValid(const QString& input)
{
    const auto match = pattern().match(input);
    if (!match.hasMatch())
        return false;
    const QString letters = match.captured(2).toUpper();
    return letters != QLatin1String("SA") && letters != QLatin1String("SD") && letters != QLatin1String("SS");
}

} // namespace core::rules
