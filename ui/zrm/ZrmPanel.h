// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ZrmMeting.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace core {
class ZrmService;
}

namespace ui {

class ZrmChartPage;
class ZrmVergelijkingView;

/// The Zelfredzaamheid tab of a dossier: every meting, and the comparison, radar and trend built
/// from them. Changes go out as requests (to DossierEditor); the panel refreshes itself when the
/// service reports a change for this inwoner, including undo and redo.
class ZrmPanel : public QWidget {
    Q_OBJECT
public:
    enum Column {
        DatumColumn,
        MomentColumn,
        DoorColumn,
        InstrumentColumn,
        GescoordColumn,
        NietBeoordeeldColumn,
        ColumnCount
    };

    /// `service` must outlive the panel.
    explicit ZrmPanel(core::ZrmService& service, QWidget* parent = nullptr);

    /// Shows the metingen of an inwoner; `naam` titles the charts.
    void setInwoner(const QString& inwonerId, const QString& naam);
    void refresh();

    /// The id of the selected meting, or empty.
    QString currentId() const;
    /// Newest first.
    QTableWidget* historyTable() const { return m_history; }
    ZrmVergelijkingView* vergelijking() const { return m_vergelijking; }
    ZrmChartPage* radar() const { return m_radar; }
    ZrmChartPage* trend() const { return m_trend; }
    QTabWidget* views() const { return m_views; }

signals:
    void newRequested();
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);

private:
    void updateButtons();

    core::ZrmService& m_service;
    QString m_inwonerId;
    QString m_naam;
    std::vector<core::ZrmMeting> m_metingen;
    QLabel* m_summary;
    QTableWidget* m_history;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QTabWidget* m_views;
    ZrmVergelijkingView* m_vergelijking;
    ZrmChartPage* m_radar;
    ZrmChartPage* m_trend;
};

} // namespace ui
