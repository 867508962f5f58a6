// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace core::db {

class Database;

/// One numbered schema step. `apply` runs inside the migrator's transaction.
struct Migration {
    int version = 0;
    QString description;
    std::function<void(Database&)> apply;
};

/// Brings a database to the newest schema, one numbered step at a time, each in its own
/// transaction, recording progress in PRAGMA user_version.
class Migrator {
public:
    enum class Outcome {
        Created,     ///< the file was empty; the whole schema was created
        UpToDate,    ///< nothing to do
        Upgraded,    ///< older schema; a backup was made, then the missing steps ran
        NewerThanApp ///< written by a newer version; nothing was changed
    };

    explicit Migrator(std::vector<Migration> steps);
    /// The steps of this version of Wijkdossier.
    static std::vector<Migration> builtIn();

    int targetVersion() const;
    /// The file's current schema version.
    static int versionOf(Database& db);
    /// Migrates `db`. Before upgrading an existing schema the database is copied to `backupPath`
    /// (VACUUM INTO). Throws DatabaseError when a step fails; that step is rolled back and the
    /// steps before it stay.
    Outcome migrate(Database& db, const QString& backupPath) const;

private:
    std::vector<Migration> m_steps;
};

} // namespace core::db
