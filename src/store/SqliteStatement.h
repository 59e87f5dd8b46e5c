#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringEncoder>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class Database;

// A statement prepared once on the calling thread's SQLite connection and run many times.
// Used where Qt SQL's per-call overhead dominates: bulk imports, generation and the
// statistics scans. Values are always bound, never spliced into the SQL text.
class SqliteStatement
{
public:
    SqliteStatement(Database& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    const Status& status() const { return m_status; }

    // Parameters are 1-based like SQLite's.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<qint64>(value ? 1 : 0)); }
    // A null or empty string binds NULL. The text is converted to UTF-8 into a buffer kept per
    // parameter (reused, no allocation per row), which SQLite reads in place.
    void bind(int index, const QString& value);
    void bind(int index, const QDate& value); // a null date binds NULL
    void bindId(int index, qint64 id);        // 0 binds NULL (no row)
    void bindNull(int index);

    // Runs a statement that returns no rows and resets it for the next bindings.
    Status run();
    qint64 lastInsertId() const;

    // Row-by-row reading: next() returns false at the end (or on error, see status()).
    bool next();
    void reset();
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    Status fail(const char* context);
    QByteArray& buffer(int index);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_status;
    std::vector<QByteArray> m_buffers; // UTF-8 text parameters, alive while SQLite may read them
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};
