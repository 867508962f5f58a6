// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkRepository.h"

#include "SyncColumns.h"
#include "db/Database.h"

namespace core::repo {

namespace {

#define WD_NETWERK_COLUMNS                                                                                             \
    WD_SYNC_SELECT ", inwoner_id, naam, relatie, organisatie, doet_nu, kan_meer, nabijheid, telefoon, email, adres, "  \
                   "toestemming, toestemming_datum, mantelzorger, mz_uren_per_week, mz_sinds, mz_taken, "              \
                   "mz_belasting, mz_eigen_behoefte, mz_respijtzorg_wens"

NetwerkPersoon read(const db::Statement& st)
{
    NetwerkPersoon p;
    p.meta = readSyncMeta(st);
    int c = kSyncColumnCount;
    p.inwonerId = st.text(c++);
    p.naam = st.text(c++);
    p.relatie = relatieFromKey(st.text(c++)).value_or(Relatie::Anders);
    p.organisatie = st.text(c++);
    p.doetNu = st.text(c++);
    p.kanMeer = st.text(c++);
    p.nabijheid = st.int32(c++);
    p.telefoon = st.text(c++);
    p.email = st.text(c++);
    p.adres = st.text(c++);
    p.toestemming = toestemmingFromKey(st.text(c++)).value_or(Toestemming::Onbekend);
    p.toestemmingDatum = st.date(c++);
    if (st.int64(c++) != 0) {
        Mantelzorg mz;
        mz.urenPerWeek = st.optionalReal(c).value_or(0);
        mz.sinds = st.date(c + 1);
        mz.taken = st.text(c + 2);
        mz.belastingEdiz = st.optionalInt(c + 3);
        mz.eigenBehoefte = st.text(c + 4);
        mz.respijtzorgWens = st.text(c + 5);
        p.mantelzorg = mz;
    }
    return p;
}

} // namespace

NetwerkRepository::NetwerkRepository(db::Database& db)
    : m_db(db)
{
}

std::optional<NetwerkPersoon> NetwerkRepository::get(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_NETWERK_COLUMNS " FROM netwerkpersoon WHERE id = ?1");
    st.bind(1, id);
    std::optional<NetwerkPersoon> p;
    if (st.step())
        p = read(st);
    st.reset();
    return p;
}

std::vector<NetwerkPersoon> NetwerkRepository::forInwoner(const QString& inwonerId) const
{
    auto& st = m_db.cached("SELECT " WD_NETWERK_COLUMNS " FROM netwerkpersoon WHERE inwoner_id = ?1 AND deleted = 0 "
                           "ORDER BY nabijheid, naam COLLATE NOCASE");
    st.bind(1, inwonerId);
    std::vector<NetwerkPersoon> persons;
    while (st.step())
        persons.push_back(read(st));
    st.reset();
    return persons;
}

void NetwerkRepository::save(const NetwerkPersoon& p)
{
    auto& st = m_db.cached("INSERT INTO netwerkpersoon (" WD_NETWERK_COLUMNS ") VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, "
                           "?25) ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE
                           ", inwoner_id = ?7, naam = ?8, relatie = ?9, organisatie = ?10, doet_nu = ?11, "
                           "kan_meer = ?12, nabijheid = ?13, telefoon = ?14, email = ?15, adres = ?16, "
                           "toestemming = ?17, toestemming_datum = ?18, mantelzorger = ?19, mz_uren_per_week = ?20, "
                           "mz_sinds = ?21, mz_taken = ?22, mz_belasting = ?23, mz_eigen_behoefte = ?24, "
                           "mz_respijtzorg_wens = ?25");
    bindSyncMeta(st, p.meta);
    st.bind(7, p.inwonerId).bind(8, p.naam).bind(9, key(p.relatie)).bind(10, p.organisatie).bind(11, p.doetNu);
    st.bind(12, p.kanMeer).bind(13, p.nabijheid).bind(14, p.telefoon).bind(15, p.email).bind(16, p.adres);
    st.bind(17, key(p.toestemming)).bind(18, p.toestemmingDatum).bind(19, p.isMantelzorger());
    if (p.mantelzorg) {
        const Mantelzorg& mz = *p.mantelzorg;
        st.bind(20, mz.urenPerWeek).bind(21, mz.sinds).bind(22, mz.taken).bind(23, mz.belastingEdiz);
        st.bind(24, mz.eigenBehoefte).bind(25, mz.respijtzorgWens);
    } else {
        st.bindNull(20).bindNull(21).bind(22, QString()).bindNull(23).bind(24, QString()).bind(25, QString());
    }
    st.run();
}

} // namespace core::repo
