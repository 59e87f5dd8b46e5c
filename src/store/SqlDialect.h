#pragma once

#include <QString>

// Every difference between the SQL of SQLite and PostgreSQL lives here, so the rest of the
// store writes one portable text. Only SQLite is implemented today.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite)
        : m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }
    // Starts a write transaction that takes the write lock at once (no lock upgrade deadlocks).
    QString beginWrite() const;
    // The integer primary key column type.
    QString primaryKey() const;
    // A far-future date meaning "still the case".
    static QString openEnd() { return QStringLiteral("9999-12-31"); }
    // The lowest date, meaning "since always" (an organization of unknown establishment).
    static QString openStart() { return QStringLiteral("0001-01-01"); }

private:
    Kind m_kind;
};
