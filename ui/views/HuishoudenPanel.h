// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Huishouden.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

/// The members of the inwoner's huishouden ("1 gezin, 1 plan").
class HuishoudenPanel : public QWidget {
    Q_OBJECT
public:
    explicit HuishoudenPanel(QWidget* parent = nullptr);
    void setHuishouden(const QString& inwonerId, const std::optional<core::Huishouden>& huishouden);
    QTableWidget* table() const { return m_table; }

signals:
    void addRequested();
    void removeRequested(const core::Huishoudlid& lid);
    /// A member who is an inwoner was double-clicked.
    void openInwonerRequested(const QString& inwonerId);

private:
    QLabel* m_title;
    QTableWidget* m_table;
    QPushButton* m_remove;
    QString m_inwonerId;
    std::vector<core::Huishoudlid> m_leden;
};

} // namespace ui
