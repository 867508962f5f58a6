// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/NetwerkPersoon.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

/// Everyone around the inwoner, mantelzorgers first in mind: relation, what they do, what more they
/// could do, closeness, consent, and for mantelzorgers hours and belasting.
class NetwerkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetwerkPanel(QWidget* parent = nullptr);
    void setNetwerk(const std::vector<core::NetwerkPersoon>& netwerk);
    QTableWidget* table() const { return m_table; }
    /// "Print netwerkkaart…": the netwerkkaart with its list as a printable page.
    QPushButton* printButton() const { return m_print; }
    QString currentId() const;
    /// The details shown for the selected person (plain text), for tests.
    QString detailsText() const;

signals:
    void addRequested();
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);
    void printRequested();

private:
    void showDetails();

    QLabel* m_summary;
    QLabel* m_details;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_print;
    std::vector<core::NetwerkPersoon> m_netwerk;
};

} // namespace ui
