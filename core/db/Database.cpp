// SPDX-License-Identifier: EUPL-1.2
#include "Database.h"

#include "DatabaseError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace core::db {

namespace {

void check(sqlite3* db, int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw DatabaseError(rc, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("core::db::DatabaseError", text);
}

} // namespace

DatabaseError::DatabaseError(int sqliteCode, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_sqliteCode(sqliteCode)
{
}

Error DatabaseError::toError() const
{
    switch (m_sqliteCode & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull, tr("The disk is full. Nothing was saved; free some space and try again.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {ErrorCode::ReadOnly, tr("The database file cannot be written. Nothing was saved.")};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {ErrorCode::NotADatabase, tr("The file is not a Wijkdossier database or it is damaged.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Locked, tr("The database is busy in another program. Nothing was saved.")};
    case SQLITE_IOERR:
        // SQLite's own text ("disk I/O error") is English and says nothing a consulent can act on.
        return {ErrorCode::Io, tr("The database file could not be read or written because of a disk error. Check "
                                  "the disk (is a USB stick or network drive still there?) and try again.")};
    default:
        return {ErrorCode::Database, tr("The database reported an error: %1").arg(QString::fromUtf8(what()))};
    }
}

Database::Database(const QString& path, Mode mode)
    : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DatabaseError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
}

Database::Database()
    : m_path(QStringLiteral(":memory:"))
{
    check(nullptr, sqlite3_open(":memory:", &m_db));
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw DatabaseError(rc, error);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

Statement& Database::cached(const char* sql)
{
    auto [it, inserted] = m_cache.try_emplace(sql);
    if (inserted)
        it->second = std::make_unique<Statement>(m_db, sql);
    else
        it->second->reset();
    return *it->second;
}

qint64 Database::scalar(std::string_view sql)
{
    Statement st(m_db, sql);
    return st.step() ? st.int64(0) : 0;
}

QString Database::scalarText(std::string_view sql)
{
    Statement st(m_db, sql);
    return st.step() ? st.text(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::vacuumInto(const QString& target)
{
    Statement st(m_db, "VACUUM INTO ?1");
    st.bind(1, target);
    st.run();
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const DatabaseError&) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace core::db
