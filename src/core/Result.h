#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// What went wrong, in words for the user (already translated) plus a kind that front ends map
// to exit codes or icons. Storage details never reach the message; they go to the log.
class Error
{
public:
    enum class Kind {
        Invalid,      // the input breaks a rule
        NotFound,     // a code or ID number that does not exist
        Conflict,     // duplicates, a state that forbids the action
        Storage,      // the database failed (locked, corrupt, full disk ...)
        SchemaTooNew, // the database was written by a newer program
        Permission,   // the acting user may not do this
        Cancelled,    // the user stopped a long operation
    };

    Error() = default;
    Error(Kind kind, QString message, QString field = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_field(std::move(field))
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    // The record field (import column key) the error is about; empty when not one field.
    const QString& field() const { return m_field; }

private:
    Kind m_kind = Kind::Invalid;
    QString m_message;
    QString m_field;
};

// A value or an Error. Services return these instead of throwing across their API.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing but success or an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;
