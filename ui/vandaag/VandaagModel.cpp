// SPDX-License-Identifier: EUPL-1.2
#include "VandaagModel.h"

#include "model/Keuzelijst.h"
#include "rules/Termijn.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace ui {

namespace {

using core::rules::TermijnStand;
using core::rules::TermijnStatus;

QString datumTekst(const QDate& datum)
{
    return core::rules::Termijn::datumTekst(datum);
}

} // namespace

VandaagModel::VandaagModel(core::TrajectService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_teLaatIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical))
    , m_dezeWeekIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{
}

const std::vector<VandaagModel::Groep>& VandaagModel::groepen()
{
    static const std::vector<Groep> all{Groep::Alles,         Groep::TeLaat,   Groep::DezeWeek,
                                        Groep::StapOntbreekt, Groep::Aflopend, Groep::Evaluaties};
    return all;
}

QString VandaagModel::key(Groep groep)
{
    switch (groep) {
    case Groep::Alles:
        return QStringLiteral("alles");
    case Groep::TeLaat:
        return QStringLiteral("te_laat");
    case Groep::DezeWeek:
        return QStringLiteral("deze_week");
    case Groep::StapOntbreekt:
        return QStringLiteral("stap_ontbreekt");
    case Groep::Aflopend:
        return QStringLiteral("aflopend");
    case Groep::Evaluaties:
        return QStringLiteral("evaluaties");
    }
    return {};
}

// The same tests as the counts of TrajectService::vandaag(), so that a count and its list agree.
bool VandaagModel::hoortBij(const core::DashboardRegel& regel, Groep groep)
{
    const core::rules::TrajectStand& s = regel.stand;
    switch (groep) {
    case Groep::Alles:
        return true;
    case Groep::TeLaat:
        return s.teLaat();
    case Groep::DezeWeek:
        return !s.teLaat() && s.dezeWeek();
    case Groep::StapOntbreekt:
        return !s.ontbreekt.empty();
    case Groep::Aflopend:
        return !s.aflopend.empty();
    case Groep::Evaluaties:
        return s.evaluatieNodig;
    }
    return false;
}

QColor VandaagModel::teLaatKleur()
{
    return QColor(0xb0, 0x1b, 0x1b);
}

QColor VandaagModel::dezeWeekKleur()
{
    return QColor(0x8a, 0x4b, 0x00);
}

void VandaagModel::setAanspreekpunt(const QString& naam)
{
    m_aanspreekpunt = naam;
}

core::Status VandaagModel::reload()
{
    auto result = m_service.vandaag(m_aanspreekpunt);
    beginResetModel();
    m_loaded = true;
    core::Status status;
    if (result) {
        m_vandaag = std::move(result.value());
    } else {
        m_vandaag = core::Vandaag{};
        m_vandaag.datum = m_service.today();
        status = result.error();
    }
    applyGroep();
    endResetModel();
    return status;
}

void VandaagModel::setGroep(Groep groep)
{
    if (groep == m_groep)
        return;
    beginResetModel();
    m_groep = groep;
    applyGroep();
    endResetModel();
}

void VandaagModel::applyGroep()
{
    m_rows.clear();
    for (size_t i = 0; i < m_vandaag.regels.size(); ++i) {
        if (hoortBij(m_vandaag.regels[i], m_groep))
            m_rows.push_back(i);
    }
}

int VandaagModel::aantal(Groep groep) const
{
    switch (groep) {
    case Groep::Alles:
        return static_cast<int>(m_vandaag.regels.size());
    case Groep::TeLaat:
        return m_vandaag.teLaat;
    case Groep::DezeWeek:
        return m_vandaag.dezeWeek;
    case Groep::StapOntbreekt:
        return m_vandaag.stapOntbreekt;
    case Groep::Aflopend:
        return m_vandaag.aflopend;
    case Groep::Evaluaties:
        return m_vandaag.evaluaties;
    }
    return 0;
}

const core::DashboardRegel& VandaagModel::regel(int row) const
{
    return m_vandaag.regels[m_rows[static_cast<size_t>(row)]];
}

QString VandaagModel::trajectIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? regel(row).trajectId : QString();
}

QString VandaagModel::inwonerIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? regel(row).inwonerId : QString();
}

int VandaagModel::rowOf(const QString& trajectId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (regel(row).trajectId == trajectId)
            return row;
    }
    return -1;
}

int VandaagModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VandaagModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList VandaagModel::aandachtspunten(const core::DashboardRegel& r) const
{
    QStringList punten;
    for (const core::rules::Ontbrekend o : r.stand.ontbreekt)
        punten << core::rules::label(o);
    for (const core::Voorziening& v : r.stand.aflopend) {
        const QString soort =
            v.omschrijving.isEmpty() ? core::keuzeLabel(core::Keuzelijst::VoorzieningSoort, v.soort) : v.omschrijving;
        const int dagen = static_cast<int>(m_vandaag.datum.daysTo(v.eind));
        punten << (dagen == 0 ? tr("%1 ends today").arg(soort)
                              : tr("%1 ends in %n day(s) (%2)", nullptr, dagen).arg(soort, datumTekst(v.eind)));
    }
    if (r.stand.evaluatieNodig) {
        const int dagen = static_cast<int>(m_vandaag.datum.daysTo(r.stand.evaluatie));
        if (dagen < 0)
            punten << tr("Evaluation overdue since %1").arg(datumTekst(r.stand.evaluatie));
        else if (dagen == 0)
            punten << tr("Evaluation due today");
        else
            punten << tr("Evaluation due in %n day(s) (%1)", nullptr, dagen).arg(datumTekst(r.stand.evaluatie));
    }
    return punten;
}

QVariant VandaagModel::display(const core::DashboardRegel& r, int column) const
{
    const TermijnStand* termijn = r.stand.eerstvolgende();
    switch (column) {
    case Inwoner:
        return r.naam;
    case Domein:
        return core::keuzeLabel(core::Keuzelijst::Domein, r.domein);
    case Fase:
        return core::rules::label(r.stand.fase);
    case Termijn:
        return termijn ? datumTekst(termijn->termijn.datum) : QString();
    case Dagen:
        if (!termijn)
            return QString();
        if (termijn->dagenOver < 0)
            return tr("%n day(s) overdue", nullptr, -termijn->dagenOver);
        if (termijn->dagenOver == 0)
            return tr("due today");
        return tr("%n day(s) left", nullptr, termijn->dagenOver);
    case Aandacht:
        return aandachtspunten(r).join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant VandaagModel::toolTip(const core::DashboardRegel& r, int column) const
{
    const TermijnStand* termijn = r.stand.eerstvolgende();
    switch (column) {
    case Inwoner: {
        QString tip = tr("%1\nReported on %2").arg(r.naam, datumTekst(r.meldingDatum));
        if (r.urgentie != QLatin1String("normaal"))
            tip += QLatin1Char('\n') + tr("Urgency: %1").arg(core::keuzeLabel(core::Keuzelijst::Urgentie, r.urgentie));
        return tip;
    }
    case Termijn:
    case Dagen:
        // The explanation says why a deadline moved (opschorting, weekend, feestdag).
        return termijn ? tr("%1 deadline: %2").arg(termijn->naam(), termijn->termijn.uitleg()) : QVariant();
    case Aandacht: {
        const QStringList punten = aandachtspunten(r);
        return punten.isEmpty() ? QVariant() : QVariant(punten.join(QLatin1Char('\n')));
    }
    default:
        return display(r, column);
    }
}

QVariant VandaagModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::DashboardRegel& r = regel(index.row());
    const int column = index.column();
    const TermijnStand* termijn = r.stand.eerstvolgende();
    const TermijnStatus status = termijn ? termijn->status : TermijnStatus::Lopend;
    const bool deadlineColumn = column == Termijn || column == Dagen;
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::AccessibleTextRole:
        return display(r, column);
    case TrajectIdRole:
        return r.trajectId;
    case InwonerIdRole:
        return r.inwonerId;
    case ErnstRole:
        return r.stand.ernst();
    case DagenOverRole:
        return termijn ? QVariant(termijn->dagenOver) : QVariant();
    case Qt::DecorationRole:
        // An icon next to the days, so that overdue reads without colour (greyscale, colour blindness).
        if (column != Dagen || !termijn)
            return {};
        if (status == TermijnStatus::TeLaat)
            return m_teLaatIcon;
        if (status == TermijnStatus::DezeWeek)
            return m_dezeWeekIcon;
        return {};
    case Qt::ForegroundRole:
        if (!deadlineColumn || !termijn)
            return {};
        if (status == TermijnStatus::TeLaat)
            return teLaatKleur();
        if (status == TermijnStatus::DezeWeek)
            return dezeWeekKleur();
        return {};
    case Qt::FontRole:
        if ((deadlineColumn || column == Inwoner) && status == TermijnStatus::TeLaat) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant VandaagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Inwoner:
        return tr("Inwoner");
    case Domein:
        return tr("Domain");
    case Fase:
        return tr("Phase");
    case Termijn:
        return role == Qt::ToolTipRole ? tr("The next statutory deadline: onderzoek or beschikking")
                                       : tr("Next deadline");
    case Dagen:
        return tr("Days left");
    case Aandacht:
        return role == Qt::ToolTipRole ? tr("Statutory steps still missing, voorzieningen ending, evaluations due")
                                       : tr("Needs attention");
    default:
        return {};
    }
}

} // namespace ui
