// SPDX-License-Identifier: EUPL-1.2
#include "ZoekIndex.h"

#include "db/Database.h"

#include <algorithm>
#include <vector>

namespace core::repo {

ZoekIndex::ZoekIndex(db::Database& db)
    : m_db(db)
{
}

void ZoekIndex::put(const QString& id, const QString& sortKey, const QString& text)
{
    auto& current = m_db.cached("SELECT zoek_pos FROM inwoner WHERE id = ?1 AND zoek_pos IS NOT NULL");
    current.bind(1, id);
    const std::optional<qint64> old = current.step() ? std::optional<qint64>(current.int64(0)) : std::nullopt;
    current.reset();

    // Keep the position while it still lies between the new neighbours (the name did not move).
    const Gap gap = gapFor(id, sortKey);
    std::optional<qint64> pos = old && *old > gap.low && *old < gap.high ? old : std::nullopt;
    if (!pos) {
        if (old)
            remove(id);
        pos = freePosition(gapFor(id, sortKey));
        if (!pos) {
            relabelAround(id, sortKey);
            pos = freePosition(gapFor(id, sortKey));
        }
        auto& set = m_db.cached("UPDATE inwoner SET zoek_pos = ?2 WHERE id = ?1");
        set.bind(1, id).bind(2, *pos).run();
    }
    auto& remove = m_db.cached("DELETE FROM inwoner_zoek WHERE rowid = ?1");
    remove.bind(1, *pos).run();
    auto& insert = m_db.cached("INSERT INTO inwoner_zoek (rowid, tekst) VALUES (?1, ?2)");
    insert.bind(1, *pos).bind(2, text).run();
}

void ZoekIndex::remove(const QString& id)
{
    auto& current = m_db.cached("SELECT zoek_pos FROM inwoner WHERE id = ?1 AND zoek_pos IS NOT NULL");
    current.bind(1, id);
    if (current.step()) {
        const qint64 pos = current.int64(0);
        current.reset();
        auto& remove = m_db.cached("DELETE FROM inwoner_zoek WHERE rowid = ?1");
        remove.bind(1, pos).run();
        auto& clear = m_db.cached("UPDATE inwoner SET zoek_pos = NULL WHERE id = ?1");
        clear.bind(1, id).run();
    } else {
        current.reset();
    }
}

// The positions of the last inwoner that sorts at or before `sortKey` and of the first after it
// (0 and kMaxPos + 1 at the ends).
ZoekIndex::Gap ZoekIndex::gapFor(const QString& id, const QString& sortKey)
{
    Gap gap;
    auto& before = m_db.cached("SELECT zoek_pos FROM inwoner WHERE zoek_pos IS NOT NULL AND sort_key <= ?1 "
                               "AND id <> ?2 ORDER BY sort_key DESC, zoek_pos DESC LIMIT 1");
    before.bind(1, sortKey).bind(2, id);
    if (before.step()) {
        gap.low = before.int64(0);
        gap.atStart = false;
    }
    before.reset();
    auto& after = m_db.cached("SELECT zoek_pos FROM inwoner WHERE zoek_pos IS NOT NULL AND sort_key > ?1 "
                              "AND id <> ?2 ORDER BY sort_key, zoek_pos LIMIT 1");
    after.bind(1, sortKey).bind(2, id);
    if (after.step()) {
        gap.high = after.int64(0);
        gap.atEnd = false;
    }
    after.reset();
    return gap;
}

// A free position inside the gap, or nothing when its ends are adjacent.
std::optional<qint64> ZoekIndex::freePosition(const Gap& gap)
{
    if (gap.high - gap.low < 2)
        return std::nullopt;
    // Names usually arrive in no particular order, but an import sorted by name appends at one end:
    // a fixed step there keeps room for the next one instead of halving the gap every time.
    if (gap.atEnd && gap.high - gap.low > kStep)
        return gap.low + kStep;
    if (gap.atStart && gap.high - gap.low > kStep)
        return gap.high - kStep;
    return gap.low + (gap.high - gap.low) / 2;
}

void ZoekIndex::relabelAround(const QString& id, const QString& sortKey)
{
    for (int k = 16;; k *= 2) {
        auto before = m_db.prepare("SELECT id, zoek_pos FROM inwoner WHERE zoek_pos IS NOT NULL AND sort_key <= ?1 "
                                   "AND id <> ?2 ORDER BY sort_key DESC, zoek_pos DESC LIMIT ?3");
        before.bind(1, sortKey).bind(2, id).bind(3, k + 1);
        std::vector<Neighbour> left;
        while (before.step())
            left.push_back({before.text(0), before.int64(1)});
        auto after = m_db.prepare("SELECT id, zoek_pos FROM inwoner WHERE zoek_pos IS NOT NULL AND sort_key > ?1 "
                                  "AND id <> ?2 ORDER BY sort_key, zoek_pos LIMIT ?3");
        after.bind(1, sortKey).bind(2, id).bind(3, k + 1);
        std::vector<Neighbour> right;
        while (after.step())
            right.push_back({after.text(0), after.int64(1)});

        // The window is k neighbours on each side; the ones just outside it stay where they are.
        const bool leftCut = static_cast<int>(left.size()) > k;
        const bool rightCut = static_cast<int>(right.size()) > k;
        const qint64 low = leftCut ? left.back().pos : 0;
        const qint64 high = rightCut ? right.back().pos : kMaxPos + 1;
        if (leftCut)
            left.pop_back();
        if (rightCut)
            right.pop_back();
        std::reverse(left.begin(), left.end());
        const qint64 slotCount = static_cast<qint64>(left.size() + right.size()) + 2; // +1 for the newcomer
        const qint64 spacing = std::min((high - low) / slotCount, kStep);
        // Too crowded here: widen the window, so that after relabelling the next insertions in
        // this spot find room for a while (at least 16 halvings).
        if (spacing < kMinSpacing && (leftCut || rightCut))
            continue;

        // Free every old position first, so no two documents ever share a rowid.
        std::vector<Neighbour> window = left;
        window.insert(window.end(), right.begin(), right.end());
        std::vector<QString> texts;
        for (const Neighbour& n : window) {
            auto& text = m_db.cached("SELECT tekst FROM inwoner_zoek WHERE rowid = ?1");
            text.bind(1, n.pos);
            texts.push_back(text.step() ? text.text(0) : QString());
            text.reset();
            auto& remove = m_db.cached("DELETE FROM inwoner_zoek WHERE rowid = ?1");
            remove.bind(1, n.pos).run();
        }
        for (size_t i = 0; i < window.size(); ++i) {
            // Slot left.size() + 1 stays free for the inwoner being placed.
            const qint64 slot = static_cast<qint64>(i) + (i < left.size() ? 1 : 2);
            const qint64 pos = low + spacing * slot;
            auto& set = m_db.cached("UPDATE inwoner SET zoek_pos = ?2 WHERE id = ?1");
            set.bind(1, window[i].id).bind(2, pos).run();
            auto& insert = m_db.cached("INSERT INTO inwoner_zoek (rowid, tekst) VALUES (?1, ?2)");
            insert.bind(1, pos).bind(2, texts[i]).run();
        }
        return;
    }
}

} // namespace core::repo
