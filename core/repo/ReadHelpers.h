// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SyncColumns.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <vector>

namespace core::repo {

/// Reads every row of a child query, tombstoned ones too.
template <typename T, typename Read> std::vector<T> readAll(db::Statement& st, const QString& parentId, Read read)
{
    std::vector<T> rows;
    st.bind(1, parentId);
    while (st.step())
        rows.push_back(read(st, kSyncColumnCount));
    st.reset();
    return rows;
}

/// Reads in one snapshot while it lives: a savepoint, which starts a read transaction outside a
/// transaction and nests inside one. Without it every statement takes and drops SQLite's read lock
/// (two fcntl calls) and may find the page cache stale.
class EenLeesmoment {
public:
    explicit EenLeesmoment(db::Database& db)
        : m_db(db)
    {
        m_db.exec("SAVEPOINT wd_lezen");
    }
    ~EenLeesmoment()
    {
        try {
            m_db.exec("RELEASE wd_lezen");
        } catch (const db::DatabaseError&) {
            // Nothing was written; the next statement ends the read transaction anyway.
        }
    }
    EenLeesmoment(const EenLeesmoment&) = delete;
    EenLeesmoment& operator=(const EenLeesmoment&) = delete;

private:
    db::Database& m_db;
};

template <typename T> std::vector<T> living(std::vector<T> rows)
{
    std::erase_if(rows, [](const T& r) { return r.meta.deleted; });
    return rows;
}

} // namespace core::repo
