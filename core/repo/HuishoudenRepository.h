// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Huishouden.h"

#include <optional>

namespace core::db {
class Database;
}

namespace core::repo {

/// SQL for huishoudens and their members. Throws db::DatabaseError.
class HuishoudenRepository {
public:
    explicit HuishoudenRepository(db::Database& db);

    /// The huishouden the inwoner is a living member of, with its living members.
    std::optional<Huishouden> forInwoner(const QString& inwonerId) const;
    std::optional<Huishouden> get(const QString& id) const;
    std::optional<Huishoudlid> lid(const QString& id) const;
    void save(const Huishouden& huishouden); ///< the huishouden row only, not its members
    void save(const Huishoudlid& lid);

private:
    db::Database& m_db;
};

} // namespace core::repo
