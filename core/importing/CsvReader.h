// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace core::importing {

/// Reads the CSV that spreadsheets write: RFC 4180 quoting, CRLF, LF or CR line ends, in UTF-8 or
/// Windows-1252. Knows nothing about what the columns mean. Pure functions; no file access.
class CsvReader {
public:
    enum class Encoding { Utf8, Windows1252 };

    /// One record: its fields, unquoted, and where it starts in the file.
    struct Record {
        int line = 0;                   ///< 1-based physical line on which the record starts
        QStringList fields;             ///< line breaks inside quoted fields are kept as "\n"
        bool unterminatedQuote = false; ///< a quoted field was never closed and ran to the end
    };

    /// Decodes `bytes` as UTF-8 when they start with a BOM (which is dropped) or are valid UTF-8,
    /// otherwise as Windows-1252. `used` is set to the encoding chosen.
    static QString decode(const QByteArray& bytes, Encoding& used);
    /// Windows-1252 to Unicode; the five bytes the code page leaves undefined become U+FFFD.
    static QString decodeWindows1252(QByteArrayView bytes);
    /// Strict UTF-8 check: no overlong forms, surrogates or code points past U+10FFFF.
    static bool isValidUtf8(QByteArrayView bytes);
    /// "UTF-8" or "Windows-1252".
    static QString name(Encoding encoding);

    /// ';' or ',': whichever occurs more often outside quotes on the first non-empty line of
    /// `text`. Ties (including neither) give ';', the separator of Dutch spreadsheets.
    static QChar detectSeparator(QStringView text);
    /// `field` without the `'` that CsvWriter (or a careful spreadsheet user) puts in front of a cell
    /// starting with `=`, `+`, `-`, `@`, a tab or a carriage return; any other `'` stays, so
    /// `'s-Gravenhage` and `'t Hart` read as written.
    static QString unguard(const QString& field);
    /// Splits `text` into records, every field unguarded. Empty lines are skipped; a quote that
    /// starts a field (after optional spaces) opens a quoted field, any other quote is kept as text.
    static std::vector<Record> parse(QStringView text, QChar separator);
};

} // namespace core::importing
