// SPDX-License-Identifier: EUPL-1.2
#include "TrajectRepository.h"

#include "ReadHelpers.h"
#include "SyncColumns.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Inwoner.h"

#include <QHash>

#include <algorithm>

namespace core::repo {

namespace {

#define WD_TRAJECT_COLUMNS "inwoner_id, domein, melding_datum, kanaal, verwijzer, hulpvraag, urgentie"
#define WD_STAP_COLUMNS "soort, betreft, datum, door, uitkomst, toelichting"
#define WD_OPSCHORTING_COLUMNS "termijn, datum, dagen, reden"
#define WD_VOORZIENING_COLUMNS "soort, omschrijving, omvang, eenheid, start, eind, levering, sociale_kaart_id"

// The trajecten on the dashboard: living, of a living inwoner (of one consulent when ?1 is set),
// open or with a voorziening ending between ?2 and ?3. The closed and the ending ones are two sets
// SQLite builds once per statement: as correlated EXISTS it fetched every step of every traject to
// look at its kind, and walked every voorziening ending in the period for every closed traject.
#define WD_DASHBOARD_FROM                                                                                              \
    "FROM traject t JOIN inwoner i ON i.id = t.inwoner_id AND i.deleted = 0 "                                          \
    "WHERE t.deleted = 0 AND (?1 = '' OR i.aanspreekpunt_naam = ?1 COLLATE NOCASE) "                                   \
    "AND (t.id NOT IN (SELECT a.traject_id FROM traject_stap a WHERE a.deleted = 0 AND a.soort = 'afgesloten') "       \
    "OR t.id IN (SELECT v.traject_id FROM voorziening v WHERE v.deleted = 0 AND v.eind BETWEEN ?2 AND ?3)) "

Traject readTraject(const db::Statement& st)
{
    Traject t;
    t.meta = readSyncMeta(st);
    t.inwonerId = st.text(6);
    t.domein = st.text(7);
    t.meldingDatum = st.date(8);
    t.kanaal = st.text(9);
    t.verwijzer = st.text(10);
    t.hulpvraag = st.text(11);
    t.urgentie = st.text(12);
    return t;
}

// Child readers start at `c`, the first column after the sync columns.
TrajectStap readStap(const db::Statement& st, int c = kSyncColumnCount)
{
    TrajectStap s;
    s.meta = readSyncMeta(st);
    s.soort = stapSoortFromKey(st.text(c)).value_or(StapSoort::Ontvangstbevestiging);
    s.betreft = st.text(c + 1);
    s.datum = st.date(c + 2);
    s.door = st.text(c + 3);
    s.uitkomst = st.text(c + 4);
    s.toelichting = st.text(c + 5);
    return s;
}

TermijnOpschorting readOpschorting(const db::Statement& st, int c = kSyncColumnCount)
{
    TermijnOpschorting o;
    o.meta = readSyncMeta(st);
    o.termijn = st.text(c);
    o.datum = st.date(c + 1);
    o.dagen = st.int32(c + 2);
    o.reden = st.text(c + 3);
    return o;
}

Voorziening readVoorziening(const db::Statement& st, int c = kSyncColumnCount)
{
    Voorziening v;
    v.meta = readSyncMeta(st);
    v.soort = st.text(c);
    v.omschrijving = st.text(c + 1);
    v.omvang = st.optionalReal(c + 2);
    v.eenheid = st.text(c + 3);
    v.start = st.date(c + 4);
    v.eind = st.date(c + 5);
    v.levering = st.text(c + 6);
    v.socialeKaartId = st.text(c + 7);
    return v;
}

Signaal readSignaal(const db::Statement& st)
{
    Signaal s;
    s.meta = readSyncMeta(st);
    s.inwonerId = st.text(6);
    s.trajectId = st.text(7);
    s.datum = st.date(8);
    s.bron = st.text(9);
    s.bronNaam = st.text(10);
    s.inhoud = st.text(11);
    return s;
}

} // namespace

TrajectRepository::TrajectRepository(db::Database& db)
    : m_db(db)
{
}

std::optional<Traject> TrajectRepository::get(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_TRAJECT_COLUMNS " FROM traject WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Traject t = readTraject(st);
    st.reset();
    t.stappen = living(allStappen(id));
    t.opschortingen = living(allOpschortingen(id));
    t.voorzieningen = living(allVoorzieningen(id));
    return t;
}

std::vector<Traject> TrajectRepository::forInwoner(const QString& inwonerId) const
{
    std::vector<Traject> result;
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_TRAJECT_COLUMNS
                           " FROM traject WHERE inwoner_id = ?1 AND deleted = 0 "
                           "ORDER BY melding_datum DESC, created_at DESC");
    st.bind(1, inwonerId);
    while (st.step())
        result.push_back(readTraject(st));
    st.reset();
    for (Traject& t : result) {
        t.stappen = living(allStappen(t.meta.id));
        t.opschortingen = living(allOpschortingen(t.meta.id));
        t.voorzieningen = living(allVoorzieningen(t.meta.id));
    }
    return result;
}

std::string TrajectRepository::dashboardSql()
{
    return "SELECT t.id, t.created_at, t.updated_at, t.hlc, t.device, t.deleted, t.inwoner_id, t.domein, "
           "t.melding_datum, t.kanaal, t.verwijzer, t.hulpvraag, t.urgentie, i.geslachtsnaam, i.roepnaam, "
           "i.voornamen, i.voorletters, i.tussenvoegsel " WD_DASHBOARD_FROM "ORDER BY t.melding_datum";
}

std::vector<TrajectMetInwoner> TrajectRepository::voorDashboard(const QString& aanspreekpunt, const QDate& vanaf,
                                                                const QDate& tot) const
{
    const EenLeesmoment snapshot(m_db);
    std::vector<TrajectMetInwoner> result;
    {
        auto st = m_db.prepare(dashboardSql());
        st.bind(1, aanspreekpunt).bind(2, vanaf).bind(3, tot);
        while (st.step()) {
            result.push_back({readTraject(st),
                              Inwoner::sorteernaam(st.text(13), st.text(14), st.text(15), st.text(16), st.text(17)),
                              {}});
        }
    }
    // The children per traject by their index: reading them with the filter as a subquery made
    // SQLite evaluate the whole filter again for every kind of child. In id order, so that the
    // lookups walk the indexes in their order and find most pages still in the cache.
    std::vector<TrajectMetInwoner*> opVolgorde;
    opVolgorde.reserve(result.size());
    for (TrajectMetInwoner& row : result)
        opVolgorde.push_back(&row);
    std::sort(opVolgorde.begin(), opVolgorde.end(),
              [](const auto* a, const auto* b) { return a->traject.meta.id < b->traject.meta.id; });
    QHash<QString, QStringList> mantelzorgers;
    auto& mz = m_db.cached("SELECT id FROM netwerkpersoon WHERE inwoner_id = ?1 AND deleted = 0 AND mantelzorger = 1 "
                           "ORDER BY rowid");
    for (TrajectMetInwoner* regel : opVolgorde) {
        TrajectMetInwoner& row = *regel;
        Traject& t = row.traject;
        t.stappen = living(allStappen(t.meta.id));
        t.opschortingen = living(allOpschortingen(t.meta.id));
        t.voorzieningen = living(allVoorzieningen(t.meta.id));
        const auto known = mantelzorgers.constFind(t.inwonerId);
        if (known != mantelzorgers.constEnd()) {
            row.mantelzorgers = *known;
            continue;
        }
        mz.bind(1, t.inwonerId);
        while (mz.step())
            row.mantelzorgers << mz.text(0);
        mz.reset();
        mantelzorgers.insert(t.inwonerId, row.mantelzorgers);
    }
    return result;
}

std::vector<TrajectStap> TrajectRepository::allStappen(const QString& trajectId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_STAP_COLUMNS
                           " FROM traject_stap WHERE traject_id = ?1 ORDER BY datum, rowid");
    return readAll<TrajectStap>(st, trajectId, readStap);
}

std::vector<TermijnOpschorting> TrajectRepository::allOpschortingen(const QString& trajectId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_OPSCHORTING_COLUMNS
                           " FROM termijn_opschorting WHERE traject_id = ?1 ORDER BY datum, rowid");
    return readAll<TermijnOpschorting>(st, trajectId, readOpschorting);
}

std::vector<Voorziening> TrajectRepository::allVoorzieningen(const QString& trajectId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_VOORZIENING_COLUMNS
                           " FROM voorziening WHERE traject_id = ?1 ORDER BY start, rowid");
    return readAll<Voorziening>(st, trajectId, readVoorziening);
}

void TrajectRepository::save(const Traject& t)
{
    auto& st = m_db.cached("INSERT INTO traject (" WD_SYNC_SELECT ", " WD_TRAJECT_COLUMNS ") VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE
                           ", inwoner_id = ?7, domein = ?8, melding_datum = ?9, kanaal = ?10, verwijzer = ?11, "
                           "hulpvraag = ?12, urgentie = ?13");
    bindSyncMeta(st, t.meta);
    st.bind(7, t.inwonerId).bind(8, t.domein).bind(9, t.meldingDatum).bind(10, t.kanaal).bind(11, t.verwijzer);
    st.bind(12, t.hulpvraag).bind(13, t.urgentie).run();
}

void TrajectRepository::save(const QString& trajectId, const TrajectStap& s)
{
    auto& st = m_db.cached("INSERT INTO traject_stap (" WD_SYNC_SELECT ", traject_id, " WD_STAP_COLUMNS
                           ") VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (id) DO UPDATE "
                           "SET " WD_SYNC_UPDATE ", traject_id = ?7, soort = ?8, betreft = ?9, datum = ?10, "
                           "door = ?11, uitkomst = ?12, toelichting = ?13");
    bindSyncMeta(st, s.meta);
    st.bind(7, trajectId).bind(8, key(s.soort)).bind(9, s.betreft).bind(10, s.datum).bind(11, s.door);
    st.bind(12, s.uitkomst).bind(13, s.toelichting).run();
}

void TrajectRepository::save(const QString& trajectId, const TermijnOpschorting& o)
{
    auto& st = m_db.cached("INSERT INTO termijn_opschorting (" WD_SYNC_SELECT ", traject_id, " WD_OPSCHORTING_COLUMNS
                           ") VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO UPDATE "
                           "SET " WD_SYNC_UPDATE ", traject_id = ?7, termijn = ?8, datum = ?9, dagen = ?10, "
                           "reden = ?11");
    bindSyncMeta(st, o.meta);
    st.bind(7, trajectId).bind(8, o.termijn).bind(9, o.datum).bind(10, o.dagen).bind(11, o.reden).run();
}

void TrajectRepository::save(const QString& trajectId, const Voorziening& v)
{
    auto& st = m_db.cached("INSERT INTO voorziening (" WD_SYNC_SELECT ", traject_id, " WD_VOORZIENING_COLUMNS
                           ") VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) ON CONFLICT (id) "
                           "DO UPDATE SET " WD_SYNC_UPDATE ", traject_id = ?7, soort = ?8, omschrijving = ?9, "
                           "omvang = ?10, eenheid = ?11, start = ?12, eind = ?13, levering = ?14, "
                           "sociale_kaart_id = ?15");
    bindSyncMeta(st, v.meta);
    st.bind(7, trajectId).bind(8, v.soort).bind(9, v.omschrijving).bind(10, v.omvang).bind(11, v.eenheid);
    st.bind(12, v.start).bind(13, v.eind).bind(14, v.levering).bind(15, v.socialeKaartId).run();
}

std::optional<Signaal> TrajectRepository::signaal(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", inwoner_id, traject_id, datum, bron, bron_naam, inhoud "
                           "FROM signaal WHERE id = ?1");
    st.bind(1, id);
    std::optional<Signaal> result;
    if (st.step())
        result = readSignaal(st);
    st.reset();
    return result;
}

std::vector<Signaal> TrajectRepository::signalen(const QString& inwonerId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", inwoner_id, traject_id, datum, bron, bron_naam, inhoud "
                           "FROM signaal WHERE inwoner_id = ?1 AND deleted = 0 ORDER BY datum DESC, created_at DESC");
    return readAll<Signaal>(st, inwonerId, [](const db::Statement& s, int) { return readSignaal(s); });
}

void TrajectRepository::save(const Signaal& s)
{
    auto& st = m_db.cached("INSERT INTO signaal (" WD_SYNC_SELECT ", inwoner_id, traject_id, datum, bron, bron_naam, "
                           "inhoud) VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (id) DO UPDATE "
                           "SET " WD_SYNC_UPDATE ", inwoner_id = ?7, traject_id = ?8, datum = ?9, bron = ?10, "
                           "bron_naam = ?11, inhoud = ?12");
    bindSyncMeta(st, s.meta);
    st.bind(7, s.inwonerId).bind(8, s.trajectId).bind(9, s.datum).bind(10, s.bron).bind(11, s.bronNaam);
    st.bind(12, s.inhoud).run();
}

int TrajectRepository::count() const
{
    auto& st = m_db.cached("SELECT count(*) FROM traject WHERE deleted = 0");
    st.step();
    const int n = st.int32(0);
    st.reset();
    return n;
}

// ---------------------------------------------------------------------------------------------

namespace {

#define WD_GESPREK_COLUMNS "traject_id, datum, vorm, samenvatting, afspraken, zrm_meting_id, afgerond, positie"

Gesprek readGesprek(const db::Statement& st)
{
    Gesprek g;
    g.meta = readSyncMeta(st);
    g.trajectId = st.text(6);
    g.datum = st.date(7);
    g.vorm = st.text(8);
    g.samenvatting = st.text(9);
    g.afspraken = st.text(10);
    g.zrmMetingId = st.text(11);
    g.afgerond = st.int64(12) != 0;
    g.positie = st.text(13);
    return g;
}

Aanwezige readAanwezige(const db::Statement& st, int c)
{
    return Aanwezige{readSyncMeta(st), st.text(c), st.text(c + 1), st.text(c + 2)};
}

BesprokenLeefgebied readLeefgebied(const db::Statement& st, int c)
{
    return BesprokenLeefgebied{readSyncMeta(st), st.text(c), st.text(c + 1), st.text(c + 2)};
}

MantelzorgVisie readVisie(const db::Statement& st, int c)
{
    return MantelzorgVisie{readSyncMeta(st), st.text(c), st.text(c + 1), st.text(c + 2)};
}

} // namespace

GesprekRepository::GesprekRepository(db::Database& db)
    : m_db(db)
{
}

std::optional<Gesprek> GesprekRepository::get(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_GESPREK_COLUMNS " FROM gesprek WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Gesprek g = readGesprek(st);
    st.reset();
    loadChildren(g);
    return g;
}

std::vector<Gesprek> GesprekRepository::forTraject(const QString& trajectId) const
{
    std::vector<Gesprek> result;
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_GESPREK_COLUMNS
                           " FROM gesprek WHERE traject_id = ?1 AND deleted = 0 ORDER BY datum DESC, created_at DESC");
    st.bind(1, trajectId);
    while (st.step())
        result.push_back(readGesprek(st));
    st.reset();
    for (Gesprek& g : result)
        loadChildren(g);
    return result;
}

QString GesprekRepository::onafgerond(const QString& inwonerId) const
{
    auto& st = m_db.cached("SELECT g.id FROM gesprek g JOIN traject t ON t.id = g.traject_id AND t.deleted = 0 "
                           "WHERE t.inwoner_id = ?1 AND g.deleted = 0 AND g.afgerond = 0 AND g.vorm = 'huisbezoek' "
                           "ORDER BY g.updated_at DESC LIMIT 1");
    st.bind(1, inwonerId);
    QString id;
    if (st.step())
        id = st.text(0);
    st.reset();
    return id;
}

void GesprekRepository::loadChildren(Gesprek& g) const
{
    g.aanwezigen = living(allAanwezigen(g.meta.id));
    g.leefgebieden = living(allLeefgebieden(g.meta.id));
    g.mantelzorg = living(allMantelzorg(g.meta.id));
}

std::vector<Aanwezige> GesprekRepository::allAanwezigen(const QString& gesprekId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", rol, netwerk_id, naam FROM gesprek_aanwezige "
                           "WHERE gesprek_id = ?1 ORDER BY rowid");
    return readAll<Aanwezige>(st, gesprekId, readAanwezige);
}

std::vector<BesprokenLeefgebied> GesprekRepository::allLeefgebieden(const QString& gesprekId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", leefgebied, status, notitie FROM gesprek_leefgebied "
                           "WHERE gesprek_id = ?1 ORDER BY rowid");
    return readAll<BesprokenLeefgebied>(st, gesprekId, readLeefgebied);
}

std::vector<MantelzorgVisie> GesprekRepository::allMantelzorg(const QString& gesprekId) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", netwerk_id, visie, behoefte FROM gesprek_mantelzorg "
                           "WHERE gesprek_id = ?1 ORDER BY rowid");
    return readAll<MantelzorgVisie>(st, gesprekId, readVisie);
}

void GesprekRepository::save(const Gesprek& g)
{
    auto& st = m_db.cached("INSERT INTO gesprek (" WD_SYNC_SELECT ", " WD_GESPREK_COLUMNS ") VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE
                           ", traject_id = ?7, datum = ?8, vorm = ?9, samenvatting = ?10, afspraken = ?11, "
                           "zrm_meting_id = ?12, afgerond = ?13, positie = ?14");
    bindSyncMeta(st, g.meta);
    st.bind(7, g.trajectId).bind(8, g.datum).bind(9, g.vorm).bind(10, g.samenvatting).bind(11, g.afspraken);
    st.bind(12, g.zrmMetingId).bind(13, g.afgerond).bind(14, g.positie).run();
}

void GesprekRepository::save(const QString& gesprekId, const Aanwezige& a)
{
    auto& st = m_db.cached("INSERT INTO gesprek_aanwezige (" WD_SYNC_SELECT ", gesprek_id, rol, netwerk_id, naam) "
                           "VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE
                           ", gesprek_id = ?7, rol = ?8, netwerk_id = ?9, naam = ?10");
    bindSyncMeta(st, a.meta);
    st.bind(7, gesprekId).bind(8, a.rol).bind(9, a.netwerkId).bind(10, a.naam).run();
}

void GesprekRepository::save(const QString& gesprekId, const BesprokenLeefgebied& l)
{
    auto& st = m_db.cached("INSERT INTO gesprek_leefgebied (" WD_SYNC_SELECT ", gesprek_id, leefgebied, status, "
                           "notitie) VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10) ON CONFLICT (id) DO UPDATE "
                           "SET " WD_SYNC_UPDATE ", gesprek_id = ?7, leefgebied = ?8, status = ?9, notitie = ?10");
    bindSyncMeta(st, l.meta);
    st.bind(7, gesprekId).bind(8, l.leefgebied).bind(9, l.status).bind(10, l.notitie).run();
}

void GesprekRepository::save(const QString& gesprekId, const MantelzorgVisie& v)
{
    auto& st = m_db.cached("INSERT INTO gesprek_mantelzorg (" WD_SYNC_SELECT ", gesprek_id, netwerk_id, visie, "
                           "behoefte) VALUES (" WD_SYNC_PARAMS ", ?7, ?8, ?9, ?10) ON CONFLICT (id) DO UPDATE "
                           "SET " WD_SYNC_UPDATE ", gesprek_id = ?7, netwerk_id = ?8, visie = ?9, behoefte = ?10");
    bindSyncMeta(st, v.meta);
    st.bind(7, gesprekId).bind(8, v.netwerkId).bind(9, v.visie).bind(10, v.behoefte).run();
}

} // namespace core::repo
