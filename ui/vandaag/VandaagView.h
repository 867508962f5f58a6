// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "vandaag/VandaagModel.h"

#include <QWidget>

#include <map>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ui {

class VandaagTeller;

/// "Vandaag": every legal deadline of the caseload at a glance. Summary counts at the top (overdue,
/// due this week, a step missing, voorzieningen ending, evaluations) narrow the list when clicked;
/// the list holds the open trajecten, most urgent first. Computed when first shown, and again when
/// a traject, inwoner or netwerk changes: at once while visible, otherwise when shown next.
class VandaagView : public QWidget {
    Q_OBJECT
public:
    explicit VandaagView(const Services& services, QWidget* parent = nullptr);

    /// The consulent whose caseload "My caseload" shows (everyone's when empty).
    void setConsulent(const QString& naam);
    /// Shows everyone's trajecten instead of my caseload (or back).
    void setShowAll(bool all);
    /// Narrows the list to one group of the summary counts (Alles: the whole list).
    void setGroep(VandaagModel::Groep groep);
    /// Recomputes the dashboard now.
    void reload();
    QString currentTrajectId() const { return m_selectedTrajectId; }
    void selectTraject(const QString& trajectId);
    void focusList();

    VandaagModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    VandaagTeller* teller(VandaagModel::Groep groep) const;

signals:
    /// A click on a traject, or the arrow keys moving onto one.
    void trajectSelected(const QString& inwonerId, const QString& trajectId);
    /// Enter or double-click on a traject.
    void trajectActivated(const QString& inwonerId, const QString& trajectId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyScope();
    /// Reloads now when visible, otherwise on the next show.
    void markStale();
    void updateSummary();
    void sizeColumns();
    void emitAt(int row, bool activated);

    Services m_services;
    VandaagModel* m_model;
    QLabel* m_title;
    QComboBox* m_scope;
    std::map<VandaagModel::Groep, VandaagTeller*> m_tellers;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_count;
    QTimer* m_reloadTimer;
    QString m_consulent;
    QString m_selectedTrajectId;
    QString m_error;
    bool m_stale = true;
    bool m_columnsSized = false;
    bool m_mouseDown = false; ///< a mouse button is down on the list: the click will choose the row
};

} // namespace ui
