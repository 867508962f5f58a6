// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "CsvReader.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace core::importing {

/// `name` in lower case without spaces, '_', '-', '.' and a byte order mark: how CsvColumns
/// compares header names with aliases.
QString csvHeaderKey(const QString& name);

/// One name a column of a CSV import may have, as csvHeaderKey() leaves it.
template <typename Column> struct CsvAlias {
    Column column;
    const char* name;
};

/// A CSV file opened for an import: decoded, split into records, its header line found. Says what
/// is wrong with the file as a whole; the import words the message.
struct CsvTable {
    enum class Problem {
        None,
        NotText, ///< the bytes contain a NUL: not a text file
        Empty,   ///< no text, or only blank records
    };

    Problem problem = Problem::None;
    QString encoding; ///< "UTF-8" or "Windows-1252"; empty when the file is not text
    QChar separator;  ///< null when the file has no text
    std::vector<CsvReader::Record> records;
    std::size_t headerIndex = 0; ///< in `records`: the first non-blank record (when problem is None)

    const CsvReader::Record& header() const { return records.at(headerIndex); }
    /// The non-blank records after the header, in file order.
    std::vector<const CsvReader::Record*> dataRows() const;

    static CsvTable open(const QByteArray& bytes);
    /// True for a record of empty cells (";;;;"), which spreadsheets write above and below the data.
    static bool isBlank(const CsvReader::Record& record);
};

/// Where each field of an import is in the records of a CSV file (-1: not in the file), found by
/// the names in the header line. When two columns mean the same field, the one whose name comes
/// first among the aliases wins. `Column` is an enum of the fields, `Count` their number.
template <typename Column, std::size_t Count> class CsvColumns {
public:
    /// What is wrong with the shape of a record, before its cells are read.
    enum class Fit { Fits, UnterminatedQuote, WrongFieldCount };

    /// Header names that are not a field (or a less specific repeat of one) are appended to `ignored`.
    template <std::size_t N>
    CsvColumns(const QStringList& names, const CsvAlias<Column> (&aliases)[N], QStringList& ignored)
        : m_size(names.size())
    {
        m_index.fill(-1);
        std::array<std::size_t, Count> rank{};
        rank.fill(N);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString wanted = csvHeaderKey(names.at(i));
            for (std::size_t a = 0; a < N; ++a) {
                if (wanted != QLatin1String(aliases[a].name))
                    continue;
                const auto column = static_cast<std::size_t>(aliases[a].column);
                if (a < rank[column]) {
                    rank[column] = a;
                    m_index[column] = i;
                }
                break;
            }
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString name = names.at(i).simplified();
            if (!name.isEmpty() && std::find(m_index.begin(), m_index.end(), i) == m_index.end())
                ignored.append(name);
        }
    }

    qsizetype operator[](Column column) const { return m_index[static_cast<std::size_t>(column)]; }
    /// The number of columns the header line names.
    qsizetype size() const { return m_size; }

    Fit fit(const CsvReader::Record& record) const
    {
        if (record.unterminatedQuote)
            return Fit::UnterminatedQuote;
        return record.fields.size() == m_size ? Fit::Fits : Fit::WrongFieldCount;
    }

    /// The cell of `column` in `record`; empty when the file has no such column.
    QString cell(const CsvReader::Record& record, Column column) const
    {
        const qsizetype at = (*this)[column];
        return at < 0 ? QString() : record.fields.at(at);
    }

private:
    std::array<qsizetype, Count> m_index{};
    qsizetype m_size = 0;
};

} // namespace core::importing
