// SPDX-License-Identifier: EUPL-1.2
#include "PlanRepository.h"

#include "ReadHelpers.h"
#include "SyncColumns.h"
#include "db/Database.h"

#include <QHash>

namespace core::repo {

namespace {

#define WD_PLAN_COLUMNS                                                                                                \
    "inwoner_id, traject_id, huishouden_id, reeks_id, versie, vorige_id, status, regisseur, regisseur_rol, "           \
    "wederkerigheid, vastgesteld_op, geevalueerd_op, evaluatie_notitie"
#define WD_DOEL_COLUMNS                                                                                                \
    "inwoner_id, leefgebied, wens, gewenste_situatie, soort, doelscore, evaluatie_datum, eigen_oplossing, "            \
    "reden_niet_gevolgd, evaluatie, evaluatie_notitie, positie"
#define WD_ACTIE_COLUMNS                                                                                               \
    "niveau, wat, netwerk_id, voorziening_id, beschikking_id, uitvoerder, van, tot, omvang, eenheid, onderbouwing, "   \
    "respijt_overwogen, positie"
// The same columns qualified, for the statement that reads a plan's acties through its doelen.
#define WD_ACTIE_COLUMNS_A                                                                                             \
    "a.id, a.created_at, a.updated_at, a.hlc, a.device, a.deleted, a.niveau, a.wat, a.netwerk_id, a.voorziening_id, "  \
    "a.beschikking_id, a.uitvoerder, a.van, a.tot, a.omvang, a.eenheid, a.onderbouwing, a.respijt_overwogen, "         \
    "a.positie, a.doel_id"

constexpr const char* kPlanSql = "SELECT " WD_SYNC_SELECT ", " WD_PLAN_COLUMNS " FROM plan WHERE id = ?1";
constexpr const char* kDoelenSql =
    "SELECT " WD_SYNC_SELECT ", " WD_DOEL_COLUMNS " FROM plan_doel WHERE plan_id = ?1 ORDER BY positie, rowid";
constexpr const char* kActiesVanPlanSql =
    "SELECT " WD_ACTIE_COLUMNS_A " FROM plan_doel d JOIN plan_actie a ON a.doel_id = d.id "
    "WHERE d.plan_id = ?1 AND d.deleted = 0 AND a.deleted = 0 "
    "ORDER BY a.positie, a.rowid";

Ondersteuningsplan readPlan(const db::Statement& st)
{
    Ondersteuningsplan p;
    p.meta = readSyncMeta(st);
    int c = kSyncColumnCount;
    p.inwonerId = st.text(c++);
    p.trajectId = st.text(c++);
    p.huishoudenId = st.text(c++);
    p.reeksId = st.text(c++);
    p.versie = st.int32(c++);
    p.vorigeId = st.text(c++);
    p.status = st.text(c++);
    p.regisseur = st.text(c++);
    p.regisseurRol = st.text(c++);
    p.wederkerigheid = st.text(c++);
    p.vastgesteldOp = st.date(c++);
    p.geevalueerdOp = st.date(c++);
    p.evaluatieNotitie = st.text(c);
    return p;
}

PlanDoel readDoel(const db::Statement& st, int c = kSyncColumnCount)
{
    PlanDoel d;
    d.meta = readSyncMeta(st);
    d.inwonerId = st.text(c++);
    d.leefgebied = st.text(c++);
    d.wens = st.text(c++);
    d.gewensteSituatie = st.text(c++);
    d.soort = st.text(c++);
    d.doelscore = st.optionalInt(c++);
    d.evaluatieDatum = st.date(c++);
    d.eigenOplossing = st.text(c++);
    d.redenNietGevolgd = st.text(c++);
    d.evaluatie = st.text(c++);
    d.evaluatieNotitie = st.text(c++);
    d.positie = st.int32(c);
    return d;
}

PlanActie readActie(const db::Statement& st, int c = kSyncColumnCount)
{
    PlanActie a;
    a.meta = readSyncMeta(st);
    a.niveau = st.text(c++);
    a.wat = st.text(c++);
    a.netwerkId = st.text(c++);
    a.voorzieningId = st.text(c++);
    a.beschikkingId = st.text(c++);
    a.uitvoerder = st.text(c++);
    a.van = st.date(c++);
    a.tot = st.date(c++);
    a.omvang = st.optionalReal(c++);
    a.eenheid = st.text(c++);
    a.onderbouwing = st.text(c++);
    a.respijtOverwogen = st.int64(c++) != 0;
    a.positie = st.int32(c);
    return a;
}

std::vector<Ondersteuningsplan> readPlans(db::Statement& st)
{
    std::vector<Ondersteuningsplan> plans;
    while (st.step())
        plans.push_back(readPlan(st));
    st.reset();
    return plans;
}

} // namespace

PlanRepository::PlanRepository(db::Database& db)
    : m_db(db)
{
}

std::vector<std::string> PlanRepository::getSql()
{
    return {kPlanSql, kDoelenSql, kActiesVanPlanSql};
}

std::optional<Ondersteuningsplan> PlanRepository::get(const QString& id) const
{
    const EenLeesmoment snapshot(m_db);
    auto& st = m_db.cached(kPlanSql);
    st.bind(1, id);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    Ondersteuningsplan plan = readPlan(st);
    st.reset();
    plan.doelen = living(allDoelen(id));
    QHash<QString, PlanDoel*> doelen;
    for (PlanDoel& d : plan.doelen)
        doelen.insert(d.meta.id, &d);
    // One statement for every actie of the plan instead of one per doel.
    auto& acties = m_db.cached(kActiesVanPlanSql);
    acties.bind(1, id);
    while (acties.step()) {
        if (PlanDoel* doel = doelen.value(acties.text(kSyncColumnCount + 13)))
            doel->acties.push_back(readActie(acties));
    }
    acties.reset();
    for (PlanDoel& d : plan.doelen)
        sorteerActies(d.acties);
    return plan;
}

std::vector<Ondersteuningsplan> PlanRepository::forInwoner(const QString& inwonerId, const QString& huishoudenId) const
{
    // Reeksen by the creation of their first version (newest first), versions newest first.
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_PLAN_COLUMNS " FROM plan p WHERE deleted = 0 AND "
                           "(inwoner_id = ?1 OR (?2 <> '' AND huishouden_id = ?2)) ORDER BY "
                           "(SELECT MIN(e.created_at) FROM plan e WHERE e.reeks_id = p.reeks_id) DESC, reeks_id, "
                           "versie DESC");
    st.bind(1, inwonerId).bind(2, huishoudenId);
    return readPlans(st);
}

std::vector<Ondersteuningsplan> PlanRepository::reeks(const QString& reeksId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_PLAN_COLUMNS
                           " FROM plan WHERE reeks_id = ?1 AND deleted = 0 ORDER BY versie");
    st.bind(1, reeksId);
    return readPlans(st);
}

std::vector<PlanDoel> PlanRepository::allDoelen(const QString& planId) const
{
    return readAll<PlanDoel>(m_db.cached(kDoelenSql), planId, readDoel);
}

std::vector<PlanActie> PlanRepository::allActies(const QString& doelId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_ACTIE_COLUMNS
                           " FROM plan_actie WHERE doel_id = ?1 ORDER BY positie, rowid");
    return readAll<PlanActie>(st, doelId, readActie);
}

void PlanRepository::save(const Ondersteuningsplan& p)
{
    auto& st = m_db.cached("INSERT INTO plan (" WD_SYNC_SELECT ", " WD_PLAN_COLUMNS ") VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) ON CONFLICT (id) DO "
                           "UPDATE SET " WD_SYNC_UPDATE ", inwoner_id = ?7, traject_id = ?8, huishouden_id = ?9, "
                           "reeks_id = ?10, versie = ?11, vorige_id = ?12, status = ?13, regisseur = ?14, "
                           "regisseur_rol = ?15, wederkerigheid = ?16, vastgesteld_op = ?17, geevalueerd_op = ?18, "
                           "evaluatie_notitie = ?19");
    bindSyncMeta(st, p.meta);
    st.bind(7, p.inwonerId).bind(8, p.trajectId).bind(9, p.huishoudenId).bind(10, p.reeksId).bind(11, p.versie);
    st.bind(12, p.vorigeId).bind(13, p.status).bind(14, p.regisseur).bind(15, p.regisseurRol);
    st.bind(16, p.wederkerigheid).bind(17, p.vastgesteldOp).bind(18, p.geevalueerdOp);
    st.bind(19, p.evaluatieNotitie).run();
}

void PlanRepository::save(const QString& planId, const PlanDoel& d)
{
    auto& st = m_db.cached("INSERT INTO plan_doel (" WD_SYNC_SELECT ", plan_id, " WD_DOEL_COLUMNS
                           ") VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                           "?19) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE ", plan_id = ?7, inwoner_id = ?8, "
                           "leefgebied = ?9, wens = ?10, gewenste_situatie = ?11, soort = ?12, doelscore = ?13, "
                           "evaluatie_datum = ?14, eigen_oplossing = ?15, reden_niet_gevolgd = ?16, evaluatie = ?17, "
                           "evaluatie_notitie = ?18, positie = ?19");
    bindSyncMeta(st, d.meta);
    st.bind(7, planId).bind(8, d.inwonerId).bind(9, d.leefgebied).bind(10, d.wens).bind(11, d.gewensteSituatie);
    st.bind(12, d.soort).bind(13, d.doelscore).bind(14, d.evaluatieDatum).bind(15, d.eigenOplossing);
    st.bind(16, d.redenNietGevolgd).bind(17, d.evaluatie).bind(18, d.evaluatieNotitie).bind(19, d.positie).run();
}

void PlanRepository::save(const QString& doelId, const PlanActie& a)
{
    auto& st = m_db.cached("INSERT INTO plan_actie (" WD_SYNC_SELECT ", doel_id, " WD_ACTIE_COLUMNS
                           ") VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                           "?19, ?20) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE ", doel_id = ?7, niveau = ?8, "
                           "wat = ?9, netwerk_id = ?10, voorziening_id = ?11, beschikking_id = ?12, uitvoerder = ?13, "
                           "van = ?14, tot = ?15, omvang = ?16, eenheid = ?17, onderbouwing = ?18, "
                           "respijt_overwogen = ?19, positie = ?20");
    bindSyncMeta(st, a.meta);
    st.bind(7, doelId).bind(8, a.niveau).bind(9, a.wat).bind(10, a.netwerkId).bind(11, a.voorzieningId);
    st.bind(12, a.beschikkingId).bind(13, a.uitvoerder).bind(14, a.van).bind(15, a.tot).bind(16, a.omvang);
    st.bind(17, a.eenheid).bind(18, a.onderbouwing).bind(19, a.respijtOverwogen).bind(20, a.positie).run();
}

} // namespace core::repo
