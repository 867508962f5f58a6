// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace ui {

/// Edits a doelscore cell with a small combo: –, 1 … 5. The value lives in DoelRole (0 = none).
class ZrmDoelscoreDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int DoelRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace ui
