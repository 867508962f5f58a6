// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace core::db {

/// A prepared SQLite statement (RAII). Binds are 1-based, columns 0-based, as in SQLite.
/// Errors throw DatabaseError.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QDate& value); ///< ISO date, or NULL when invalid
    /// UTC as "2026-11-10T14:00:00.000Z" (what QDateTime writes for Qt::ISODateWithMs); empty when
    /// invalid.
    Statement& bind(int index, const QDateTime& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);
    /// Binds a named parameter (":hlc") when the statement has it; does nothing otherwise.
    Statement& bindIfPresent(const char* name, qint64 value);
    /// Binds NULL for an empty string, the text otherwise.
    Statement& bindOptional(int index, const QString& value);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Steps once; true when a row is available.
    bool step();
    /// Steps to completion (for statements that return no rows).
    void run();
    /// Resets the statement and clears its bindings, ready for reuse.
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QDate date(int column) const; ///< invalid QDate for NULL
    /// A timestamp written by bind(QDateTime), in UTC; invalid for NULL or empty text.
    QDateTime timestamp(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<int> optionalInt(int column) const;
    /// The storage class of a column of the current row.
    enum class Kind { Null, Integer, Real, Text, Blob };
    Kind kind(int column) const;
    /// The raw bytes of a Text (UTF-8) or Blob column; valid until the next step or reset.
    std::string_view bytes(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace core::db
