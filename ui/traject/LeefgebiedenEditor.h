// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Gesprek.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ui {

/// The twelve leefgebieden of the gespreksleidraad for one gesprek: per leefgebied whether it was
/// discussed (needs attention / no problem) or not discussed, and a note. "Not discussed" is the
/// starting point and is never the same as "no problem".
class LeefgebiedenEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { LeefgebiedColumn, StatusColumn, NotitieColumn };

    explicit LeefgebiedenEditor(QWidget* parent = nullptr);

    void setLeefgebieden(const std::vector<core::BesprokenLeefgebied>& leefgebieden);
    /// The leefgebieden that were discussed, have a note, or were recorded before (so that a
    /// change back to "not discussed" is kept too).
    std::vector<core::BesprokenLeefgebied> leefgebieden() const;

    QTableWidget* table() const { return m_table; }
    /// The row of a leefgebied key, or -1.
    int rowOf(const QString& leefgebied) const;
    QComboBox* statusField(int row) const;
    /// "3 of 12 discussed".
    QString summary() const;

signals:
    void changed();

private:
    void updateSummary();

    QTableWidget* m_table;
    QLabel* m_summary;
    std::vector<core::BesprokenLeefgebied> m_original;
};

} // namespace ui
