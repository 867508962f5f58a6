// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QListWidget>

#include <algorithm>

namespace ui {

/// Lists whose items carry a record id in Qt::UserRole (trajecten, plans …).

/// The row of the item with this id, or -1.
inline int rowOfId(const QListWidget& list, const QString& id)
{
    for (int i = 0; i < list.count(); ++i) {
        if (list.item(i)->data(Qt::UserRole).toString() == id)
            return i;
    }
    return -1;
}

/// Makes the item with this id current and scrolls to it; false when there is none.
inline bool selectId(QListWidget& list, const QString& id)
{
    const int row = rowOfId(list, id);
    if (row < 0)
        return false;
    list.setCurrentRow(row);
    list.scrollToItem(list.item(row));
    return true;
}

/// After refilling the list: makes the item with `id` current, else the first one.
inline void restoreSelection(QListWidget& list, const QString& id)
{
    if (list.count() > 0)
        list.setCurrentRow(std::max(0, rowOfId(list, id)));
}

} // namespace ui
