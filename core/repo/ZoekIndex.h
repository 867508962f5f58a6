// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>

namespace core::db {
class Database;
}

namespace core::repo {

/// The full-text search index of inwoners, kept in name order.
///
/// Every living inwoner has a `zoek_pos`: a number that grows with its sort_key, used as the rowid
/// of its document in the trigram index. A search then reads matches in rowid order, which is name
/// order, and stops after the rows it shows, however many inwoners match. Positions are spread
/// with gaps so that an insertion rarely moves anyone; when a gap runs out, only a window of
/// neighbours around it is relabelled (an order-maintenance list). Throws db::DatabaseError.
class ZoekIndex {
public:
    explicit ZoekIndex(db::Database& db);

    /// Indexes (or re-indexes) the living inwoner `id` under `sortKey` with the search `text`.
    void put(const QString& id, const QString& sortKey, const QString& text);
    /// Takes the inwoner out of the index (when tombstoned).
    void remove(const QString& id);

    /// The largest position; positions lie in [1, kMaxPos].
    static constexpr qint64 kMaxPos = qint64(1) << 62;
    /// Distance between neighbours appended at either end, and after a relabelling at most.
    static constexpr qint64 kStep = qint64(1) << 32;
    /// The least spacing a relabelling leaves between neighbours.
    static constexpr qint64 kMinSpacing = qint64(1) << 16;

private:
    struct Neighbour {
        QString id;
        qint64 pos = 0;
    };
    struct Gap {
        qint64 low = 0;
        qint64 high = kMaxPos + 1;
        bool atStart = true;
        bool atEnd = true;
    };
    Gap gapFor(const QString& id, const QString& sortKey);
    static std::optional<qint64> freePosition(const Gap& gap);
    void relabelAround(const QString& id, const QString& sortKey);

    db::Database& m_db;
};

} // namespace core::repo
