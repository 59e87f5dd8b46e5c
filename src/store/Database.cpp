#include "Database.h"

#include "AuditSession.h"
#include "BackupStore.h"
#include "Schema.h"
#include "WriteTransaction.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

auto logger()
{
    return Log::get("store");
}

constexpr int BusyTimeoutMs = 10000;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

Database::Database(QString path, OpenMode mode)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("partyroll-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_mode(mode)
{
}

Database::~Database()
{
    // Only connections of this thread can be closed safely here; workers release theirs.
    releaseThreadConnection();
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists() && mode == OpenMode::ExistingOnly) {
        return Error(Error::Kind::Storage,
                     tr("There is no database at %1. Create one with \"partyroll-cli init\".").arg(path));
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return Error(Error::Kind::Storage, tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }
    if (!info.exists()) {
        // Created here readable by its owner only (it holds personal data): SQLite would create
        // it with the umask's permissions, and gives its -wal and -shm those of the file. An
        // empty file is a new database to SQLite. A failure is left to SQLite to report.
        if (QFile file(info.absoluteFilePath()); !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
            logger()->info("{} cannot be created owner-only: {}", path, file.errorString());
        }
    }
    std::shared_ptr<Database> db(new Database(info.absoluteFilePath(), mode));
    QSqlDatabase connection = db->connection();
    if (!connection.isOpen()) {
        return db->m_openError;
    }
    if (auto migrated = db->migrate(); !migrated.ok()) {
        return migrated.error();
    }
    return db;
}

QSqlDatabase Database::connection()
{
    const QString name = m_connectionPrefix + QStringLiteral("-") +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        m_openError = storageError(db.lastError(), QStringLiteral("opening ") + m_path);
        return db;
    }
    if (auto configured = configure(db); !configured.ok()) {
        m_openError = configured.error();
        db.close();
    }
    return db;
}

void Database::limitCacheMemory(qint64 bytes)
{
    sqlite3_soft_heap_limit64(bytes);
}

void Database::releaseThreadConnection()
{
    const QString name = m_connectionPrefix + QStringLiteral("-") +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

sqlite3* Database::sqliteHandle()
{
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(handle.data());
    }
    return nullptr;
}

Status Database::configure(QSqlDatabase& db)
{
    QSqlQuery q(db);
    // Only takes effect on a new, empty file (before WAL and the schema): bigger pages suit
    // million-row tables. Existing files keep theirs.
    q.exec(QStringLiteral("PRAGMA page_size=8192"));
    // A file that is not a database fails at the first statement that reads it.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        return storageError(q.lastError(), QStringLiteral("foreign_keys"));
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        // Busy: another program holds the file in rollback-journal mode for a bulk load
        // (BulkLoad), which switches it back to WAL when it ends. This connection works in
        // either mode, waiting for locks up to the busy timeout; refusing to open would turn
        // a long import elsewhere into an error here.
        bool isNumber = false;
        const int code = q.lastError().nativeErrorCode().toInt(&isNumber);
        if (!isNumber || ((code & 0xff) != SQLITE_BUSY && (code & 0xff) != SQLITE_LOCKED)) {
            return storageError(q.lastError(), QStringLiteral("journal_mode"));
        }
        logger()->info("{}: journal_mode stays as it is while another connection writes", m_path);
        q.finish();
    }
    const QString mode = q.isValid() ? q.value(0).toString() : QStringLiteral("wal");
    if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        // Read-only media or exotic file systems refuse WAL; rollback journaling still keeps
        // writes atomic, so this is worth a warning, not a refusal.
        logger()->warn("{}: journal_mode is {}, not WAL", m_path, mode);
    }
    const QStringList pragmas{QStringLiteral("PRAGMA synchronous=NORMAL"),
                              QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs),
                              QStringLiteral("PRAGMA cache_size=-65536"), QStringLiteral("PRAGMA temp_store=MEMORY")};
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma)) {
            return storageError(q.lastError(), pragma);
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1) {
        return Error(Error::Kind::Storage, tr("The database driver does not enforce foreign keys."));
    }
    return AuditSession::install(*this, db);
}

void Database::setActor(const QString& login)
{
    const QMutexLocker lock(&m_actorMutex);
    m_actor = login;
}

QString Database::actor() const
{
    const QMutexLocker lock(&m_actorMutex);
    return m_actor;
}

int Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

Status Database::migrate()
{
    const int version = schemaVersion();
    if (version < 0) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("PRAGMA user_version"));
        return storageError(q.lastError(), tr("reading the schema version"));
    }
    const int current = Schema::currentVersion();
    if (version > current) {
        return Error(Error::Kind::SchemaTooNew,
                     tr("The database %1 was written by a newer version of PartyRoll (schema %2; this program "
                        "knows up to %3). Update the program to open it.")
                         .arg(m_path)
                         .arg(version)
                         .arg(current));
    }
    if (version == current) {
        return {};
    }
    QSqlQuery tables(connection());
    const bool hasContent = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next() &&
                            tables.value(0).toInt() > 0;
    tables.finish();
    if (version > 0 || hasContent) {
        // Back up before touching an existing file.
        // Written under a .part name and renamed when complete, so that a file named .bak is
        // always a whole backup, even after a crash in the middle of the copy. A second
        // migration in the same second (after such a crash) gets its own name.
        const QString stem = QStringLiteral("%1.schema%2-%3")
                                 .arg(m_path)
                                 .arg(version)
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")));
        QString backup = stem + QStringLiteral(".bak");
        for (int n = 2; QFileInfo::exists(backup); ++n) {
            backup = QStringLiteral("%1-%2.bak").arg(stem).arg(n);
        }
        const QString partial = backup + QStringLiteral(".part");
        // Unfinished backups of migrations that were killed are of no use to anyone.
        const QFileInfo file(m_path);
        for (const QString& stale :
             file.dir().entryList({file.fileName() + QStringLiteral(".schema*.bak.part")}, QDir::Files)) {
            QFile::remove(file.dir().filePath(stale));
        }
        if (auto copied = copyTo(partial); !copied.ok()) {
            QFile::remove(partial);
            return copied;
        }
        if (!QFile::rename(partial, backup)) {
            QFile::remove(partial);
            return Error(Error::Kind::Storage, tr("The backup %1 cannot be written.").arg(backup));
        }
        logger()->info("backed up {} to {} before migrating", m_path, backup);
    }
    WriteTransaction transaction(*this);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    for (int to = version + 1; to <= current; ++to) {
        if (auto done = execScript(Schema::migration(to, m_dialect)); !done.ok()) {
            return done;
        }
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(current))) {
        return storageError(q.lastError(), QStringLiteral("user_version"));
    }
    return transaction.commit();
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return storageError(q.lastError(), sql);
    }
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return storageError(q.lastError(), sql);
    }
    return q;
}

Status Database::execScript(const QStringList& statements)
{
    QSqlQuery q(connection());
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            return storageError(q.lastError(), statement);
        }
    }
    return {};
}

int& Database::transactionDepth()
{
    // Per thread, because each thread has its own connection and so its own transaction.
    thread_local QHash<const Database*, int> depths;
    return depths[this];
}

Status Database::beginWrite()
{
    int& depth = transactionDepth();
    QSqlQuery q(connection());
    // Nested writes (a service called inside an import) become savepoints.
    const QString sql = depth == 0 ? m_dialect.beginWrite() : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    if (!q.exec(sql)) {
        return storageError(q.lastError(), sql);
    }
    ++depth;
    return {};
}

Status Database::commit()
{
    int& depth = transactionDepth();
    QSqlQuery q(connection());
    const QString sql = depth <= 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(depth - 1);
    if (!q.exec(sql)) {
        const Error error = storageError(q.lastError(), sql);
        rollback();
        return error;
    }
    depth = std::max(0, depth - 1);
    return {};
}

void Database::rollback()
{
    int& depth = transactionDepth();
    QSqlQuery q(connection());
    if (depth <= 1) {
        if (!q.exec(QStringLiteral("ROLLBACK"))) {
            logger()->warn("rollback failed: {}", q.lastError().text());
        }
    } else if (!q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(depth - 1)) ||
               !q.exec(QStringLiteral("RELEASE sp%1").arg(depth - 1))) {
        logger()->warn("rollback to savepoint failed: {}", q.lastError().text());
    }
    depth = std::max(0, depth - 1);
}

Status Database::setForeignKeys(bool on)
{
    if (inTransaction()) {
        return Error(Error::Kind::Storage, QStringLiteral("foreign keys cannot change inside a transaction"));
    }
    QSqlQuery q(connection());
    if (!q.exec(on ? QStringLiteral("PRAGMA foreign_keys=ON") : QStringLiteral("PRAGMA foreign_keys=OFF"))) {
        return storageError(q.lastError(), QStringLiteral("foreign_keys"));
    }
    return {};
}

bool Database::inTransaction()
{
    return transactionDepth() > 0;
}

Status Database::copyTo(const QString& target)
{
    // VACUUM INTO writes into an empty file: created first, owner only, and never over another.
    if (QFile file(target); !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
        if (QFileInfo::exists(target)) {
            return Error(Error::Kind::Conflict, tr("%1 already exists.").arg(target));
        }
        return Error(Error::Kind::Storage, tr("The backup %1 cannot be written.").arg(target));
    }
    auto done = exec(QStringLiteral("VACUUM INTO ?"), {target});
    if (!done.ok()) {
        QFile::remove(target);
        return done.error();
    }
    done->finish();
    // On the disk before anything relies on it, whatever the connection's synchronous setting.
    if (!BackupStore::syncToDisk(target)) {
        QFile::remove(target);
        return Error(Error::Kind::Storage, tr("The backup %1 cannot be written.").arg(target));
    }
    return {};
}

Status Database::quickCheck()
{
    auto q = exec(QStringLiteral("PRAGMA quick_check"));
    if (!q.ok()) {
        return q.error();
    }
    QStringList problems;
    while (q->next() && problems.size() < 5) {
        const QString line = q->value(0).toString();
        if (line != QStringLiteral("ok")) {
            problems.append(line);
        }
    }
    if (problems.isEmpty()) {
        return {};
    }
    Log::get("store")->warn("quick_check of {}: {}", m_path, problems.join(QStringLiteral("; ")));
    return Error(Error::Kind::Storage,
                 tr("The database %1 is damaged; restore it from a backup (details in the log).").arg(m_path));
}

Error Database::storageError(const QSqlError& error, const QString& context)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return storageError(isNumber ? code : -1, error.text(), context);
}

Error Database::storageError(int sqliteCode, const QString& nativeMessage, const QString& context)
{
    // Conditions the user's message fully explains (busy, full, read-only, damaged) are logged
    // at info: partyroll-cli prints warnings and errors on stderr, and SQLite's own wording
    // ("database is locked") must not reach the user. Anything else is an error with details.
    const int primary = sqliteCode & 0xff;
    const bool explained =
        sqliteCode >= 0 &&
        (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_FULL || primary == SQLITE_READONLY ||
         primary == SQLITE_PERM || primary == SQLITE_CANTOPEN || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB);
    logger()->log(explained ? spdlog::level::info : spdlog::level::err, "SQL error {} ({}) while {}", sqliteCode,
                  nativeMessage, context.left(300));
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(Error::Kind::Storage,
                     tr("The database is busy: another program is writing to it. Try again in a moment."));
    case SQLITE_FULL:
        return Error(Error::Kind::Storage, tr("The disk is full: nothing was written."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error(Error::Kind::Storage,
                     tr("The database cannot be written: the file or its folder is read-only or missing."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(Error::Kind::Storage,
                     tr("The database file is damaged or is not a PartyRoll database. Restore it from a backup."));
    case SQLITE_IOERR:
        return Error(Error::Kind::Storage, tr("The database could not be read or written (input/output error)."));
    default:
        return Error(Error::Kind::Storage, tr("The database reported an error; details are in the log."));
    }
}
