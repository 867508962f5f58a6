// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/CaseloadRow.h"
#include "repo/InwonerRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace core {
class DossierService;
}

namespace ui {

/// The caseload list: inwoners in Dutch name order, narrowed by what the consulent types.
/// Reads through DossierService and reloads when the service reports a change.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Naam, Geboortedatum, Adres, Postcode, Woonplaats, Bsn, Telefoon, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    /// At most this many rows are shown while searching; the consulent types on to narrow.
    static constexpr int kSearchLimit = 500;

    explicit CaseloadModel(core::DossierService& service, QObject* parent = nullptr);

    /// Shows inwoners matching `zoektekst`; only those of `aanspreekpunt` unless it is empty.
    void setQuery(const QString& zoektekst, const QString& aanspreekpunt);
    void reload();

    QString idAt(int row) const;
    int rowOf(const QString& id) const;
    /// True when the search matched more rows than are shown.
    bool isTruncated() const { return m_truncated; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::DossierService& m_service;
    core::repo::CaseloadQuery m_query;
    std::vector<core::CaseloadRow> m_rows;
    bool m_truncated = false;
};

} // namespace ui
