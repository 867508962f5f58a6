// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ZrmMeting.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ui {

/// Two metingen side by side, per ZRM 2017 leefgebied: the earlier and later score and whether it
/// went better, stayed the same or went worse, in words and arrows as well as colour.
class ZrmVergelijkingView : public QWidget {
    Q_OBJECT
public:
    enum Column { LeefgebiedColumn, EerderColumn, LaterColumn, RichtingColumn, ColumnCount };

    explicit ZrmVergelijkingView(QWidget* parent = nullptr);

    /// The metingen to choose from, oldest first. Compares the previous meting with the latest,
    /// unless the consulent chose another pair that still exists.
    void setMetingen(const std::vector<core::ZrmMeting>& metingen);

    QComboBox* eerderField() const { return m_eerder; }
    QComboBox* laterField() const { return m_later; }
    QTableWidget* table() const { return m_table; }

private:
    void compare();
    const core::ZrmMeting* chosen(const QComboBox* combo) const;

    std::vector<core::ZrmMeting> m_metingen;
    QComboBox* m_eerder;
    QComboBox* m_later;
    QLabel* m_note;
    QTableWidget* m_table;
    bool m_chosen = false;
};

} // namespace ui
