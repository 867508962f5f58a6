// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Plan.h"

#include <optional>
#include <string>
#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// SQL for ondersteuningsplannen, their doelen and acties. Throws db::DatabaseError.
class PlanRepository {
public:
    explicit PlanRepository(db::Database& db);

    /// The plan with its living doelen and acties (acties in the order of consideration),
    /// tombstoned or not.
    std::optional<Ondersteuningsplan> get(const QString& id) const;
    /// Living plans of the inwoner and of the huishouden when set, newest version first within a
    /// reeks, reeksen by their first version's creation, newest first. Without doelen.
    std::vector<Ondersteuningsplan> forInwoner(const QString& inwonerId, const QString& huishoudenId) const;
    /// Every living version of a reeks, version 1 first. Without doelen.
    std::vector<Ondersteuningsplan> reeks(const QString& reeksId) const;

    /// Every doel / actie row, tombstoned ones too (to edit them).
    std::vector<PlanDoel> allDoelen(const QString& planId) const;
    std::vector<PlanActie> allActies(const QString& doelId) const;

    void save(const Ondersteuningsplan& plan);              ///< the plan row only
    void save(const QString& planId, const PlanDoel& doel); ///< the doel row only
    void save(const QString& doelId, const PlanActie& actie);

    /// The statements get() runs (plan, doelen, acties of a plan), for the benchmark's raw baseline.
    static std::vector<std::string> getSql();

private:
    db::Database& m_db;
};

} // namespace core::repo
