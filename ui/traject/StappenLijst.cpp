// SPDX-License-Identifier: EUPL-1.2
#include "StappenLijst.h"

#include "model/Keuzelijst.h"
#include "traject/TermijnWeergave.h"
#include "traject/TrajectStapDialog.h"

#include <QFont>
#include <QHeaderView>

#include <algorithm>
#include <optional>

namespace ui {

namespace {

using core::StapSoort;
using core::rules::Ontbrekend;

constexpr int kSoortRole = Qt::UserRole;
constexpr int kBetreftRole = Qt::UserRole + 1;
constexpr int kOntbreektRole = Qt::UserRole + 2;

/// Whether the stand reports this step (for this person) as missing.
bool ontbreekt(const core::rules::TrajectStand& stand, const core::Traject& t, StapSoort soort, const QString& betreft,
               bool mantelzorger)
{
    const auto heeft = [&](Ontbrekend o) {
        return std::find(stand.ontbreekt.begin(), stand.ontbreekt.end(), o) != stand.ontbreekt.end();
    };
    switch (soort) {
    case StapSoort::Ontvangstbevestiging:
        return heeft(Ontbrekend::Ontvangstbevestiging);
    case StapSoort::PersoonlijkPlanAangeboden:
        return heeft(Ontbrekend::PersoonlijkPlanAangeboden);
    case StapSoort::Clientondersteuning:
        if (t.stap(soort, betreft))
            return false;
        return betreft == core::kBetreftInwoner ? heeft(Ontbrekend::ClientondersteuningInwoner)
                                                : mantelzorger && heeft(Ontbrekend::ClientondersteuningMantelzorger);
    case StapSoort::VerslagVerzonden:
        return heeft(Ontbrekend::VerslagVerzonden);
    case StapSoort::VerslagOndertekend:
        return heeft(Ontbrekend::VerslagOndertekend);
    case StapSoort::Beschikking:
        return heeft(Ontbrekend::Beschikking);
    default:
        return false;
    }
}

} // namespace

StappenLijst::StappenLijst(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("stappen"));
    setHorizontalHeaderLabels({tr("Step"), tr("Done on"), tr("By"), tr("Outcome")});
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    // The step names decide the first column; who did it gets a fair share, the outcome the rest.
    horizontalHeader()->setSectionResizeMode(StapColumn, QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(DoorColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(UitkomstColumn, QHeaderView::Stretch);
    int breed = 0;
    for (const StapSoort soort : core::alleStapSoorten())
        breed = std::max(breed, fontMetrics().horizontalAdvance(core::label(soort)));
    setColumnWidth(StapColumn, breed + 16);
    setColumnWidth(DoorColumn, fontMetrics().horizontalAdvance(QStringLiteral("Chantal de Ruiter")) + 12);
    setToolTip(tr("Double-click a step or press Enter to record it."));
    connect(this, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit stapRequested(soortAt(index.row()), betreftAt(index.row())); });
}

void StappenLijst::clearTraject()
{
    setRowCount(0);
}

void StappenLijst::setTraject(const core::Traject& t, const core::rules::TrajectStand& stand,
                              const std::vector<core::NetwerkPersoon>& netwerk, const QString& inwonerNaam,
                              const QDate& vandaag)
{
    const int selected = currentRow();
    struct Persoon {
        QString betreft;
        QString naam;
        bool mantelzorger = false;
    };
    std::vector<Persoon> personen{{core::kBetreftInwoner, tr("%1 (inwoner)").arg(inwonerNaam), false}};
    for (const core::NetwerkPersoon& p : netwerk) {
        if (p.isMantelzorger())
            personen.push_back({p.meta.id, tr("%1 (mantelzorger)").arg(p.naam), true});
    }
    // Support offered to someone who is no longer a mantelzorger stays on record.
    for (const core::TrajectStap& s : t.stappen) {
        if (s.soort != StapSoort::Clientondersteuning ||
            std::any_of(personen.begin(), personen.end(), [&](const Persoon& p) { return p.betreft == s.betreft; }))
            continue;
        const auto it = std::find_if(netwerk.begin(), netwerk.end(),
                                     [&](const core::NetwerkPersoon& p) { return p.meta.id == s.betreft; });
        personen.push_back({s.betreft, it != netwerk.end() ? it->naam : tr("someone no longer in the netwerk"), false});
    }

    struct Regel {
        StapSoort soort;
        QString betreft;
        QString naam;
        bool mantelzorger = false;
    };
    std::vector<Regel> regels;
    for (const StapSoort soort : core::alleStapSoorten()) {
        if (soort != StapSoort::Clientondersteuning) {
            regels.push_back({soort, {}, core::label(soort)});
            continue;
        }
        for (const Persoon& p : personen)
            regels.push_back({soort, p.betreft, tr("%1\nto %2").arg(core::label(soort), p.naam), p.mantelzorger});
    }

    setRowCount(static_cast<int>(regels.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const Regel& r = regels[static_cast<size_t>(row)];
        const core::TrajectStap* s = t.stap(r.soort, r.betreft);
        const bool mist = ontbreekt(stand, t, r.soort, r.betreft, r.mantelzorger);
        QString status;
        const QString datum = s ? s->datum.toString(QStringLiteral("dd-MM-yyyy")) : QString();
        if (s && r.soort == StapSoort::EvaluatieGepland && s->datum > vandaag)
            status = tr("Planned %1").arg(datum);
        else if (s)
            status = tr("✓ %1").arg(datum);
        else if (mist)
            status = tr("⚠ Missing");
        else
            status = tr("Not yet");
        QString uitkomst;
        if (s) {
            if (const auto lijst = core::uitkomstLijst(r.soort); lijst && !s->uitkomst.isEmpty())
                uitkomst = core::keuzeLabel(*lijst, s->uitkomst);
            if (!s->toelichting.isEmpty())
                uitkomst = uitkomst.isEmpty() ? s->toelichting : tr("%1: %2").arg(uitkomst, s->toelichting);
        }
        const QStringList cells = {r.naam, status, s ? s->door : QString(), uitkomst.simplified()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (mist)
                cell->setBackground(TermijnWeergave::ontbreektKleur());
            else if (s && c == StatusColumn)
                cell->setBackground(TermijnWeergave::gedaanKleur());
            if (s && c == UitkomstColumn)
                cell->setToolTip(s->toelichting);
            else if (c != UitkomstColumn)
                cell->setToolTip(cells[c]);
            setItem(row, c, cell);
        }
        if (mist) {
            QFont bold = item(row, StatusColumn)->font();
            bold.setBold(true);
            item(row, StatusColumn)->setFont(bold);
        }
        item(row, StapColumn)->setData(kSoortRole, static_cast<int>(r.soort));
        item(row, StapColumn)->setData(kBetreftRole, r.betreft);
        item(row, StapColumn)->setData(kOntbreektRole, mist);
    }
    resizeRowsToContents();
    if (selected >= 0 && selected < rowCount())
        selectRow(selected);
}

int StappenLijst::rowOf(StapSoort soort, const QString& betreft) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (soortAt(row) == soort && betreftAt(row) == betreft)
            return row;
    }
    return -1;
}

StapSoort StappenLijst::soortAt(int row) const
{
    const QTableWidgetItem* cell = item(row, StapColumn);
    return cell ? static_cast<StapSoort>(cell->data(kSoortRole).toInt()) : StapSoort::Ontvangstbevestiging;
}

QString StappenLijst::betreftAt(int row) const
{
    const QTableWidgetItem* cell = item(row, StapColumn);
    return cell ? cell->data(kBetreftRole).toString() : QString();
}

bool StappenLijst::isOntbrekend(int row) const
{
    const QTableWidgetItem* cell = item(row, StapColumn);
    return cell && cell->data(kOntbreektRole).toBool();
}

} // namespace ui
