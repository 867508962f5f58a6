// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Statement.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace core::db {

/// One open SQLite connection (RAII). Only core/db and core/repo use it; there are no raw
/// sqlite3 calls elsewhere. Errors throw DatabaseError.
class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    /// Opens (or creates) the file. Does not set pragmas or touch the schema; see DatabaseFile.
    Database(const QString& path, Mode mode);
    /// An in-memory database, for tools and tests.
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    /// A new prepared statement.
    Statement prepare(std::string_view sql);
    /// A prepared statement kept for reuse, reset and unbound. Do not nest uses of the same SQL.
    Statement& cached(const char* sql);

    /// The value of a single-value query (first column of the first row), or 0.
    qint64 scalar(std::string_view sql);
    QString scalarText(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }

    /// Copies the whole database into a new file (VACUUM INTO).
    void vacuumInto(const QString& target);

    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

/// A write transaction (BEGIN IMMEDIATE); rolls back unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace core::db
