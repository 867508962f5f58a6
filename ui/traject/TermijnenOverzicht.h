// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Traject.h"
#include "rules/TrajectStand.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace ui {

/// The legal clock of one traject: persoonlijk plan, onderzoek and beschikking with their
/// deadline, days left or whether they were met (in words and colour), why a deadline moved, and
/// the opschortingen with their reasons.
class TermijnenOverzicht : public QWidget {
    Q_OBJECT
public:
    /// NoteColumn says why a deadline moved (opschorting, weekend, feestdag); the full
    /// Termijn::uitleg() is the tooltip of every cell.
    enum Column { TermijnColumn, DeadlineColumn, StatusColumn, NoteColumn, ColumnCount };
    enum OpschortingColumn { OpTermijnColumn, OpDatumColumn, OpDagenColumn, OpRedenColumn, OpColumnCount };

    explicit TermijnenOverzicht(QWidget* parent = nullptr);

    void setTraject(const core::Traject& traject, const core::rules::TrajectStand& stand);
    void clearTraject();

    QTableWidget* table() const { return m_table; }
    QTableWidget* opschortingen() const { return m_opschortingen; }
    /// The row of a term ("persoonlijk_plan", "onderzoek", "beschikking"), or -1.
    int rowOf(const QString& sleutel) const;
    QPushButton* opschortenButton() const { return m_opschorten; }

signals:
    void opschortenRequested();
    void removeOpschortingRequested(const QString& id);

private:
    QString currentOpschorting() const;

    QTableWidget* m_table;
    QTableWidget* m_opschortingen;
    QPushButton* m_opschorten;
    QPushButton* m_remove;
};

} // namespace ui
