// SPDX-License-Identifier: EUPL-1.2
#include "CsvColumns.h"

#include <iterator>

namespace core::importing {

QString csvHeaderKey(const QString& name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
            c == QChar(0xFEFF))
            continue;
        result.append(c.toLower());
    }
    return result;
}

bool CsvTable::isBlank(const CsvReader::Record& record)
{
    if (record.unterminatedQuote)
        return false;
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const QString& field) { return QStringView(field).trimmed().isEmpty(); });
}

CsvTable CsvTable::open(const QByteArray& bytes)
{
    CsvTable table;
    if (bytes.contains('\0')) {
        table.problem = Problem::NotText;
        return table;
    }
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    const QString text = CsvReader::decode(bytes, encoding);
    table.encoding = CsvReader::name(encoding);
    if (QStringView(text).trimmed().isEmpty()) {
        table.problem = Problem::Empty;
        return table;
    }
    table.separator = CsvReader::detectSeparator(text);
    table.records = CsvReader::parse(text, table.separator);
    const auto header = std::find_if_not(table.records.begin(), table.records.end(), isBlank);
    if (header == table.records.end()) {
        table.problem = Problem::Empty;
        return table;
    }
    table.headerIndex = static_cast<std::size_t>(std::distance(table.records.begin(), header));
    return table;
}

std::vector<const CsvReader::Record*> CsvTable::dataRows() const
{
    std::vector<const CsvReader::Record*> rows;
    for (std::size_t i = headerIndex + 1; i < records.size(); ++i) {
        if (!isBlank(records[i]))
            rows.push_back(&records[i]);
    }
    return rows;
}

} // namespace core::importing
