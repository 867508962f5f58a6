// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace core::db {
class Database;
class Statement;
} // namespace core::db

namespace core::repo {

/// One value of a row as it travels in a bundle.
struct SyncValue {
    enum class Kind : std::uint8_t { Null, Integer, Real, Text, Blob };
    Kind kind = Kind::Null;
    std::int64_t integer = 0;
    double real = 0;
    std::string bytes; ///< UTF-8 for Text, raw for Blob

    bool operator==(const SyncValue& other) const = default;
};
using SyncRow = std::vector<SyncValue>;

/// A column of a synced table as SQLite declares it.
struct SyncColumn {
    std::string name;
    SyncValue::Kind affinity = SyncValue::Kind::Text; ///< Integer, Real, Text or Blob
    bool notNull = false;
    bool hasDefault = false;
    bool emptyDefault = false; ///< DEFAULT ''
};

/// A reference to a parent row that must exist (the REFERENCES of the schema).
struct SyncParent {
    const char* column;
    const char* table;
};

/// A table whose rows travel in bundles, in the order parents come before children.
struct SyncTable {
    const char* name;
    std::vector<SyncParent> parents;
    /// The rows that belong to the selected inwoners (in temp.sync_keuze), as a condition on alias t.
    const char* keuze;
    /// Columns computed from others on this device (search keys): not exchanged.
    std::vector<const char*> lokaal;
};

/// Every synced table, parents first.
const std::vector<SyncTable>& syncTables();
const SyncTable* syncTable(std::string_view name);

/// A version vector: per device, the clock value of the newest write it made to a row.
using VersionVector = std::map<std::string, std::int64_t>;

/// Parses the vv column text ("" means {device: hlc}); nullopt when it is not a vector.
std::optional<VersionVector> parseVersionVector(std::string_view json);
/// Sorted, compact JSON: the form stored and exchanged.
std::string versionVectorJson(const VersionVector& vv);
/// a ≥ b for every device.
bool dominates(const VersionVector& a, const VersionVector& b);
VersionVector mergeVersionVectors(const VersionVector& a, const VersionVector& b);

/// A row of sync_conflict.
struct ConflictRecord {
    std::string id;
    std::string tabel;
    std::string rijId;
    std::string soort;
    std::string verliezer; ///< JSON object of the losing version's columns
    std::int64_t verliezerHlc = 0;
    std::string verliezerDevice;
    std::string opgelostOp;
    std::string keuze;
};

/// Reads and writes synced rows generically, by column name, for export and merge. Derived data
/// (the inwoner search index, the sociale kaart search text) is refreshed by the repositories
/// that own it, not here.
class SyncRepository {
public:
    explicit SyncRepository(db::Database& db);
    ~SyncRepository();

    /// The exchanged columns of `table` in schema order (vv included).
    const std::vector<SyncColumn>& columns(const std::string& table);
    /// Index of `name` in columns(table), or -1.
    int columnIndex(const std::string& table, const std::string& name);

    /// Calls `visit` for every row of `table` that matches `where` (SQL on alias t; empty = all),
    /// with `hlcBound` bound to :hlc when the condition uses it. The vv value is the full vector.
    /// `visit` returns false to stop. The same row object is reused between calls.
    void forEach(const std::string& table, const std::string& where, std::int64_t hlcBound,
                 const std::function<bool(const SyncRow&)>& visit);

    /// The local row `id` with the values of the columns `cols` (indexes into columns(table)).
    bool find(const std::string& table, const std::string& id, const std::vector<int>& cols, SyncRow& out);
    /// Inserts the row, or overwrites the existing row with the same id, with the values of `cols`.
    void upsert(const std::string& table, const std::vector<int>& cols, const SyncRow& row);
    /// The SQL of find() and upsert(), for callers that repeat them for many rows: build once, run
    /// with the overloads below.
    std::string findSql(const std::string& table, const std::vector<int>& cols);
    std::string upsertSql(const std::string& table, const std::vector<int>& cols);
    bool find(const std::string& sql, const std::string& id, SyncRow& out);
    void upsert(const std::string& sql, const SyncRow& row);
    void setVersionVector(const std::string& table, const std::string& id, const std::string& vv);

    /// Rows of `table` whose parent in `parent` is missing, among all rows (at most `limit` ids).
    std::vector<std::string> orphans(const std::string& table, const SyncParent& parent, int limit);
    /// The selection used by the keuze conditions: replaces temp.sync_keuze with these inwoner ids.
    void setKeuze(const std::vector<QString>& inwonerIds);
    /// The highest clock value in any synced table.
    std::int64_t maxHlc();

    /// Conflicts, open ones only unless `all`, newest loser first; or the one with `id`.
    std::vector<ConflictRecord> conflicts(bool all, const std::string& id = {});
    /// Marks a conflict resolved with `keuze`, as a write stamped with `hlc`/`device`/`now`.
    void resolveConflict(const std::string& id, const std::string& keuze, const QString& now, std::int64_t hlc,
                         const QString& device);
    /// Writes `values` into the columns `cols` of the row `id` (a local edit; the caller stamps it).
    void update(const std::string& table, const std::string& id, const std::vector<int>& cols, const SyncRow& values);

    /// Living rows of `table` that share the values of `key` with another living row (two devices
    /// recorded the same step, score or leefgebied): per group the ids, the last writer first.
    std::vector<std::vector<std::string>> duplicates(const std::string& table, const std::vector<std::string>& key);
    /// Tombstones the row as a local write stamped with `now`, `hlc` and `device`.
    void tombstone(const std::string& table, const std::string& id, const QString& now, std::int64_t hlc,
                   const QString& device);

    /// The clock value above which rows go to `peer` next time (0: everything).
    std::int64_t peerOndergrens(const QString& peer);
    void peerExported(const QString& peer, std::int64_t hlc, const QString& now);
    std::vector<std::pair<QString, QString>> peers(); ///< name, last export time

private:
    db::Statement& statement(const std::string& sql);

    db::Database& m_db;
    std::map<std::string, std::vector<SyncColumn>> m_columns;
    std::unordered_map<std::string, std::unique_ptr<db::Statement>> m_statements;
};

} // namespace core::repo
