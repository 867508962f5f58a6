// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Inwoner.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace core::importing {

/// Why a row (or the whole file) of a CSV import was refused.
struct CsvRejection {
    int line = 0;    ///< 1-based physical line where the record starts; 0 for the file as a whole
    QString field;   ///< column key ("bsn", "geboortedatum" …); empty when it is about the row
    QString code;    ///< stable machine code: "elfproef", "duplicate", "columns", "header" …
    QString message; ///< for the user, translated
};

/// What reading a CSV file of inwoners found. Nothing is written anywhere: `valid` is meant for
/// DossierService::importInwoners.
struct CsvImportReport {
    QString encoding;                      ///< "UTF-8" or "Windows-1252"; empty if the file was unreadable
    QChar separator;                       ///< ';' or ','; null when the file could not be parsed
    int rowsRead = 0;                      ///< non-empty data rows (the header not counted)
    std::vector<Inwoner> valid;            ///< normalised and validated, in file order, without ids
    std::vector<int> validLines;           ///< the line each row of `valid` starts on
    std::vector<CsvRejection> rejected;    ///< every reason for every rejected row, in file order
    QStringList ignoredColumns;            ///< header names that are not an Inwoner field (or repeat one)
    std::optional<CsvRejection> fileError; ///< set when no row could be read at all

    /// The number of rows refused (a row may have several rejections).
    int rejectedRows() const;
    /// `{"imported": N, "rejected": [{"line": L, "field": "…", "code": "…", "message": "…"}]}`,
    /// keys in that order, UTF-8, indented; a file error is the first entry of "rejected".
    QByteArray toJson(int imported) const;
};

/// The number of rows among `rejected` (in file order; a row may have several rejections).
int csvRejectedRows(const std::vector<CsvRejection>& rejected);
/// The JSON report of any CSV import, as documented at CsvImportReport::toJson: `fileError`, when
/// set, is the first entry of "rejected", then `rejected` in order.
QByteArray csvReportJson(int imported, const std::vector<CsvRejection>& rejected,
                         const std::optional<CsvRejection>& fileError);

} // namespace core::importing
