// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/CaseloadRow.h"
#include "model/Inwoner.h"
#include "repo/ZoekIndex.h"

#include <optional>
#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// What part of the inwoners to list, and how to narrow them.
struct CaseloadQuery {
    CaseloadQuery(QString text = {}, QString consulent = {}, int max = -1)
        : zoektekst(std::move(text))
        , aanspreekpunt(std::move(consulent))
        , limit(max)
    {
    }

    QString zoektekst;     ///< name, BSN, postcode, street or phone; empty = everyone
    QString aanspreekpunt; ///< only inwoners with this vast aanspreekpunt; empty = all inwoners
    int limit = -1;        ///< at most this many rows; -1 = all
};

/// SQL for inwoners and their search index. Throws db::DatabaseError.
class InwonerRepository {
public:
    explicit InwonerRepository(db::Database& db);

    /// The inwoner with this id, tombstoned or not.
    std::optional<Inwoner> get(const QString& id) const;
    /// Inserts or replaces the row (all fields, including version metadata) and its search entry.
    void save(const Inwoner& inwoner);
    /// Recomputes what this device derives from a row written by a merge: its sort key and its
    /// place in the search index.
    void reindex(const QString& id);
    /// Living inwoners in Dutch name order, narrowed by the query.
    std::vector<CaseloadRow> caseload(const CaseloadQuery& query) const;
    /// Number of living inwoners.
    qint64 count() const;
    /// The id of the living inwoner with this BSN, if any.
    std::optional<QString> idForBsn(const QString& bsn) const;

    /// The FTS5 expression for what a consulent typed, or empty when the text is too short for the
    /// trigram index (fewer than three characters); public so the benchmark runs the same query.
    static QString matchExpression(const QString& zoektekst);
    /// The folded text the search index holds for an inwoner.
    static QString zoektekst(const Inwoner& inwoner);

private:
    db::Database& m_db;
    ZoekIndex m_zoekIndex;
};

} // namespace core::repo
