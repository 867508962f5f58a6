// SPDX-License-Identifier: EUPL-1.2
#include "ZrmDoelscoreDelegate.h"

#include <QComboBox>

#include <algorithm>

namespace ui {

QWidget* ZrmDoelscoreDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->addItem(QStringLiteral("–"), 0);
    for (int level = 1; level <= 5; ++level)
        combo->addItem(QString::number(level), level);
    return combo;
}

void ZrmDoelscoreDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(DoelRole).toInt())));
    // Opened by a double-click: show the choices at once rather than make it a second click.
    combo->showPopup();
}

void ZrmDoelscoreDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), DoelRole);
}

} // namespace ui
