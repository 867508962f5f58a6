// SPDX-License-Identifier: EUPL-1.2
#include "DatabaseFile.h"

#include "Database.h"
#include "DatabaseError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

namespace core::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("core::db::DatabaseFile", text);
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}

// Creates the file with mode 0600 before SQLite does, so it is never readable by others.
bool createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

void restrictPermissions(const QString& path)
{
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(file))
            QFile::setPermissions(file, kOwnerOnly);
    }
}

} // namespace

Result<OpenedDatabase> DatabaseFile::open(const QString& path, const QDateTime& now)
{
    return open(path, Migrator(Migrator::builtIn()), now);
}

Result<OpenedDatabase> DatabaseFile::open(const QString& path, const Migrator& migrator, const QDateTime& now)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return Error{ErrorCode::NotADatabase, tr("%1 is not a file.").arg(path)};
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::ReadOnly, tr("The folder %1 cannot be created.").arg(info.absolutePath())};
    if (exists && !looksLikeSqlite(path))
        return Error{ErrorCode::NotADatabase,
                     tr("%1 is not a Wijkdossier database. The file was not changed.").arg(path)};
    if ((exists && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
        return Error{ErrorCode::ReadOnly, tr("Wijkdossier cannot write to %1. Choose a location where you may save "
                                             "files. The file was not changed.")
                                              .arg(exists ? path : info.absolutePath())};

    OpenedDatabase opened;
    opened.lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    opened.lock->setStaleLockTime(0);
    if (!opened.lock->tryLock(0)) {
        if (opened.lock->error() == QLockFile::LockFailedError)
            return Error{ErrorCode::Locked, tr("This database is already open in another Wijkdossier window. Close "
                                               "that window first; the file was not changed.")};
        return Error{ErrorCode::ReadOnly, tr("Wijkdossier cannot lock %1. The file was not changed.").arg(path)};
    }
    QFile::setPermissions(path + QStringLiteral(".lock"), kOwnerOnly);

    try {
        if (!exists && !createPrivateFile(path))
            return Error{ErrorCode::ReadOnly, tr("The database %1 cannot be created.").arg(path)};
        opened.db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        opened.fromVersion = Migrator::versionOf(*opened.db);
        if (opened.fromVersion > migrator.targetVersion())
            return Error{ErrorCode::NewerSchema,
                         tr("This database was made by a newer version of Wijkdossier (schema %1; this version "
                            "knows up to %2). Install the newer version; the file was not changed.")
                             .arg(opened.fromVersion)
                             .arg(migrator.targetVersion())};

        configure(*opened.db);

        if (opened.fromVersion > 0 && opened.fromVersion < migrator.targetVersion())
            opened.backupPath = QStringLiteral("%1.backup-v%2-%3")
                                    .arg(path)
                                    .arg(opened.fromVersion)
                                    .arg(now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        opened.outcome = migrator.migrate(*opened.db, opened.backupPath);
        restrictPermissions(path);
    } catch (const DatabaseError& e) {
        Error error = e.toError();
        if (error.code == ErrorCode::Database)
            error.message = tr("The database could not be prepared: %1").arg(QString::fromUtf8(e.what()));
        return error;
    }
    return opened;
}

void DatabaseFile::configure(Database& db)
{
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA secure_delete = ON");
    // 32 MiB of page cache (SQLite's default is 2 MiB): the Vandaag dashboard reads every open
    // traject with its steps, and at L that no longer fits in the default.
    db.exec("PRAGMA cache_size = -32768");
}

QString DatabaseFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/wijkdossier.sqlite");
}

QString DatabaseFile::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/wijkdossier-demo.sqlite");
}

} // namespace core::db
