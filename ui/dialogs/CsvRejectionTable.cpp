// SPDX-License-Identifier: EUPL-1.2
#include "CsvRejectionTable.h"

#include <QTableWidget>

namespace ui {

void showCsvRejections(QTableWidget& table, const std::vector<core::importing::CsvRejection>& rejected,
                       const std::optional<core::importing::CsvRejection>& fileError)
{
    table.setRowCount(0);
    const auto addRow = [&table](const core::importing::CsvRejection& r) {
        const int row = table.rowCount();
        table.insertRow(row);
        table.setItem(row, 0, new QTableWidgetItem(r.line > 0 ? QString::number(r.line) : QString()));
        table.setItem(row, 1, new QTableWidgetItem(r.field));
        table.setItem(row, 2, new QTableWidgetItem(r.message));
    };
    if (fileError) {
        addRow(*fileError);
    } else {
        for (const auto& r : rejected)
            addRow(r);
    }
    table.resizeColumnToContents(0);
    table.resizeColumnToContents(1);
}

} // namespace ui
