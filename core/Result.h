// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace core {

/// What went wrong, in categories the UI and the CLI can act on.
enum class ErrorCode {
    Invalid,         ///< input failed validation; nothing was written
    NotFound,        ///< the requested record does not exist (or is deleted)
    Database,        ///< SQLite reported an error; the transaction was rolled back
    NotADatabase,    ///< the file is not a Wijkdossier/SQLite database; it was not touched
    NewerSchema,     ///< the file was written by a newer Wijkdossier; it was not touched
    Locked,          ///< another Wijkdossier already has the file open
    LockedElsewhere, ///< a lock of another computer, which cannot be checked from here; may be broken
    ReadOnly,        ///< the file or its folder cannot be written
    DiskFull,        ///< the disk is full; the transaction was rolled back
    Io,              ///< reading or writing a file failed
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
    /// The value; asking for it on an error is a programming error and stops the program (in
    /// every build), rather than reading what is not there.
    const T& value() const& { return checked(); }
    T& value() & { return checked(); }
    T&& value() && { return std::move(checked()); }
    const T* operator->() const { return &checked(); }
    T* operator->() { return &checked(); }
    const Error& error() const { return m_error; }

private:
    T& checked() const
    {
        if (!m_value) [[unlikely]]
            qFatal("Result::value() called on an error: %s", qPrintable(m_error.message));
        return const_cast<T&>(*m_value);
    }

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
    /// The error; asking for it on success stops the program, like Result::value() on an error.
    const Error& error() const
    {
        if (!m_error) [[unlikely]]
            qFatal("Status::error() called on success");
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace core
