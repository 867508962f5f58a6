// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Migrator.h"
#include "Result.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <QStringList>

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
    /// What the user should know although the file opened: a lock taken over from a program that
    /// ended, a database on a network drive. Translated; never personal data.
    QStringList notes;
};

/// How a file may be opened.
struct OpenOptions {
    /// Create the file when it does not exist: only `init` and the GUI's new dossier, so that a
    /// mistyped path is refused instead of becoming an empty database.
    bool create = false;
    /// Remove a lock another computer left behind (it cannot be checked from here). Only on the
    /// user's explicit word: if that computer still has the file open, both would write to it.
    bool breakLock = false;
};

/// Opens Wijkdossier database files the safe way: refuses a missing file (unless asked to create
/// it), what is not a SQLite file, a SQLite file of another program (no Wijkdossier application id
/// and no Wijkdossier schema), a file written by a newer version, a read-only location and a file
/// another instance has open, each with a clear message and without changing the file. New files
/// are created with mode 0600 and Wijkdossier's application id; WAL, foreign keys and secure_delete
/// are switched on; an existing file is backed up before it is migrated.
class DatabaseFile {
public:
    /// PRAGMA application_id of every Wijkdossier file ("Wjkd").
    static constexpr qint64 applicationId = 0x576A6B64;

    static Result<OpenedDatabase> open(const QString& path, const Migrator& migrator, const QDateTime& now,
                                       OpenOptions options = {});
    static Result<OpenedDatabase> open(const QString& path, const QDateTime& now, OpenOptions options = {});
    /// Sets what every connection to a Wijkdossier file needs (WAL, foreign keys, secure_delete,
    /// cache size); also for a second connection to an open file. Throws DatabaseError.
    static void configure(Database& db);

    /// Where the consulent's own database lives: AppDataLocation/wijkdossier.sqlite.
    static QString defaultPath();
    /// The separate demo database, so a newcomer never touches real data.
    static QString demoPath();
};

} // namespace core::db
