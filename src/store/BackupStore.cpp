#include "BackupStore.h"

#include "Database.h"
#include "Schema.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupStore", text);
}

auto logger()
{
    return Log::get("store");
}

constexpr int BusyTimeoutMs = 10000;
// The copy goes in steps of about 1% (a progress tick and a chance to stop each), 64 pages to
// 32 MiB at PartyRoll's page size.
constexpr int FirstStepPages = 64;
int pagesPerStep(int pageCount)
{
    return std::clamp(pageCount / 100, 64, 4096);
}

Error sqliteError(sqlite3* db, const QString& context)
{
    return Database::storageError(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), context);
}

Error cancelled()
{
    return Error(Error::Kind::Cancelled, tr("Stopped."));
}

bool isDamage(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

// A sqlite3 connection closed with the object.
class Connection
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    sqlite3** out() { return &m_db; }
    sqlite3* get() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// Opens a file that is not ours to change. A WAL-mode file without its -wal (a backup, or a
// database copied alone) is opened immutable: a plain read-only connection would leave an
// empty -wal and a -shm beside the user's file.
int openReadOnly(const QString& path, Connection& connection)
{
    const bool companions =
        QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal"));
    int rc = SQLITE_OK;
    if (companions) {
        rc = sqlite3_open_v2(QFile::encodeName(path).constData(), connection.out(), SQLITE_OPEN_READONLY, nullptr);
    } else {
        const QByteArray uri =
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + QByteArrayLiteral("?immutable=1");
        rc = sqlite3_open_v2(uri.constData(), connection.out(), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    }
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(connection.get(), BusyTimeoutMs);
        sqlite3_extended_result_codes(connection.get(), 1);
    }
    return rc;
}

// Runs a statement and hands each row's first column (as text) to `row`; SQLite's code.
int eachRow(sqlite3* db, const char* sql, const std::function<void(const QString&)>& row)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return rc;
    }
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        row(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// Lets a long pragma be stopped: SQLite calls this every few thousand instructions.
int pollProgress(void* context)
{
    const auto* progress = static_cast<const BackupStore::Progress*>(context);
    return (*progress)(0.0) ? 0 : 1;
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

BackupStore::ExclusiveLock::~ExclusiveLock()
{
    if (m_file != nullptr) {
        m_file->pMethods->xUnlock(m_file, SQLITE_LOCK_NONE);
    }
    sqlite3_close_v2(m_db);
}

Status BackupStore::copy(Database& db, const QString& target, const Progress& progress)
{
    if (db.inTransaction()) {
        return Error(Error::Kind::Conflict, tr("A backup cannot be made inside a transaction."));
    }
    sqlite3* source = db.sqliteHandle();
    if (source == nullptr) {
        return Error(Error::Kind::Storage, tr("The database is not open."));
    }
    return copyFrom(source, db.path(), target, progress);
}

Status BackupStore::copyFile(const QString& source, const QString& target, const Progress& progress)
{
    Connection connection;
    if (openReadOnly(source, connection) != SQLITE_OK) {
        return sqliteError(connection.get(), QStringLiteral("opening ") + source);
    }
    return copyFrom(connection.get(), source, target, progress);
}

Status BackupStore::copyFrom(sqlite3* source, const QString& sourceName, const QString& target,
                             const Progress& progress)
{
    // Created here, not by SQLite, so that it is never readable by others, not even for a moment.
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (QFileInfo::exists(target)) {
                return Error(Error::Kind::Conflict, tr("%1 already exists.").arg(target));
            }
            logger()->info("cannot create {}: {}", target, file.errorString());
            return Error(Error::Kind::Storage, tr("%1 cannot be written: %2").arg(target, file.errorString()));
        }
    }
    // The snapshot: one read transaction through the whole copy. A copy in steps without it
    // would start again each time another connection writes, and might never end.
    if (sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error error = sqliteError(source, QStringLiteral("reading ") + sourceName);
        sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
        QFile::remove(target);
        return error;
    }
    Status result;
    {
        Connection destination;
        if (sqlite3_open_v2(QFile::encodeName(target).constData(), destination.out(), SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
            result = sqliteError(destination.get(), QStringLiteral("opening ") + target);
        } else {
            // A new file needs no journal: until it is complete and checked it is nobody's backup.
            sqlite3_exec(destination.get(), "PRAGMA journal_mode=OFF", nullptr, nullptr, nullptr);
            sqlite3_backup* backup = sqlite3_backup_init(destination.get(), "main", source, "main");
            if (backup == nullptr) {
                result = sqliteError(destination.get(), QStringLiteral("starting the backup of ") + sourceName);
            } else {
                int rc = SQLITE_OK;
                int pages = FirstStepPages;
                int busyWaitedMs = 0;
                bool stopped = false;
                while (!stopped) {
                    rc = sqlite3_backup_step(backup, pages);
                    if (rc == SQLITE_DONE) {
                        break;
                    }
                    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busyWaitedMs < BusyTimeoutMs) {
                        QThread::msleep(20);
                        busyWaitedMs += 20;
                        continue;
                    }
                    if (rc != SQLITE_OK) {
                        break;
                    }
                    const int total = sqlite3_backup_pagecount(backup);
                    const int left = sqlite3_backup_remaining(backup);
                    pages = pagesPerStep(total);
                    stopped = progress && !progress(total > 0 ? double(total - left) / total : 0.0);
                }
                sqlite3_backup_finish(backup);
                if (stopped) {
                    result = cancelled();
                } else if (rc != SQLITE_DONE) {
                    result = Database::storageError(rc, QString::fromUtf8(sqlite3_errstr(rc)),
                                                    QStringLiteral("backing up ") + sourceName);
                } else if (sqlite3_exec(destination.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) !=
                           SQLITE_OK) {
                    // The copy carries the source's WAL flag in its header; a backup is one file.
                    result = sqliteError(destination.get(), QStringLiteral("journal_mode of ") + target);
                }
            }
        }
    }
    sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
    if (result.ok() && !syncToDisk(target)) {
        result = Error(Error::Kind::Storage, tr("%1 could not be written to the disk.").arg(target));
    }
    if (!result.ok()) {
        removeWithCompanions(target);
    }
    return result;
}

Result<BackupStore::FileFacts> BackupStore::check(const QString& path, Check depth, const Progress& progress)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(Error::Kind::NotFound, tr("There is no file %1.").arg(path));
    }
    const Error notOurs(Error::Kind::Storage, tr("%1 is not a PartyRoll database.").arg(path));
    if (!info.isFile()) {
        return notOurs;
    }
    {
        // Anything else is refused before SQLite reads it.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(Error::Kind::Storage, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        }
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            return notOurs;
        }
    }
    Connection connection;
    if (openReadOnly(path, connection) != SQLITE_OK) {
        return sqliteError(connection.get(), QStringLiteral("opening ") + path);
    }
    sqlite3* db = connection.get();
    const Error damaged(Error::Kind::Storage, tr("%1 is damaged (details in the log).").arg(path));
    FileFacts facts;
    facts.bytes = info.size();
    QString version;
    int rc = eachRow(db, "PRAGMA user_version", [&](const QString& value) { version = value; });
    int tables = 0;
    if (rc == SQLITE_OK) {
        rc = eachRow(db,
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                     " AND name IN ('organizations', 'members', 'membership_events')",
                     [&](const QString& value) { tables = value.toInt(); });
    }
    if (rc != SQLITE_OK) {
        const Error error = sqliteError(db, QStringLiteral("reading ") + path);
        return isDamage(rc) ? notOurs : error;
    }
    facts.schemaVersion = version.toInt();
    if (facts.schemaVersion > Schema::currentVersion()) {
        return Error(Error::Kind::SchemaTooNew,
                     tr("%1 was written by a newer version of PartyRoll (schema %2; this program knows up to %3). "
                        "Update the program to use it.")
                         .arg(path)
                         .arg(facts.schemaVersion)
                         .arg(Schema::currentVersion()));
    }
    if (facts.schemaVersion < 1 || tables != 3) {
        return notOurs;
    }
    if (depth == Check::Schema) {
        return facts;
    }
    if (progress) {
        sqlite3_progress_handler(db, 100000, &pollProgress, const_cast<Progress*>(&progress));
    }
    QStringList problems;
    rc = eachRow(db, depth == Check::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check", [&](const QString& line) {
        if (line != QStringLiteral("ok") && problems.size() < 10) {
            problems.append(line);
        }
    });
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_INTERRUPT) {
        return cancelled();
    }
    if (rc != SQLITE_OK) {
        const Error error = sqliteError(db, QStringLiteral("checking ") + path);
        return isDamage(rc) ? damaged : error;
    }
    if (!problems.isEmpty()) {
        logger()->warn("{} of {}: {}", depth == Check::Full ? "integrity_check" : "quick_check", path,
                       problems.join(QStringLiteral("; ")));
        return damaged;
    }
    return facts;
}

bool BackupStore::syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path)
    return true; // the renames of other systems are synced by their file system
#endif
}

Result<std::unique_ptr<BackupStore::ExclusiveLock>> BackupStore::lockExclusively(const QString& path, int waitMs)
{
    std::unique_ptr<ExclusiveLock> lock(new ExclusiveLock);
    // Opening reads nothing; the lock below is taken on the file itself, through SQLite's VFS, so
    // that it counts against this process's own connections as well as other programs'.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &lock->m_db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK ||
        sqlite3_file_control(lock->m_db, "main", SQLITE_FCNTL_FILE_POINTER, &lock->m_file) != SQLITE_OK ||
        lock->m_file == nullptr || lock->m_file->pMethods == nullptr) {
        lock->m_file = nullptr;
        return sqliteError(lock->m_db, QStringLiteral("opening ") + path + QStringLiteral(" to lock it"));
    }
    sqlite3_file* file = lock->m_file;
    int rc = SQLITE_OK;
    for (int waited = 0;; waited += 50) {
        rc = file->pMethods->xLock(file, SQLITE_LOCK_SHARED);
        if (rc == SQLITE_OK) {
            rc = file->pMethods->xLock(file, SQLITE_LOCK_EXCLUSIVE);
        }
        if (rc == SQLITE_OK) {
            return lock;
        }
        // A refused EXCLUSIVE may leave a PENDING lock, which would keep new readers out.
        file->pMethods->xUnlock(file, SQLITE_LOCK_NONE);
        if ((rc & 0xff) != SQLITE_BUSY || waited >= waitMs) {
            break;
        }
        QThread::msleep(50);
    }
    if ((rc & 0xff) == SQLITE_BUSY) {
        logger()->info("{} is in use: the exclusive lock was refused", path);
        return Error(Error::Kind::Storage,
                     tr("The database %1 is open in PartyRoll or another program. Close it there first.").arg(path));
    }
    return Database::storageError(rc, QString::fromUtf8(sqlite3_errstr(rc)), QStringLiteral("locking ") + path);
}
