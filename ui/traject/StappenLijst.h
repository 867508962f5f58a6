// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/NetwerkPersoon.h"
#include "model/Traject.h"
#include "rules/TrajectStand.h"

#include <QTableWidget>

#include <vector>

namespace ui {

/// The statutory steps of a traject as a checklist, in the order they happen: done (on which date)
/// or not, who, and the outcome. Cliëntondersteuning has a row for the inwoner and for each
/// mantelzorger in the netwerk. Steps that should have happened by now are marked missing (in
/// words and colour). Activating a row asks to record that step.
class StappenLijst : public QTableWidget {
    Q_OBJECT
public:
    /// StatusColumn: "✓ 03-11-2026" when done, "⚠ Missing", "Not yet" or "Planned 05-03-2027".
    enum Column { StapColumn, StatusColumn, DoorColumn, UitkomstColumn, ColumnCount };

    explicit StappenLijst(QWidget* parent = nullptr);

    /// `netwerk`: the inwoner's living netwerk (for the mantelzorgers and their names); `vandaag`
    /// tells a planned evaluation from one that took place.
    void setTraject(const core::Traject& traject, const core::rules::TrajectStand& stand,
                    const std::vector<core::NetwerkPersoon>& netwerk, const QString& inwonerNaam, const QDate& vandaag);
    void clearTraject();

    /// The row of a step (and person), or -1.
    int rowOf(core::StapSoort soort, const QString& betreft = {}) const;
    core::StapSoort soortAt(int row) const;
    QString betreftAt(int row) const;
    /// Whether the row is marked as a missing step.
    bool isOntbrekend(int row) const;

signals:
    void stapRequested(core::StapSoort soort, const QString& betreft);
};

} // namespace ui
