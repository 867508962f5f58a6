// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "CsvImportReport.h"
#include "model/SocialeKaart.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>
#include <vector>

namespace core::importing {

/// What reading a sociale kaart CSV found: the same encodings, separators and row report as the
/// inwoner import (CsvImportReport), with sociale kaart entries as the valid rows.
struct SocialeKaartCsvReport {
    QString encoding;
    QChar separator;
    int rowsRead = 0;
    std::vector<SocialeKaartItem> valid; ///< normalised, in file order; meta.id set when the file has an id column
    std::vector<CsvRejection> rejected;
    QStringList ignoredColumns;
    std::optional<CsvRejection> fileError;

    int rejectedRows() const;
    /// The same JSON as CsvImportReport::toJson.
    QByteArray toJson(int imported) const;
};

/// Reads and writes the sociale kaart as CSV. Columns (found by name as in the inwoner import;
/// Dutch names, English accepted): id, naam, vorm (algemeen/maatwerk, or the Dutch label),
/// wet, categorie, aanbieder, telefoon, email, website, adres, notities, actief (ja/nee, 1/0).
/// naam and vorm are required per row; an unknown wet or categorie is refused with the row.
class SocialeKaartCsv {
    Q_DECLARE_TR_FUNCTIONS(core::importing::SocialeKaartCsv)
public:
    static SocialeKaartCsvReport read(const QByteArray& bytes);
    /// As read(); a file that cannot be opened gives `fileError` with code "io".
    static SocialeKaartCsvReport readFile(const QString& path);
    /// UTF-8 with BOM, ';'-separated, CRLF, a header line, the columns above in that order, keys
    /// (not labels) for vorm, wet and categorie; read(write(x)) gives x back.
    static QByteArray write(const std::vector<SocialeKaartItem>& items);
};

} // namespace core::importing
