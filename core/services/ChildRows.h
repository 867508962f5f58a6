// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Workspace.h"
#include "model/SyncMeta.h"

#include <algorithm>
#include <vector>

namespace core::services {

/// Stores the child rows of a record so that the living rows are exactly `wanted`: a wanted row
/// that matches an existing one (by `same`) keeps its id and is written only when its content
/// changed; an existing living row that nothing matches is tombstoned. Returns whether anything
/// was written. `wanted` gets the stored metadata.
template <typename Row, typename Same, typename Save>
bool storeChildRows(Workspace& ws, std::vector<Row>& wanted, std::vector<Row> existing, Same same, Save save)
{
    bool changed = false;
    std::vector<bool> matched(existing.size(), false);
    for (Row& row : wanted) {
        const auto old = std::find_if(existing.begin(), existing.end(), [&](const Row& e) {
            return !matched[static_cast<size_t>(&e - existing.data())] && same(e, row);
        });
        if (old != existing.end()) {
            matched[static_cast<size_t>(old - existing.begin())] = true;
            row.meta = old->meta;
            row.meta.deleted = false;
            if (old->sameContent(row))
                continue;
        } else {
            row.meta = SyncMeta{};
        }
        ws.stamp(row.meta);
        save(row);
        changed = true;
    }
    for (size_t i = 0; i < existing.size(); ++i) {
        if (matched[i] || existing[i].meta.deleted)
            continue;
        existing[i].meta.deleted = true;
        ws.stamp(existing[i].meta);
        save(existing[i]);
        changed = true;
    }
    return changed;
}

/// Matches rows by id (rows without an id are new).
inline constexpr auto sameId = [](const auto& a, const auto& b) {
    return !b.meta.id.isEmpty() && a.meta.id == b.meta.id;
};

} // namespace core::services
