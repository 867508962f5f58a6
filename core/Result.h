// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace core {

/// What went wrong, in categories the UI and the CLI can act on.
enum class ErrorCode {
    Invalid,      ///< input failed validation; nothing was written
    NotFound,     ///< the requested record does not exist (or is deleted)
    Database,     ///< SQLite reported an error; the transaction was rolled back
    NotADatabase, ///< the file is not a Wijkdossier/SQLite database; it was not touched
    NewerSchema,  ///< the file was written by a newer Wijkdossier; it was not touched
    Locked,       ///< another Wijkdossier already has the file open
    ReadOnly,     ///< the file or its folder cannot be written
    DiskFull,     ///< the disk is full; the transaction was rolled back
    Io,           ///< reading or writing a file failed
};

/// An error with a category and a message meant for the user (already translated).
struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

/// The outcome of a core call: a value or an Error. Core never throws across its public API.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// A Result without a value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace core
