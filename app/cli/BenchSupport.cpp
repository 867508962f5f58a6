// SPDX-License-Identifier: EUPL-1.2
#include "BenchSupport.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace cli::bench {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli::bench", text);
}

RawConnection::RawConnection(const QString& path, bool write)
{
    const int flags = write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return;
    sqlite3_busy_timeout(m_db, 2000);
    exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
}

RawConnection::~RawConnection()
{
    for (sqlite3_stmt* st : m_statements)
        sqlite3_finalize(st);
    sqlite3_close(m_db);
}

sqlite3_stmt* RawConnection::prepare(const std::string& sql)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
        return nullptr;
    m_statements.push_back(st);
    return st;
}

bool RawConnection::exec(const char* sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

int RawConnection::changes() const
{
    return sqlite3_changes(m_db);
}

size_t readAll(sqlite3_stmt* st)
{
    size_t rows = 0;
    std::string row;
    while (sqlite3_step(st) == SQLITE_ROW) {
        row.clear();
        for (int c = 0, n = sqlite3_column_count(st); c < n; ++c) {
            if (const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c)))
                row.append(text).push_back('\t');
        }
        ++rows;
    }
    sqlite3_reset(st);
    return rows;
}

std::vector<QString> keystrokes(const QStringList& queries, int repeats)
{
    std::vector<QString> typed;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        for (const QString& q : queries) {
            for (qsizetype n = 1; n <= q.size(); ++n)
                typed.push_back(q.left(n));
        }
    }
    return typed;
}

} // namespace cli::bench
