// SPDX-License-Identifier: EUPL-1.2
#include "ChildRows.h"
#include "Clock.h"
#include "TrajectService.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Keuzelijst.h"
#include "repo/TrajectRepository.h"

namespace core {

GesprekService::GesprekService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
{
}

rules::FieldErrors GesprekService::validate(const Gesprek& g) const
{
    rules::FieldErrors errors;
    if (!isKeuze(Keuzelijst::GespreksVorm, g.vorm))
        errors.push_back(
            {QStringLiteral("vorm"), QStringLiteral("required"), tr("Choose the form of the conversation.")});
    if (!g.datum.isValid())
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("required"), tr("Enter the date of the conversation.")});
    else if (g.datum > m_ws.clock().today())
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("date"), tr("The date of the conversation lies in the future.")});
    else if (g.datum.year() < 2000)
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("date"), tr("The date of the conversation lies before 2000.")});
    for (const Aanwezige& a : g.aanwezigen) {
        if (!isKeuze(Keuzelijst::Rol, a.rol))
            errors.push_back(
                {QStringLiteral("aanwezige"), QStringLiteral("rol"), tr("Choose the role of everyone present.")});
        else if (a.rol != QLatin1String("inwoner") && a.netwerkId.isEmpty() && a.naam.trimmed().isEmpty())
            errors.push_back({QStringLiteral("aanwezige"), QStringLiteral("naam"),
                              tr("Pick someone from the network or type a name.")});
    }
    QStringList seen;
    for (const BesprokenLeefgebied& l : g.leefgebieden) {
        const QString field = QStringLiteral("leefgebied:") + l.leefgebied;
        if (!isKeuze(Keuzelijst::Leefgebied, l.leefgebied))
            errors.push_back({field, QStringLiteral("leefgebied"), tr("Unknown area of life: %1.").arg(l.leefgebied)});
        else if (seen.contains(l.leefgebied))
            errors.push_back({field, QStringLiteral("duplicate"), tr("An area of life is recorded twice.")});
        seen << l.leefgebied;
        if (!isKeuze(Keuzelijst::LeefgebiedStatus, l.status))
            errors.push_back({field, QStringLiteral("status"), tr("Say whether the area of life was discussed.")});
    }
    for (const MantelzorgVisie& v : g.mantelzorg) {
        if (v.netwerkId.isEmpty())
            errors.push_back({QStringLiteral("mantelzorg"), QStringLiteral("required"),
                              tr("A carer's view belongs to someone in the network.")});
    }
    return errors;
}

Result<Gesprek> GesprekService::saveGesprek(const Gesprek& input)
{
    Gesprek g = input;
    if (!g.meta.deleted) {
        if (const auto errors = validate(g); !errors.empty())
            return rules::invalid(errors);
    }
    try {
        const auto traject = m_ws.trajecten().get(g.trajectId);
        if (!traject || traject->meta.deleted)
            return Error{ErrorCode::NotFound, tr("This traject no longer exists.")};
        auto& repo = m_ws.gesprekken();
        db::Transaction tx(m_ws.db());
        const auto before = g.meta.isNew() ? std::nullopt : repo.get(g.meta.id);
        if (!g.meta.isNew() && !before)
            return Error{ErrorCode::NotFound, tr("This conversation no longer exists.")};
        bool changed = !before || !before->sameContent(g);
        if (changed) {
            if (before)
                g.meta.createdAt = before->meta.createdAt;
            m_ws.stamp(g.meta);
            repo.save(g);
        }
        const QString id = g.meta.id;
        const bool isNew = !before;
        changed |=
            services::storeChildRows(m_ws, g.aanwezigen, isNew ? std::vector<Aanwezige>{} : repo.allAanwezigen(id),
                                     services::sameId, [&](const Aanwezige& a) { repo.save(id, a); });
        changed |= services::storeChildRows(
            m_ws, g.leefgebieden, isNew ? std::vector<BesprokenLeefgebied>{} : repo.allLeefgebieden(id),
            [](const BesprokenLeefgebied& a, const BesprokenLeefgebied& b) { return a.leefgebied == b.leefgebied; },
            [&](const BesprokenLeefgebied& l) { repo.save(id, l); });
        changed |= services::storeChildRows(
            m_ws, g.mantelzorg, isNew ? std::vector<MantelzorgVisie>{} : repo.allMantelzorg(id),
            [](const MantelzorgVisie& a, const MantelzorgVisie& b) { return a.netwerkId == b.netwerkId; },
            [&](const MantelzorgVisie& v) { repo.save(id, v); });
        if (!changed)
            return *before;
        // Autosave writes on every keystroke: an update is logged once per gesprek and session.
        QString action;
        if (!before)
            action = QStringLiteral("create");
        else if (before->meta.deleted != g.meta.deleted)
            action = g.meta.deleted ? QStringLiteral("delete") : QStringLiteral("restore");
        else if (!m_geaudit.contains(id))
            action = QStringLiteral("update");
        if (!action.isEmpty()) {
            m_ws.logAudit(action, QStringLiteral("gesprek"), id);
            m_geaudit.insert(id);
        }
        tx.commit();
        emit gesprekChanged(g.trajectId);
        return g;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Status GesprekService::deleteGesprek(const QString& id)
{
    auto g = gesprek(id);
    if (!g)
        return Error{ErrorCode::NotFound, tr("This conversation no longer exists.")};
    g->meta.deleted = true;
    auto saved = saveGesprek(*g);
    return saved ? Status() : Status(saved.error());
}

std::optional<Gesprek> GesprekService::gesprek(const QString& id) const
{
    try {
        return m_ws.gesprekken().get(id);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
}

std::vector<Gesprek> GesprekService::gesprekken(const QString& trajectId) const
{
    try {
        return m_ws.gesprekken().forTraject(trajectId);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

std::optional<Gesprek> GesprekService::onafgerond(const QString& inwonerId) const
{
    try {
        const QString id = m_ws.gesprekken().onafgerond(inwonerId);
        return id.isEmpty() ? std::nullopt : m_ws.gesprekken().get(id);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
}

Result<Gesprek> GesprekService::startHuisbezoek(const QString& trajectId)
{
    Gesprek g;
    g.trajectId = trajectId;
    g.datum = m_ws.clock().today();
    g.vorm = QStringLiteral("huisbezoek");
    g.aanwezigen.push_back({{}, QStringLiteral("inwoner"), {}, {}});
    return saveGesprek(g);
}

} // namespace core
