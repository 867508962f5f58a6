// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/NetwerkPersoon.h"

#include <optional>
#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// SQL for netwerk persons and their mantelzorg. Throws db::DatabaseError.
class NetwerkRepository {
public:
    explicit NetwerkRepository(db::Database& db);

    std::optional<NetwerkPersoon> get(const QString& id) const;
    /// Living netwerk persons of an inwoner, closest first, then by name.
    std::vector<NetwerkPersoon> forInwoner(const QString& inwonerId) const;
    void save(const NetwerkPersoon& persoon);

private:
    db::Database& m_db;
};

} // namespace core::repo
