#include "SqliteStatement.h"

#include "Database.h"

#include <sqlite3.h>

#include <algorithm>

SqliteStatement::SqliteStatement(Database& db, const char* sql)
    : m_db(db.sqliteHandle())
{
    if (m_db == nullptr) {
        m_status = Error(Error::Kind::Storage, QStringLiteral("no SQLite connection"));
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_status = fail(sql);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqliteStatement::fail(const char* context)
{
    const int code = sqlite3_extended_errcode(m_db);
    return Database::storageError(code, QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(context));
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

QByteArray& SqliteStatement::buffer(int index)
{
    if (m_buffers.size() <= static_cast<size_t>(index)) {
        m_buffers.resize(static_cast<size_t>(index) + 1);
    }
    return m_buffers[static_cast<size_t>(index)];
}

void SqliteStatement::bind(int index, const QString& value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    QByteArray& utf8 = buffer(index);
    const qsizetype needed = m_encoder.requiredSpace(value.size());
    if (utf8.size() < needed) {
        utf8.resize(std::max<qsizetype>(needed, 64));
    }
    char* end = m_encoder.appendToBuffer(utf8.data(), value);
    const auto length = static_cast<int>(end - utf8.constData());
    sqlite3_bind_text(m_stmt, index, utf8.constData(), length, SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QDate& value)
{
    if (!value.isValid()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    char text[11];
    const int y = value.year();
    const int m = value.month();
    const int d = value.day();
    // YYYY-MM-DD without going through QString: this is on the hot path of imports.
    text[0] = static_cast<char>('0' + (y / 1000) % 10);
    text[1] = static_cast<char>('0' + (y / 100) % 10);
    text[2] = static_cast<char>('0' + (y / 10) % 10);
    text[3] = static_cast<char>('0' + y % 10);
    text[4] = '-';
    text[5] = static_cast<char>('0' + m / 10);
    text[6] = static_cast<char>('0' + m % 10);
    text[7] = '-';
    text[8] = static_cast<char>('0' + d / 10);
    text[9] = static_cast<char>('0' + d % 10);
    text[10] = 0;
    sqlite3_bind_text(m_stmt, index, text, 10, SQLITE_TRANSIENT);
}

void SqliteStatement::bindId(int index, qint64 id)
{
    if (id == 0) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        sqlite3_bind_int64(m_stmt, index, id);
    }
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Status SqliteStatement::run()
{
    if (!m_status.ok()) {
        return m_status;
    }
    const int rc = sqlite3_step(m_stmt);
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        result = fail(sqlite3_sql(m_stmt));
    }
    // No clear_bindings: callers bind every parameter each time, and clearing costs per row.
    sqlite3_reset(m_stmt);
    return result;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteStatement::next()
{
    if (!m_status.ok()) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_status = fail(sqlite3_sql(m_stmt));
    }
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
