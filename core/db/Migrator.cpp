// SPDX-License-Identifier: EUPL-1.2
#include "Migrator.h"

#include "Database.h"

#include <QFile>

#include <algorithm>

#include <sys/stat.h>

namespace core::db {

Migrator::Migrator(std::vector<Migration> steps)
    : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
}

int Migrator::targetVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

int Migrator::versionOf(Database& db)
{
    return static_cast<int>(db.scalar("PRAGMA user_version"));
}

Migrator::Outcome Migrator::migrate(Database& db, const QString& backupPath) const
{
    const int current = versionOf(db);
    const int target = targetVersion();
    if (current > target)
        return Outcome::NewerThanApp;
    if (current == target)
        return Outcome::UpToDate;
    if (current > 0 && !backupPath.isEmpty()) {
        // The backup holds everything the dossier holds: create it owner-only from the first byte.
        const mode_t previous = ::umask(0077);
        try {
            db.vacuumInto(backupPath);
        } catch (...) {
            ::umask(previous);
            throw;
        }
        ::umask(previous);
        QFile::setPermissions(backupPath, QFile::ReadOwner | QFile::WriteOwner);
    }
    for (const Migration& step : m_steps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        step.apply(db);
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
    }
    return current == 0 ? Outcome::Created : Outcome::Upgraded;
}

} // namespace core::db
