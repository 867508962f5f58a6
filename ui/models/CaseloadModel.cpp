// SPDX-License-Identifier: EUPL-1.2
#include "CaseloadModel.h"

#include "services/DossierService.h"

#include <QDate>

namespace ui {

CaseloadModel::CaseloadModel(core::DossierService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &core::DossierService::inwonerChanged, this, &CaseloadModel::reload);
}

void CaseloadModel::setQuery(const QString& zoektekst, const QString& aanspreekpunt)
{
    m_query.zoektekst = zoektekst;
    m_query.aanspreekpunt = aanspreekpunt;
    reload();
}

void CaseloadModel::reload()
{
    const bool searching = !m_query.zoektekst.trimmed().isEmpty();
    core::repo::CaseloadQuery query = m_query;
    query.limit = searching ? kSearchLimit + 1 : -1;
    auto rows = m_service.caseload(query);
    m_truncated = searching && rows.size() > static_cast<size_t>(kSearchLimit);
    if (m_truncated)
        rows.resize(kSearchLimit);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString CaseloadModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].id : QString();
}

int CaseloadModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::CaseloadRow& r = m_rows[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Naam:
        return r.sorteernaam;
    case Geboortedatum:
        return r.geboortedatum.isValid() ? r.geboortedatum.toString(QStringLiteral("dd-MM-yyyy")) : QString();
    case Adres:
        return r.straatregel;
    case Postcode:
        return r.postcode;
    case Woonplaats:
        return r.woonplaats;
    case Bsn:
        return r.bsn;
    case Telefoon:
        return r.telefoon;
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Naam:
        return tr("Name");
    case Geboortedatum:
        return tr("Date of birth");
    case Adres:
        return tr("Address");
    case Postcode:
        return tr("Postcode");
    case Woonplaats:
        return tr("Town");
    case Bsn:
        return tr("BSN");
    case Telefoon:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace ui
