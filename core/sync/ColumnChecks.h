// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Keuzelijst.h"
#include "repo/SyncRepository.h"

#include <QString>

#include <optional>
#include <string>

namespace core::sync {

/// The checks one column of a bundle's table gets beyond its type, worked out once per table:
/// dates, timestamps, the BSN elfproef, ZRM scores and leefgebieden, vocabulary keys.
struct ColumnCheck {
    bool date = false;
    bool timestamp = false;
    bool bsn = false;
    bool zrmLeefgebied = false; ///< any ZRM instrument
    bool zrm2017 = false;       ///< ZRM 2017, or empty
    bool score = false;         ///< 1–5
    bool emptyAllowed = false;
    std::optional<Keuzelijst> vocabulary;
};

ColumnCheck checkFor(const std::string& table, const repo::SyncColumn& column);

/// What is wrong with one value beyond its type (in words, naming the value), or an empty string.
QString domainProblem(const ColumnCheck& check, const repo::SyncValue& value);

} // namespace core::sync
