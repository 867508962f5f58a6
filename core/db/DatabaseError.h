// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <stdexcept>

namespace core::db {

/// Thrown inside core when SQLite fails. Services catch it at their boundary and return an Error,
/// so it never crosses core's public API.
class DatabaseError : public std::runtime_error {
public:
    DatabaseError(int sqliteCode, const QString& message);

    int sqliteCode() const { return m_sqliteCode; }
    /// The error as core reports it to callers (disk full, read-only and busy get their own code).
    Error toError() const;

private:
    int m_sqliteCode;
};

} // namespace core::db
