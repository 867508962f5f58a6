// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace core::importing {

/// Writes the fields of every CSV file Wijkdossier makes (exports and reports), so that a
/// spreadsheet reads them back as the text they are. Pure functions.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula
/// by a spreadsheet (CSV injection: `=HYPERLINK(…)`); such a cell gets a leading `'`, as OWASP
/// advises. Plain numbers (`-33`, `+31`, `2,5`) are no formula and stay as they are. CsvReader::
/// unguard() takes the `'` off again on import, and only in front of those characters, so that
/// `'s-Gravenhage` and `'t Hart` survive a round trip unchanged.
class CsvWriter {
public:
    /// `value` guarded, then quoted (RFC 4180) when it holds the separator, a quote or a line break.
    static QString field(const QString& value, QChar separator);
    /// The fields of one record joined by `separator`, each written with field(); no line end.
    static QString row(const QStringList& values, QChar separator);
    /// `value` with the leading `'` a formula-like cell needs; anything else unchanged.
    static QString guard(const QString& value);
};

} // namespace core::importing
