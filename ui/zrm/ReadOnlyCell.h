// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTableWidgetItem>

namespace ui {

/// A table cell that can be selected but not edited.
inline QTableWidgetItem* readOnlyCell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace ui
