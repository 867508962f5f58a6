// SPDX-License-Identifier: EUPL-1.2
#include "importing/CsvWriter.h"

#include <QRegularExpression>

namespace core::importing {

namespace {

bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

bool isPlainNumber(const QString& value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    return number.match(value).hasMatch();
}

} // namespace

QString CsvWriter::guard(const QString& value)
{
    if (!startsLikeFormula(value) || isPlainNumber(value))
        return value;
    return QLatin1Char('\'') + value;
}

QString CsvWriter::field(const QString& value, QChar separator)
{
    QString text = guard(value);
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList& values, QChar separator)
{
    QStringList cells;
    cells.reserve(values.size());
    for (const QString& value : values)
        cells << field(value, separator);
    return cells.join(separator);
}

} // namespace core::importing
