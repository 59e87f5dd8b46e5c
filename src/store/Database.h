#pragma once

#include "SqlDialect.h"
#include "core/Result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;

// An open PartyRoll database: one named Qt SQL connection per thread (never the default
// connection), pragmas checked, schema migrated. The store classes take a Database& and are
// the only code that writes SQL.
class Database
{
public:
    enum class OpenMode {
        ExistingOnly,    // refuse a missing file, migrate an older schema
        CreateOrMigrate, // create the file when missing (init, GUI demo)
    };

    static Result<std::shared_ptr<Database>> open(const QString& path, OpenMode mode);
    // Caps the page caches of all connections of this process together (SQLite's soft heap
    // limit): the GUI runs several worker connections, each of which would otherwise keep
    // its own full cache.
    static void limitCacheMemory(qint64 bytes);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    const SqlDialect& dialect() const { return m_dialect; }
    int schemaVersion();

    // The connection of the calling thread, opened (and configured) on first use.
    QSqlDatabase connection();
    // Closes the calling thread's connection; worker threads call this before they end.
    void releaseThreadConnection();
    // The native SQLite handle of the calling thread's connection, for bulk statements.
    sqlite3* sqliteHandle();

    // Prepares, binds (positional ?) and executes; storage errors are logged with their
    // native code and returned as a plain translated message.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    Status execScript(const QStringList& statements);

    // Transactions nest: an inner beginWrite() opens a savepoint. Prefer WriteTransaction.
    Status beginWrite();
    Status commit();
    void rollback();
    bool inTransaction();
    // Foreign key enforcement of the calling thread's connection; only outside a transaction
    // (SQLite ignores the change inside one). Bulk loads that guarantee integrity by
    // construction switch it off for their transaction.
    Status setForeignKeys(bool on);

    // Turns a driver error into a user message (locked, full disk, read-only, corrupt ...)
    // and logs the details.
    static Error storageError(const QSqlError& error, const QString& context);
    static Error storageError(int sqliteCode, const QString& nativeMessage, const QString& context);

    // A consistent online copy of the database (VACUUM INTO); the target must not exist.
    Status copyTo(const QString& target);
    // SQLite's quick_check of the whole file: an error naming the damage when it is not "ok".
    Status quickCheck();

    // Who the writes of this database object are made by, for the audit trail (the login of
    // the signed-in user; "local" while access control is off). Set once after login.
    void setActor(const QString& login);
    QString actor() const;

private:
    Database(QString path, OpenMode mode);
    Status configure(QSqlDatabase& db);
    Status migrate();
    int& transactionDepth();

    QString m_path;
    QString m_connectionPrefix;
    SqlDialect m_dialect;
    OpenMode m_mode;
    Error m_openError;
    mutable QMutex m_actorMutex;
    QString m_actor = QStringLiteral("local");
};
