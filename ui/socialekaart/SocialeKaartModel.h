// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/SocialeKaart.h"

#include <QAbstractTableModel>

#include <vector>

namespace core {
class SocialeKaartService;
}

namespace ui {

/// The entries of the sociale kaart that match what the consulent types, by naam. Reads through
/// SocialeKaartService::zoek and reloads when the service reports a change. Inactive entries are
/// shown greyed out.
class SocialeKaartModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Naam, Vorm, Wet, Categorie, Aanbieder, Telefoon, Actief, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SocialeKaartModel(core::SocialeKaartService& service, QObject* parent = nullptr);

    /// Shows the entries matching `tekst` of `vorm` ("algemeen", "maatwerk" or empty for both),
    /// inactive ones too when `ookInactief`.
    void setQuery(const QString& tekst, const QString& vorm, bool ookInactief);
    void reload();

    /// The entry in `row`, or null outside the rows.
    const core::SocialeKaartItem* itemAt(int row) const;
    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Contact, address and notes of an entry as a few lines of plain text (the row's tooltip).
    static QString contactText(const core::SocialeKaartItem& item);

private:
    core::SocialeKaartService& m_service;
    QString m_tekst;
    QString m_vorm;
    bool m_ookInactief = false;
    std::vector<core::SocialeKaartItem> m_rows;
};

} // namespace ui
