// SPDX-License-Identifier: EUPL-1.2
#include "db/DatabaseFile.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Migrator.h"
#include "services/DossierService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>
#include <sys/stat.h>

using core::ErrorCode;
using core::db::Database;
using core::db::DatabaseFile;
using core::db::Migrator;
using test::contents;
using test::mode;

namespace {

const QDateTime kNow(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC);

} // namespace

TEST_CASE("a new database is created owner-only, in WAL mode, with foreign keys and secure_delete", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto opened = DatabaseFile::open(path, kNow, {.create = true});
    REQUIRE(opened.ok());
    CHECK(opened->outcome == Migrator::Outcome::Created);
    CHECK(mode(path) == 0600);
    CHECK(mode(path + QStringLiteral(".lock")) == 0600);
    Database& db = *opened->db;
    CHECK(db.scalarText("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(db.scalar("PRAGMA foreign_keys") == 1);
    CHECK(db.scalar("PRAGMA secure_delete") == 1);
    CHECK(Migrator::versionOf(db) == Migrator(Migrator::builtIn()).targetVersion());
}

TEST_CASE("a file that is not a database is refused and left untouched", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Boodschappenlijst: melk, brood\n");
    f.close();
    auto opened = DatabaseFile::open(path, kNow);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(contents(path) == QByteArray("Boodschappenlijst: melk, brood\n"));
}

TEST_CASE("a database from a newer version is refused and left untouched", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        // A newer Wijkdossier marks its files as every version does.
        db.exec("CREATE TABLE future (x); PRAGMA user_version = 99;");
        db.exec("PRAGMA application_id = " + std::to_string(DatabaseFile::applicationId));
    }
    const QByteArray before = contents(path);
    auto opened = DatabaseFile::open(path, kNow);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("99")));
    CHECK(contents(path) == before);
}

TEST_CASE("a second instance on the same file is refused while the first has it open", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = DatabaseFile::open(path, kNow, {.create = true});
    REQUIRE(first.ok());
    auto second = DatabaseFile::open(path, kNow);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
    first.value() = {};
    auto third = DatabaseFile::open(path, kNow);
    CHECK(third.ok());
}

TEST_CASE("a read-only location is refused with a clear message", "[db]")
{
    if (::geteuid() == 0)
        SUCCEED("root may write anywhere; checked through the permission bits below instead");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto created = DatabaseFile::open(path, kNow, {.create = true});
        REQUIRE(created.ok());
    }
    const QByteArray before = contents(path);
    QFile::setPermissions(path, QFile::ReadOwner);
    const bool writable = QFileInfo(path).isWritable();
    auto opened = DatabaseFile::open(path, kNow);
    if (!writable) {
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::ReadOnly);
        CHECK(contents(path) == before);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("an older schema is backed up, then upgraded step by step keeping its data", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v1 = DatabaseFile::open(path, kNow, {.create = true});
        REQUIRE(v1.ok());
        v1->db->exec("INSERT INTO meta (key, value) VALUES ('marker', 'kept')");
    }
    auto steps = Migrator::builtIn();
    const int next = steps.back().version + 1;
    steps.push_back({next, QStringLiteral("test step"),
                     [](Database& db) { db.exec("ALTER TABLE meta ADD COLUMN note TEXT DEFAULT 'new'"); }});
    auto upgraded = DatabaseFile::open(path, Migrator(steps), kNow);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->outcome == Migrator::Outcome::Upgraded);
    CHECK(upgraded->fromVersion == next - 1);
    CHECK(Migrator::versionOf(*upgraded->db) == next);
    CHECK(upgraded->db->scalarText("SELECT value || '/' || note FROM meta WHERE key = 'marker'") ==
          QStringLiteral("kept/new"));
    REQUIRE_FALSE(upgraded->backupPath.isEmpty());
    CHECK(mode(upgraded->backupPath) == 0600);
    Database backup(upgraded->backupPath, Database::Mode::ReadOnly);
    CHECK(Migrator::versionOf(backup) == next - 1);
    CHECK(backup.scalarText("SELECT value FROM meta WHERE key = 'marker'") == QStringLiteral("kept"));
}

TEST_CASE("a failing migration step is rolled back and the file stays at the last good version", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fail.sqlite"));
    {
        REQUIRE(DatabaseFile::open(path, kNow, {.create = true}).ok());
    }
    auto steps = Migrator::builtIn();
    const int current = steps.back().version;
    steps.push_back({current + 1, QStringLiteral("broken"), [](Database& db) {
                         db.exec("CREATE TABLE half (x)");
                         db.exec("THIS IS NOT SQL");
                     }});
    auto opened = DatabaseFile::open(path, Migrator(steps), kNow);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Database);
    Database db(path, Database::Mode::ReadOnly);
    CHECK(Migrator::versionOf(db) == current);
    CHECK(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'") == 0);
}

TEST_CASE("the audit log refuses UPDATE and DELETE", "[db][audit]")
{
    test::TempWorkspace ws;
    auto& db = ws->db();
    db.exec("INSERT INTO audit_log (at, consulent, device, action, entity, entity_id) "
            "VALUES ('2026-11-10T14:00:00Z', 'c', 'd', 'open', 'inwoner', 'x')");
    CHECK_THROWS_AS(db.exec("UPDATE audit_log SET action = 'create'"), core::db::DatabaseError);
    CHECK_THROWS_AS(db.exec("DELETE FROM audit_log"), core::db::DatabaseError);
    CHECK(db.scalar("SELECT count(*) FROM audit_log WHERE action = 'open'") == 1);
}

TEST_CASE("a device identity is created with the database and kept", "[db]")
{
    test::TempWorkspace ws;
    const QString device = ws->deviceId();
    CHECK(device.size() == 36);
    const QString path = ws.path();
    ws.ws.reset();
    auto reopened = core::Workspace::open(path, ws.clock);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->deviceId() == device);
}

TEST_CASE("a location nobody may write to is refused with a clear message", "[db]")
{
    // /proc refuses new files even to root, so this holds wherever the tests run.
    auto opened = DatabaseFile::open(QStringLiteral("/proc/wijkdossier/dossier.sqlite"), kNow, {.create = true});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::ReadOnly);
    CHECK(opened.error().message.contains(QStringLiteral("/proc/wijkdossier")));
}

TEST_CASE("a full disk rolls the write back and says so", "[db]")
{
    test::TempWorkspace ws;
    core::DossierService service(*ws);
    // Cap the file at its current size: the next page SQLite needs fails as on a full disk.
    const qint64 pages = ws->db().scalar("PRAGMA page_count");
    ws->db().exec("PRAGMA max_page_count = " + std::to_string(pages));
    core::Inwoner in;
    in.geslachtsnaam = QStringLiteral("Vol");
    in.voornamen = QString(3000, QLatin1Char('x'));
    auto saved = service.saveInwoner(in);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::DiskFull);
    CHECK(ws->db().scalar("SELECT count(*) FROM inwoner") == 0);
    CHECK(ws->db().scalar("SELECT count(*) FROM audit_log") == 0);
}

TEST_CASE("timestamps are written as Qt writes ISO dates with milliseconds, and read back exactly", "[database]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("t.sqlite")), Database::Mode::ReadWriteCreate);
    db.exec("CREATE TABLE t (v TEXT)");
    const std::vector<QDateTime> values = {
        QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC),
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 67), Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 6, 1), QTime(9, 30), QTimeZone(7200)), // written in UTC
    };
    for (const QDateTime& value : values) {
        auto insert = db.prepare("INSERT INTO t (v) VALUES (?1)");
        insert.bind(1, value).run();
    }
    auto select = db.prepare("SELECT v FROM t ORDER BY rowid");
    for (const QDateTime& value : values) {
        REQUIRE(select.step());
        CHECK(select.text(0) == value.toUTC().toString(Qt::ISODateWithMs));
        CHECK(select.timestamp(0) == value);
        CHECK(select.timestamp(0).timeSpec() == Qt::UTC);
    }
    auto empty = db.prepare("SELECT '', NULL, '2026-11-10T14:00:00Z'");
    REQUIRE(empty.step());
    CHECK_FALSE(empty.timestamp(0).isValid());
    CHECK_FALSE(empty.timestamp(1).isValid());
    CHECK(empty.timestamp(2) == QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC));
}

TEST_CASE("a missing file is refused unless creating was asked for, and nothing is created", "[db][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/dossier.sqlite"));
    auto opened = DatabaseFile::open(path, kNow);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotFound);
    CHECK(opened.error().message.contains(QStringLiteral("typo")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));

    auto created = DatabaseFile::open(path, kNow, {.create = true});
    REQUIRE(created.ok());
    CHECK(created->outcome == Migrator::Outcome::Created);
}

TEST_CASE("a new database carries Wijkdossier's application id", "[db][open]")
{
    QTemporaryDir dir;
    auto opened = DatabaseFile::open(dir.filePath(QStringLiteral("new.sqlite")), kNow, {.create = true});
    REQUIRE(opened.ok());
    CHECK(opened->db->scalar("PRAGMA application_id") == DatabaseFile::applicationId);
}

TEST_CASE("a SQLite file of another program is refused and left byte for byte as it was", "[db][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    SECTION("without an application id")
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('stamppot'); PRAGMA user_version = 3;");
    }
    SECTION("with the application id of another program")
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE meta (k); PRAGMA application_id = 1179993923;");
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = contents(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    for (const bool create : {false, true}) {
        auto opened = DatabaseFile::open(path, kNow, {.create = create});
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotADatabase);
        CHECK(opened.error().message.contains(QStringLiteral("another program")));
    }
    CHECK(contents(path) == before);
    CHECK(mode(path) == 0644);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == filesBefore); // no lock, journal or backup left
}

TEST_CASE("an empty file is only made a database when creating was asked for", "[db][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto refused = DatabaseFile::open(path, kNow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotADatabase);
    CHECK(contents(path).isEmpty());
    auto created = DatabaseFile::open(path, kNow, {.create = true});
    REQUIRE(created.ok());
    CHECK(created->db->scalar("PRAGMA application_id") == DatabaseFile::applicationId);
}

TEST_CASE("a Wijkdossier file made before the application id opens and gets it", "[db][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.sqlite"));
    {
        auto made = DatabaseFile::open(path, kNow, {.create = true});
        REQUIRE(made.ok());
        made->db->exec("PRAGMA application_id = 0");
    }
    {
        Database db(path, Database::Mode::ReadOnly);
        REQUIRE(db.scalar("PRAGMA application_id") == 0);
    }
    auto opened = DatabaseFile::open(path, kNow);
    REQUIRE(opened.ok());
    CHECK(opened->db->scalar("PRAGMA application_id") == DatabaseFile::applicationId);
}

namespace {

/// Writes a lock file as QLockFile writes it: process id, program, computer.
void writeLock(const QString& path, qint64 pid, const QString& host)
{
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(QStringLiteral("%1\nwijkdossier\n%2\n").arg(pid).arg(host).toUtf8());
}

/// The id of a process that has ended.
qint64 endedProcess()
{
    QProcess process;
    process.start(QStringLiteral("/bin/true"), {});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

} // namespace

TEST_CASE("a lock left by a program on this computer that ended is taken over, with a note", "[db][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
    REQUIRE(DatabaseFile::open(path, kNow, {.create = true}).ok());
    writeLock(path, endedProcess(), QSysInfo::machineHostName());

    auto opened = DatabaseFile::open(path, kNow);
    REQUIRE(opened.ok());
    REQUIRE(opened->notes.size() == 1);
    CHECK(opened->notes.first().contains(QStringLiteral("taken over")));
}

TEST_CASE("a lock of another computer is refused naming it, and broken only when asked", "[db][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("share.sqlite"));
    REQUIRE(DatabaseFile::open(path, kNow, {.create = true}).ok());
    writeLock(path, endedProcess(), QStringLiteral("laptop-wijkteam-noord"));

    auto refused = DatabaseFile::open(path, kNow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::LockedElsewhere);
    CHECK(refused.error().message.contains(QStringLiteral("laptop-wijkteam-noord")));
    auto again = DatabaseFile::open(path, kNow);
    CHECK(again.error().code == ErrorCode::LockedElsewhere); // never broken by itself

    auto broken = DatabaseFile::open(path, kNow, {.breakLock = true});
    REQUIRE(broken.ok());
    REQUIRE(broken->notes.size() == 1);
    CHECK(broken->notes.first().contains(QStringLiteral("laptop-wijkteam-noord")));
}

TEST_CASE("a disk error of SQLite reads as a disk error in the user's language, not as SQLite's English", "[db]")
{
    const core::Error error = core::db::DatabaseError(SQLITE_IOERR_WRITE, QStringLiteral("disk I/O error")).toError();
    CHECK(error.code == ErrorCode::Io);
    CHECK(error.message.contains(QStringLiteral("disk error")));
    CHECK_FALSE(error.message.contains(QStringLiteral("disk I/O error")));
}
