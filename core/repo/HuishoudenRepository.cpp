// SPDX-License-Identifier: EUPL-1.2
#include "HuishoudenRepository.h"

#include "SyncColumns.h"
#include "db/Database.h"
#include "model/Inwoner.h"

namespace core::repo {

namespace {

#define WD_LID_COLUMNS                                                                                                 \
    "l.id, l.created_at, l.updated_at, l.hlc, l.device, l.deleted, l.huishouden_id, l.inwoner_id, "                    \
    "CASE WHEN i.id IS NULL THEN l.naam ELSE trim(coalesce(nullif(i.roepnaam, ''), nullif(i.voornamen, ''), "          \
    "i.voorletters) || ' ' || i.tussenvoegsel) || ' ' || i.geslachtsnaam END, l.rol, "                                 \
    "coalesce(i.geboortedatum, l.geboortedatum)"

Huishoudlid readLid(const db::Statement& st)
{
    Huishoudlid lid;
    lid.meta = readSyncMeta(st);
    lid.huishoudenId = st.text(6);
    lid.inwonerId = st.text(7);
    lid.naam = st.text(8).simplified();
    lid.rol = st.text(9);
    lid.geboortedatum = st.date(10);
    return lid;
}

} // namespace

HuishoudenRepository::HuishoudenRepository(db::Database& db)
    : m_db(db)
{
}

std::optional<Huishouden> HuishoudenRepository::get(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", naam FROM huishouden WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Huishouden h;
    h.meta = readSyncMeta(st);
    h.naam = st.text(kSyncColumnCount);
    st.reset();

    auto& leden = m_db.cached("SELECT " WD_LID_COLUMNS " FROM huishoudlid l LEFT JOIN inwoner i ON i.id = l.inwoner_id "
                              "WHERE l.huishouden_id = ?1 AND l.deleted = 0 ORDER BY l.created_at, l.rowid");
    leden.bind(1, id);
    while (leden.step())
        h.leden.push_back(readLid(leden));
    leden.reset();
    return h;
}

std::optional<Huishouden> HuishoudenRepository::forInwoner(const QString& inwonerId) const
{
    auto& st = m_db.cached("SELECT l.huishouden_id FROM huishoudlid l JOIN huishouden h ON h.id = l.huishouden_id "
                           "WHERE l.inwoner_id = ?1 AND l.deleted = 0 AND h.deleted = 0 LIMIT 1");
    st.bind(1, inwonerId);
    if (!st.step())
        return std::nullopt;
    const QString id = st.text(0);
    st.reset();
    return get(id);
}

std::optional<Huishoudlid> HuishoudenRepository::lid(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_LID_COLUMNS " FROM huishoudlid l LEFT JOIN inwoner i ON i.id = l.inwoner_id "
                           "WHERE l.id = ?1");
    st.bind(1, id);
    std::optional<Huishoudlid> lid;
    if (st.step())
        lid = readLid(st);
    st.reset();
    return lid;
}

void HuishoudenRepository::save(const Huishouden& h)
{
    auto& st = m_db.cached("INSERT INTO huishouden (" WD_SYNC_SELECT ", naam) VALUES (" WD_SYNC_PARAMS
                           ", ?7) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE ", naam = ?7");
    bindSyncMeta(st, h.meta);
    st.bind(7, h.naam).run();
}

void HuishoudenRepository::save(const Huishoudlid& lid)
{
    auto& st = m_db.cached("INSERT INTO huishoudlid (" WD_SYNC_SELECT
                           ", huishouden_id, inwoner_id, naam, rol, geboortedatum) VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE
                           ", huishouden_id = ?7, inwoner_id = ?8, naam = ?9, rol = ?10, geboortedatum = ?11");
    bindSyncMeta(st, lid.meta);
    st.bind(7, lid.huishoudenId).bindOptional(8, lid.inwonerId);
    // A member who is an inwoner takes name and birth date from the inwoner record.
    st.bind(9, lid.inwonerId.isEmpty() ? lid.naam : QString());
    st.bind(10, lid.rol).bind(11, lid.inwonerId.isEmpty() ? lid.geboortedatum : QDate());
    st.run();
}

} // namespace core::repo
