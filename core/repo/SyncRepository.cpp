// SPDX-License-Identifier: EUPL-1.2
#include "SyncRepository.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <charconv>

namespace core::repo {

namespace {

#define WD_KEUZE "(SELECT id FROM temp.sync_keuze)"

} // namespace

const std::vector<SyncTable>& syncTables()
{
    static const std::vector<SyncTable> tables = {
        {"inwoner", {}, "t.id IN " WD_KEUZE, {"sort_key", "zoek_pos"}},
        {"huishouden", {}, "t.id IN (SELECT huishouden_id FROM huishoudlid WHERE inwoner_id IN " WD_KEUZE ")", {}},
        {"huishoudlid",
         {{"huishouden_id", "huishouden"}, {"inwoner_id", "inwoner"}},
         "t.inwoner_id IN " WD_KEUZE " OR (t.inwoner_id IS NULL AND t.huishouden_id IN (SELECT huishouden_id FROM "
         "huishoudlid WHERE inwoner_id IN " WD_KEUZE "))",
         {}},
        {"netwerkpersoon", {{"inwoner_id", "inwoner"}}, "t.inwoner_id IN " WD_KEUZE, {}},
        {"zrm_meting", {{"inwoner_id", "inwoner"}}, "t.inwoner_id IN " WD_KEUZE, {}},
        {"zrm_score",
         {{"meting_id", "zrm_meting"}},
         "t.meting_id IN (SELECT id FROM zrm_meting WHERE inwoner_id IN " WD_KEUZE ")",
         {}},
        {"traject", {{"inwoner_id", "inwoner"}}, "t.inwoner_id IN " WD_KEUZE, {}},
        {"traject_stap",
         {{"traject_id", "traject"}},
         "t.traject_id IN (SELECT id FROM traject WHERE inwoner_id IN " WD_KEUZE ")",
         {}},
        {"termijn_opschorting",
         {{"traject_id", "traject"}},
         "t.traject_id IN (SELECT id FROM traject WHERE inwoner_id IN " WD_KEUZE ")",
         {}},
        {"sociale_kaart", {}, "1", {"zoektekst"}},
        {"voorziening",
         {{"traject_id", "traject"}},
         "t.traject_id IN (SELECT id FROM traject WHERE inwoner_id IN " WD_KEUZE ")",
         {}},
        {"gesprek",
         {{"traject_id", "traject"}},
         "t.traject_id IN (SELECT id FROM traject WHERE inwoner_id IN " WD_KEUZE ")",
         {}},
        {"gesprek_aanwezige",
         {{"gesprek_id", "gesprek"}},
         "t.gesprek_id IN (SELECT g.id FROM gesprek g JOIN traject r ON r.id = g.traject_id WHERE r.inwoner_id "
         "IN " WD_KEUZE ")",
         {}},
        {"gesprek_leefgebied",
         {{"gesprek_id", "gesprek"}},
         "t.gesprek_id IN (SELECT g.id FROM gesprek g JOIN traject r ON r.id = g.traject_id WHERE r.inwoner_id "
         "IN " WD_KEUZE ")",
         {}},
        {"gesprek_mantelzorg",
         {{"gesprek_id", "gesprek"}},
         "t.gesprek_id IN (SELECT g.id FROM gesprek g JOIN traject r ON r.id = g.traject_id WHERE r.inwoner_id "
         "IN " WD_KEUZE ")",
         {}},
        {"signaal", {{"inwoner_id", "inwoner"}}, "t.inwoner_id IN " WD_KEUZE, {}},
        {"plan", {{"inwoner_id", "inwoner"}}, "t.inwoner_id IN " WD_KEUZE, {}},
        {"plan_doel", {{"plan_id", "plan"}}, "t.plan_id IN (SELECT id FROM plan WHERE inwoner_id IN " WD_KEUZE ")", {}},
        {"plan_actie",
         {{"doel_id", "plan_doel"}},
         "t.doel_id IN (SELECT d.id FROM plan_doel d JOIN plan p ON p.id = d.plan_id WHERE p.inwoner_id IN " WD_KEUZE
         ")",
         {}},
        {"document_archief", {{"inwoner_id", "inwoner"}}, "t.inwoner_id IN " WD_KEUZE, {}},
        {"document_bijlage",
         {{"archief_id", "document_archief"}},
         "t.archief_id IN (SELECT id FROM document_archief WHERE inwoner_id IN " WD_KEUZE ")",
         {}},
        // Conflicts travel with full exports and exchanges, not with one handed-over dossier.
        {"sync_conflict", {}, "0", {}},
    };
    return tables;
}

#undef WD_KEUZE

const SyncTable* syncTable(std::string_view name)
{
    for (const SyncTable& table : syncTables()) {
        if (name == table.name)
            return &table;
    }
    return nullptr;
}

// --- version vectors --------------------------------------------------------------------------

std::optional<VersionVector> parseVersionVector(std::string_view json)
{
    // The stored form is compact JSON without spaces, written by versionVectorJson or SQLite's
    // json_set: {"device":123,"other":456}. Device ids are UUIDs: no escapes.
    VersionVector vv;
    size_t i = 0;
    auto at = [&](char c) { return i < json.size() && json[i] == c; };
    if (!at('{'))
        return std::nullopt;
    ++i;
    if (at('}'))
        return ++i == json.size() ? std::optional(vv) : std::nullopt;
    for (;;) {
        if (!at('"'))
            return std::nullopt;
        const size_t start = ++i;
        while (i < json.size() && json[i] != '"' && json[i] != '\\')
            ++i;
        if (!at('"') || i == start)
            return std::nullopt;
        std::string device(json.substr(start, i - start));
        ++i;
        if (!at(':'))
            return std::nullopt;
        ++i;
        std::int64_t value = 0;
        const auto [ptr, ec] = std::from_chars(json.data() + i, json.data() + json.size(), value);
        if (ec != std::errc() || value <= 0)
            return std::nullopt;
        i = static_cast<size_t>(ptr - json.data());
        if (!vv.emplace(std::move(device), value).second)
            return std::nullopt;
        if (at(',')) {
            ++i;
            continue;
        }
        if (at('}') && i + 1 == json.size())
            return vv;
        return std::nullopt;
    }
}

std::string versionVectorJson(const VersionVector& vv)
{
    std::string out = "{";
    for (const auto& [device, hlc] : vv) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += device;
        out += "\":";
        out += std::to_string(hlc);
    }
    out += '}';
    return out;
}

bool dominates(const VersionVector& a, const VersionVector& b)
{
    for (const auto& [device, hlc] : b) {
        const auto it = a.find(device);
        if (it == a.end() || it->second < hlc)
            return false;
    }
    return true;
}

VersionVector mergeVersionVectors(const VersionVector& a, const VersionVector& b)
{
    VersionVector merged = a;
    for (const auto& [device, hlc] : b) {
        auto& slot = merged[device];
        slot = std::max(slot, hlc);
    }
    return merged;
}

// --- SyncRepository ---------------------------------------------------------------------------

SyncRepository::SyncRepository(db::Database& db)
    : m_db(db)
{
}

SyncRepository::~SyncRepository() = default;

db::Statement& SyncRepository::statement(const std::string& sql)
{
    auto& slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<db::Statement>(m_db.prepare(sql));
    else
        slot->reset();
    return *slot;
}

const std::vector<SyncColumn>& SyncRepository::columns(const std::string& table)
{
    auto found = m_columns.find(table);
    if (found != m_columns.end())
        return found->second;
    const SyncTable* spec = syncTable(table);
    std::vector<SyncColumn> result;
    auto st = m_db.prepare("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info(?1)");
    st.bind(1, std::string_view(table));
    while (st.step()) {
        SyncColumn column;
        column.name = std::string(st.bytes(0));
        bool local = false;
        for (const char* name : spec ? spec->lokaal : std::vector<const char*>{})
            local = local || column.name == name;
        if (local)
            continue;
        const QString type = st.text(1).toUpper();
        column.affinity = type.contains(QLatin1String("INT"))    ? SyncValue::Kind::Integer
                          : type.contains(QLatin1String("REAL")) ? SyncValue::Kind::Real
                          : type.contains(QLatin1String("BLOB")) ? SyncValue::Kind::Blob
                                                                 : SyncValue::Kind::Text;
        column.notNull = st.int64(2) != 0;
        column.hasDefault = !st.isNull(3);
        column.emptyDefault = st.bytes(3) == "''";
        result.push_back(std::move(column));
    }
    return m_columns.emplace(table, std::move(result)).first->second;
}

int SyncRepository::columnIndex(const std::string& table, const std::string& name)
{
    const auto& cols = columns(table);
    for (size_t i = 0; i < cols.size(); ++i) {
        if (cols[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

namespace {

void readValue(const db::Statement& st, int column, SyncValue& value)
{
    switch (st.kind(column)) {
    case db::Statement::Kind::Null:
        value.kind = SyncValue::Kind::Null;
        break;
    case db::Statement::Kind::Integer:
        value.kind = SyncValue::Kind::Integer;
        value.integer = st.int64(column);
        break;
    case db::Statement::Kind::Real:
        value.kind = SyncValue::Kind::Real;
        value.real = st.real(column);
        break;
    case db::Statement::Kind::Text:
        value.kind = SyncValue::Kind::Text;
        value.bytes.assign(st.bytes(column));
        break;
    case db::Statement::Kind::Blob:
        value.kind = SyncValue::Kind::Blob;
        value.bytes.assign(st.bytes(column));
        break;
    }
}

void bindValue(db::Statement& st, int index, const SyncValue& value)
{
    switch (value.kind) {
    case SyncValue::Kind::Null:
        st.bindNull(index);
        break;
    case SyncValue::Kind::Integer:
        st.bind(index, static_cast<qint64>(value.integer));
        break;
    case SyncValue::Kind::Real:
        st.bind(index, value.real);
        break;
    case SyncValue::Kind::Text:
        st.bind(index, std::string_view(value.bytes));
        break;
    case SyncValue::Kind::Blob:
        st.bindBlob(index, value.bytes);
        break;
    }
}

std::string selectList(const std::vector<SyncColumn>& cols, const std::vector<int>& which)
{
    std::string list;
    for (const int i : which) {
        if (!list.empty())
            list += ", ";
        const std::string& name = cols[static_cast<size_t>(i)].name;
        // The stored vv may be empty: that means {device: hlc}.
        list += name == "vv" ? "CASE WHEN t.vv = '' THEN json_object(t.device, t.hlc) ELSE t.vv END" : "t." + name;
    }
    return list;
}

} // namespace

void SyncRepository::forEach(const std::string& table, const std::string& where, std::int64_t hlcBound,
                             const std::function<bool(const SyncRow&)>& visit)
{
    const auto& cols = columns(table);
    std::vector<int> all(cols.size());
    for (size_t i = 0; i < cols.size(); ++i)
        all[i] = static_cast<int>(i);
    std::string sql = "SELECT " + selectList(cols, all) + " FROM " + table + " t";
    if (!where.empty())
        sql += " WHERE " + where;
    sql += " ORDER BY t.rowid";
    auto st = m_db.prepare(sql);
    st.bindIfPresent(":hlc", static_cast<qint64>(hlcBound));
    SyncRow row(cols.size());
    while (st.step()) {
        for (size_t i = 0; i < cols.size(); ++i)
            readValue(st, static_cast<int>(i), row[i]);
        if (!visit(row))
            break;
    }
}

std::string SyncRepository::findSql(const std::string& table, const std::vector<int>& cols)
{
    return "SELECT " + selectList(columns(table), cols) + " FROM " + table + " t WHERE t.id = ?1";
}

std::string SyncRepository::upsertSql(const std::string& table, const std::vector<int>& cols)
{
    const auto& all = columns(table);
    std::string names;
    std::string params;
    std::string updates;
    for (size_t i = 0; i < cols.size(); ++i) {
        const std::string& name = all[static_cast<size_t>(cols[i])].name;
        names += (i ? ", " : "") + name;
        params += (i ? ", ?" : "?") + std::to_string(i + 1);
        if (name != "id")
            updates += (updates.empty() ? "" : ", ") + name + " = excluded." + name;
    }
    return "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ") ON CONFLICT (id) DO UPDATE SET " +
           updates;
}

bool SyncRepository::find(const std::string& sql, const std::string& id, SyncRow& out)
{
    auto& st = statement(sql);
    st.bind(1, std::string_view(id));
    if (!st.step())
        return false;
    for (size_t i = 0; i < out.size(); ++i)
        readValue(st, static_cast<int>(i), out[i]);
    st.reset();
    return true;
}

void SyncRepository::upsert(const std::string& sql, const SyncRow& row)
{
    auto& st = statement(sql);
    for (size_t i = 0; i < row.size(); ++i)
        bindValue(st, static_cast<int>(i + 1), row[i]);
    st.run();
    st.reset();
}

bool SyncRepository::find(const std::string& table, const std::string& id, const std::vector<int>& cols, SyncRow& out)
{
    out.resize(cols.size());
    return find(findSql(table, cols), id, out);
}

void SyncRepository::upsert(const std::string& table, const std::vector<int>& cols, const SyncRow& row)
{
    upsert(upsertSql(table, cols), row);
}

void SyncRepository::setVersionVector(const std::string& table, const std::string& id, const std::string& vv)
{
    auto& st = statement("UPDATE " + table + " SET vv = ?2 WHERE id = ?1");
    st.bind(1, std::string_view(id));
    st.bind(2, std::string_view(vv));
    st.run();
    st.reset();
}

std::vector<std::string> SyncRepository::orphans(const std::string& table, const SyncParent& parent, int limit)
{
    auto st = m_db.prepare("SELECT c.id FROM " + table + " c WHERE c." + parent.column +
                           " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + parent.table + " p WHERE p.id = c." +
                           parent.column + ") LIMIT ?1");
    st.bind(1, limit);
    std::vector<std::string> ids;
    while (st.step())
        ids.emplace_back(st.bytes(0));
    return ids;
}

void SyncRepository::setKeuze(const std::vector<QString>& inwonerIds)
{
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS sync_keuze (id TEXT PRIMARY KEY NOT NULL)");
    m_db.exec("DELETE FROM temp.sync_keuze");
    auto st = m_db.prepare("INSERT OR IGNORE INTO temp.sync_keuze (id) VALUES (?1)");
    for (const QString& id : inwonerIds) {
        st.bind(1, id);
        st.run();
        st.reset();
    }
}

std::int64_t SyncRepository::maxHlc()
{
    std::string sql = "SELECT max(0";
    for (const SyncTable& table : syncTables())
        sql += std::string(", coalesce((SELECT max(hlc) FROM ") + table.name + "), 0)";
    sql += ")";
    return m_db.scalar(sql);
}

std::vector<ConflictRecord> SyncRepository::conflicts(bool all, const std::string& id)
{
    std::string sql = "SELECT id, tabel, rij_id, soort, verliezer, verliezer_hlc, verliezer_device, "
                      "coalesce(opgelost_op, ''), keuze FROM sync_conflict WHERE deleted = 0";
    if (!id.empty())
        sql += " AND id = :id";
    else if (!all)
        sql += " AND opgelost_op IS NULL";
    sql += " ORDER BY verliezer_hlc DESC";
    auto st = m_db.prepare(sql);
    if (!id.empty())
        st.bind(1, std::string_view(id));
    std::vector<ConflictRecord> result;
    while (st.step()) {
        ConflictRecord c;
        c.id = st.bytes(0);
        c.tabel = st.bytes(1);
        c.rijId = st.bytes(2);
        c.soort = st.bytes(3);
        c.verliezer = st.bytes(4);
        c.verliezerHlc = st.int64(5);
        c.verliezerDevice = st.bytes(6);
        c.opgelostOp = st.bytes(7);
        c.keuze = st.bytes(8);
        result.push_back(std::move(c));
    }
    return result;
}

void SyncRepository::resolveConflict(const std::string& id, const std::string& keuze, const QString& now,
                                     std::int64_t hlc, const QString& device)
{
    auto st = m_db.prepare("UPDATE sync_conflict SET opgelost_op = ?2, keuze = ?3, updated_at = ?2, hlc = ?4, "
                           "device = ?5 WHERE id = ?1");
    st.bind(1, std::string_view(id)).bind(2, now).bind(3, std::string_view(keuze));
    st.bind(4, static_cast<qint64>(hlc)).bind(5, device);
    st.run();
}

void SyncRepository::update(const std::string& table, const std::string& id, const std::vector<int>& cols,
                            const SyncRow& values)
{
    if (cols.empty())
        return;
    const auto& all = columns(table);
    std::string sets;
    for (size_t i = 0; i < cols.size(); ++i)
        sets += (i ? ", " : "") + all[static_cast<size_t>(cols[i])].name + " = ?" + std::to_string(i + 2);
    auto st = m_db.prepare("UPDATE " + table + " SET " + sets + " WHERE id = ?1");
    st.bind(1, std::string_view(id));
    for (size_t i = 0; i < cols.size(); ++i)
        bindValue(st, static_cast<int>(i + 2), values[i]);
    st.run();
}

std::vector<std::vector<std::string>> SyncRepository::duplicates(const std::string& table,
                                                                 const std::vector<std::string>& key)
{
    std::string columns;
    for (const std::string& column : key)
        columns += (columns.empty() ? "" : ", ") + column;
    auto st = m_db.prepare("SELECT id, " + columns + " FROM " + table + " WHERE deleted = 0 AND (" + columns +
                           ") IN (SELECT " + columns + " FROM " + table + " WHERE deleted = 0 GROUP BY " + columns +
                           " HAVING count(*) > 1) ORDER BY " + columns + ", hlc DESC, device DESC");
    std::vector<std::vector<std::string>> groups;
    std::vector<std::string> previous;
    while (st.step()) {
        std::vector<std::string> values;
        for (size_t i = 0; i < key.size(); ++i)
            values.emplace_back(st.bytes(static_cast<int>(i + 1)));
        if (groups.empty() || values != previous)
            groups.emplace_back();
        groups.back().emplace_back(st.bytes(0));
        previous = std::move(values);
    }
    return groups;
}

void SyncRepository::tombstone(const std::string& table, const std::string& id, const QString& now, std::int64_t hlc,
                               const QString& device)
{
    auto st =
        m_db.prepare("UPDATE " + table + " SET deleted = 1, updated_at = ?2, hlc = ?3, device = ?4 WHERE id = ?1");
    st.bind(1, std::string_view(id)).bind(2, now).bind(3, static_cast<qint64>(hlc)).bind(4, device);
    st.run();
}

std::int64_t SyncRepository::peerOndergrens(const QString& peer)
{
    auto st = m_db.prepare("SELECT verzonden_tot FROM sync_peer WHERE naam = ?1");
    st.bind(1, peer);
    return st.step() ? st.int64(0) : 0;
}

void SyncRepository::peerExported(const QString& peer, std::int64_t hlc, const QString& now)
{
    auto st = m_db.prepare("INSERT INTO sync_peer (naam, verzonden_tot, laatste_export) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (naam) DO UPDATE SET verzonden_tot = ?2, laatste_export = ?3");
    st.bind(1, peer).bind(2, static_cast<qint64>(hlc)).bind(3, now);
    st.run();
}

std::vector<std::pair<QString, QString>> SyncRepository::peers()
{
    auto st = m_db.prepare("SELECT naam, coalesce(laatste_export, '') FROM sync_peer ORDER BY naam COLLATE NOCASE");
    std::vector<std::pair<QString, QString>> result;
    while (st.step())
        result.emplace_back(st.text(0), st.text(1));
    return result;
}

} // namespace core::repo
