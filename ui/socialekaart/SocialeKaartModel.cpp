// SPDX-License-Identifier: EUPL-1.2
#include "SocialeKaartModel.h"

#include "model/Keuzelijst.h"
#include "services/SocialeKaartService.h"

#include <QApplication>
#include <QPalette>

namespace ui {

SocialeKaartModel::SocialeKaartModel(core::SocialeKaartService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &core::SocialeKaartService::socialeKaartChanged, this, &SocialeKaartModel::reload);
    reload();
}

void SocialeKaartModel::setQuery(const QString& tekst, const QString& vorm, bool ookInactief)
{
    m_tekst = tekst;
    m_vorm = vorm;
    m_ookInactief = ookInactief;
    reload();
}

void SocialeKaartModel::reload()
{
    auto rows = m_service.zoek(m_tekst, m_vorm, !m_ookInactief);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const core::SocialeKaartItem* SocialeKaartModel::itemAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

QString SocialeKaartModel::idAt(int row) const
{
    const core::SocialeKaartItem* item = itemAt(row);
    return item ? item->meta.id : QString();
}

int SocialeKaartModel::rowOf(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].meta.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int SocialeKaartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SocialeKaartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SocialeKaartModel::contactText(const core::SocialeKaartItem& item)
{
    QStringList lines;
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            lines << label.arg(value.trimmed());
    };
    add(tr("Aanbieder: %1"), item.aanbieder);
    add(tr("Phone: %1"), item.telefoon);
    add(tr("E-mail: %1"), item.email);
    add(tr("Website: %1"), item.website);
    add(tr("Address: %1"), item.adres);
    add(tr("Notes: %1"), item.notities);
    return lines.join(QLatin1Char('\n'));
}

QVariant SocialeKaartModel::data(const QModelIndex& index, int role) const
{
    const core::SocialeKaartItem* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    switch (role) {
    case IdRole:
        return item->meta.id;
    case Qt::ToolTipRole: {
        if (index.column() == Vorm)
            return core::keuzeLabel(core::Keuzelijst::VoorzieningVorm, item->vorm);
        const QString contact = contactText(*item);
        return contact.isEmpty() ? item->naam : item->naam + QLatin1Char('\n') + contact;
    }
    case Qt::ForegroundRole:
        if (!item->actief)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Naam:
        return item->naam;
    case Vorm:
        // Short: the table has many columns; the tooltip and the detail pane give the full label.
        return item->isMaatwerk() ? tr("Maatwerk") : tr("Algemeen");
    case Wet:
        return core::keuzeLabel(core::Keuzelijst::Wet, item->wet);
    case Categorie:
        return core::keuzeLabel(core::Keuzelijst::VoorzieningCategorie, item->categorie);
    case Aanbieder:
        return item->aanbieder;
    case Telefoon:
        return item->telefoon;
    case Actief:
        return item->actief ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant SocialeKaartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Naam:
        return tr("Name");
    case Vorm:
        return tr("Access");
    case Wet:
        return tr("Law");
    case Categorie:
        return tr("Category");
    case Aanbieder:
        return tr("Aanbieder");
    case Telefoon:
        return tr("Phone");
    case Actief:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ui
