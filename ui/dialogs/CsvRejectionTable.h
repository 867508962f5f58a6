// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "importing/CsvImportReport.h"

#include <optional>
#include <vector>

class QTableWidget;

namespace ui {

/// Lists what a CSV import refused in `table` (three columns: line, field, problem), replacing its
/// rows: only `fileError` when it is set, otherwise every rejection in file order. Fits the line and
/// field columns to their contents.
void showCsvRejections(QTableWidget& table, const std::vector<core::importing::CsvRejection>& rejected,
                       const std::optional<core::importing::CsvRejection>& fileError);

} // namespace ui
