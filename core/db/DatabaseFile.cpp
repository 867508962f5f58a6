// SPDX-License-Identifier: EUPL-1.2
#include "DatabaseFile.h"

#include "Database.h"
#include "DatabaseError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/vfs.h>
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

enum class FileKind { Empty, Wijkdossier, Foreign };

/// Whose SQLite file this is, from what can be read without writing: Wijkdossier's application id;
/// or, for files made before Wijkdossier set one, a schema version and Wijkdossier's own tables.
FileKind kindOf(Database& db)
{
    const qint64 applicationId = db.scalar("PRAGMA application_id");
    if (applicationId == DatabaseFile::applicationId)
        return FileKind::Wijkdossier;
    if (applicationId != 0)
        return FileKind::Foreign;
    const qint64 version = db.scalar("PRAGMA user_version");
    const qint64 objects = db.scalar("SELECT count(*) FROM sqlite_master");
    if (version == 0 && objects == 0)
        return FileKind::Empty;
    const qint64 ownTables = db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                       "('meta', 'instelling', 'inwoner', 'audit_log')");
    return version > 0 && ownTables == 4 ? FileKind::Wijkdossier : FileKind::Foreign;
}

/// Writes the application id into a file that does not have it yet (new, or made before it was set).
void markAsWijkdossier(Database& db)
{
    if (db.scalar("PRAGMA application_id") == DatabaseFile::applicationId)
        return;
    Transaction tx(db);
    db.exec("PRAGMA application_id = " + std::to_string(DatabaseFile::applicationId));
    tx.commit();
}

bool processRunning(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

/// The kind of network file system `folder` lies on, or an empty string for a local disk.
QString networkFileSystem(const QString& folder)
{
    struct statfs fs {};
    if (::statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return {};
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:
        return QStringLiteral("NFS");
    case 0x517BUL:
    case 0xFF534D42UL:
    case 0xFE534D42UL:
        return QStringLiteral("SMB/CIFS");
    case 0x5346414FUL:
        return QStringLiteral("AFS");
    case 0x01021997UL:
        return QStringLiteral("9P");
    case 0x00C36400UL:
        return QStringLiteral("Ceph");
    default:
        return {};
    }
}

struct Lock {
    std::unique_ptr<QLockFile> lock;
    QStringList notes;
};

/// Takes the lock file next to the database. (Its messages name their context: lupdate files a
/// tr() outside the class under the namespace.) A lock of a program on this computer that has ended is
/// taken over, with a note; a lock of another computer is only broken when asked to.
Result<Lock> lock(const QString& path, bool breakLock)
{
    Lock result;
    const QString lockPath = path + QStringLiteral(".lock");
    result.lock = std::make_unique<QLockFile>(lockPath);
    result.lock->setStaleLockTime(0);

    qint64 pid = 0;
    QString host;
    QString application;
    const bool held = result.lock->getLockInfo(&pid, &host, &application);
    const QString since = QLocale().toString(QFileInfo(lockPath).lastModified(), QLocale::ShortFormat);
    const bool thisComputer = host.isEmpty() || host == QSysInfo::machineHostName();
    if (held && thisComputer && !processRunning(pid))
        result.notes << QCoreApplication::translate(
                            "core::db::DatabaseFile",
                            "Wijkdossier was not closed properly last time (since %1); its lock was taken over.")
                            .arg(since);
    if (held && !thisComputer && breakLock) {
        if (!result.lock->removeStaleLockFile() && QFile::exists(lockPath))
            return Error{ErrorCode::ReadOnly,
                         QCoreApplication::translate("core::db::DatabaseFile",
                                                     "The lock of %1 cannot be removed. The file was not changed.")
                             .arg(QDir::toNativeSeparators(lockPath))};
        result.notes << QCoreApplication::translate("core::db::DatabaseFile",
                                                    "The lock of computer %1 (since %2) was broken on your request.")
                            .arg(host, since);
    }

    if (result.lock->tryLock(0)) {
        QFile::setPermissions(lockPath, kOwnerOnly);
        return result;
    }
    if (result.lock->error() != QLockFile::LockFailedError)
        return Error{ErrorCode::ReadOnly,
                     QCoreApplication::translate("core::db::DatabaseFile",
                                                 "Wijkdossier cannot lock %1. The file was not changed.")
                         .arg(QDir::toNativeSeparators(path))};
    if (held && !thisComputer)
        return Error{ErrorCode::LockedElsewhere,
                     QCoreApplication::translate(
                         "core::db::DatabaseFile",
                         "This database has been open on computer %1 since %2, or that computer stopped without "
                         "closing it. Only when you are sure it is no longer open there, break the lock. The file was "
                         "not changed.")
                         .arg(host, since)};
    return Error{ErrorCode::Locked,
                 QCoreApplication::translate("core::db::DatabaseFile",
                                             "This database is already open in another Wijkdossier window. Close "
                                             "that window first; the file was not changed.")};
}

} // namespace

Result<OpenedDatabase> DatabaseFile::open(const QString& path, const QDateTime& now, OpenOptions options)
{
    return open(path, Migrator(Migrator::builtIn()), now, options);
}

Result<OpenedDatabase> DatabaseFile::open(const QString& path, const Migrator& migrator, const QDateTime& now,
                                          OpenOptions options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists();
    if (!exists && !options.create)
        return Error{ErrorCode::NotFound, tr("The database %1 does not exist. Nothing was created.").arg(shown)};
    if (exists && !info.isFile())
        return Error{ErrorCode::NotADatabase, tr("%1 is not a file.").arg(shown)};
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::ReadOnly,
                     tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (exists && !looksLikeSqlite(path))
        return Error{ErrorCode::NotADatabase,
                     tr("%1 is not a Wijkdossier database. The file was not changed.").arg(shown)};
    if ((exists && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
        return Error{ErrorCode::ReadOnly, tr("Wijkdossier cannot write to %1. Choose a location where you may save "
                                             "files. The file was not changed.")
                                              .arg(exists ? shown : QDir::toNativeSeparators(info.absolutePath()))};

    OpenedDatabase opened;
    auto locked = lock(path, options.breakLock);
    if (!locked)
        return locked.error();
    opened.lock = std::move(locked.value().lock);
    opened.notes = locked.value().notes;
    if (const QString network = networkFileSystem(info.absolutePath()); !network.isEmpty())
        opened.notes << tr("The database lies on a network drive (%1). SQLite needs a local disk to keep the "
                           "file safe; keep the dossier on this computer and make back-ups to the network.")
                            .arg(network);

    try {
        if (!exists && !createPrivateFile(path))
            return Error{ErrorCode::ReadOnly, tr("The database %1 cannot be created.").arg(shown)};
        opened.db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        // Read only, before anything is written: whose file is this?
        switch (kindOf(*opened.db)) {
        case FileKind::Wijkdossier:
            break;
        case FileKind::Empty:
            if (exists && !options.create)
                return Error{
                    ErrorCode::NotADatabase,
                    tr("%1 is an empty file, not a Wijkdossier database. The file was not changed.").arg(shown)};
            break;
        case FileKind::Foreign:
            return Error{ErrorCode::NotADatabase, tr("%1 is a database of another program, not of Wijkdossier. The "
                                                     "file was not changed.")
                                                      .arg(shown)};
        }
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
        markAsWijkdossier(*opened.db);
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
