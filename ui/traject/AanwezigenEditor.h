// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Gesprek.h"
#include "model/NetwerkPersoon.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QTableWidget;

namespace ui {

/// Who was present at a gesprek and in what role: each person picked from the inwoner's netwerk
/// or typed by name (a cliëntondersteuner, an interpreter …). Picking a netwerk person suggests
/// the role from the relation.
class AanwezigenEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { RolColumn, WieColumn, RemoveColumn };

    AanwezigenEditor(std::vector<core::NetwerkPersoon> netwerk, const QString& inwonerNaam, QWidget* parent = nullptr);

    void setAanwezigen(const std::vector<core::Aanwezige>& aanwezigen);
    /// The people as entered; rows without a name (other than the inwoner) are kept, so that
    /// validation can point at them.
    std::vector<core::Aanwezige> aanwezigen() const;

    /// Adds an empty row and returns its index.
    int addRow();
    QTableWidget* table() const { return m_table; }
    QComboBox* rolField(int row) const;
    /// Editable: a netwerk person or a typed name.
    QComboBox* wieField(int row) const;

signals:
    void changed();

private:
    void addRow(const core::Aanwezige& aanwezige);
    void updateWie(int row);
    int rowOf(const QWidget* cellWidget, int column) const;

    std::vector<core::NetwerkPersoon> m_netwerk;
    QString m_inwonerNaam;
    QTableWidget* m_table;
    std::vector<core::SyncMeta> m_meta; ///< per row, so that existing rows keep their id
};

} // namespace ui
