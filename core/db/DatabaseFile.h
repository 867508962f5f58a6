// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Migrator.h"
#include "Result.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace core::db {

class Database;

/// A database file opened for this process alone: locked, migrated and configured.
struct OpenedDatabase {
    std::unique_ptr<QLockFile> lock; // released last
    std::unique_ptr<Database> db;
    Migrator::Outcome outcome = Migrator::Outcome::UpToDate;
    int fromVersion = 0;
    QString backupPath; ///< set when an upgrade made a backup
};

/// Opens Wijkdossier database files the safe way: refuses what is not a SQLite file, a file written
/// by a newer version, a read-only location and a file another instance has open, each with a clear
/// message and without touching the file. New files are created with mode 0600; WAL, foreign keys
/// and secure_delete are switched on; an existing file is backed up before it is migrated.
class DatabaseFile {
public:
    static Result<OpenedDatabase> open(const QString& path, const Migrator& migrator, const QDateTime& now);
    static Result<OpenedDatabase> open(const QString& path, const QDateTime& now);
    /// Sets what every connection to a Wijkdossier file needs (WAL, foreign keys, secure_delete,
    /// cache size); also for a second connection to an open file. Throws DatabaseError.
    static void configure(Database& db);

    /// Where the consulent's own database lives: AppDataLocation/wijkdossier.sqlite.
    static QString defaultPath();
    /// The separate demo database, so a newcomer never touches real data.
    static QString demoPath();
};

} // namespace core::db
