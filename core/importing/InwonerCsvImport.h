// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "CsvImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace core::importing {

/// Reads inwoners from the CSV files gemeenten export from their spreadsheets, and says exactly
/// which rows it refused and why. Touches no database: pass `report.valid` to
/// DossierService::importInwoners, which also refuses BSNs that are already in the dossier.
///
/// - Encoding: UTF-8 (with or without BOM), otherwise Windows-1252.
/// - Separator: ';' or ',', whichever the header line uses more.
/// - Columns are found by name in the first non-empty line: case, spaces, '_', '-' and '.' do not
///   matter, and common names are understood ("achternaam", "geb.datum", "huisnr" …). A column
///   for the geslachtsnaam is required. Unknown columns are ignored and listed, and so is the less
///   specific of two columns for the same field ("naam" when there is also "achternaam").
/// - Each row is normalised and checked with rules::Validation as of `today`; a row with any
///   problem is refused as a whole. A BSN that occurs again later in the file is refused there.
class InwonerCsvImport {
    Q_DECLARE_TR_FUNCTIONS(core::importing::InwonerCsvImport)

public:
    /// Never fails: problems with the file as a whole end up in `fileError` (codes "empty",
    /// "encoding", "header"), problems with rows in `rejected`.
    static CsvImportReport read(const QByteArray& bytes, const QDate& today);
    /// As read(); a file that cannot be opened gives `fileError` with code "io".
    static CsvImportReport readFile(const QString& path, const QDate& today);
};

} // namespace core::importing
