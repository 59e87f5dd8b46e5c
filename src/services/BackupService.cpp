#include "BackupService.h"

#include "AccessControl.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "store/BackupStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <tuple>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupService", text);
}

auto logger()
{
    return Log::get("services");
}

// How long a restore waits for the last reader of the database to let go.
constexpr int LockWaitMs = 2000;

// The program's clock (tests pin the date) with the time of day, for file names.
QDateTime now()
{
    return QDateTime(Clock::today(), QTime::currentTime());
}

QString stamp(const QDateTime& when)
{
    return when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// A name that does not exist yet: stem + suffix, else stem-2 + suffix ...
QString freeName(const QString& stem, const QString& suffix)
{
    QString name = stem + suffix;
    for (int n = 2; QFileInfo::exists(name); ++n) {
        name = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    }
    return name;
}

// Atomic on one file system, and replaces an existing target (QFile::rename refuses to).
bool renameFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    if (error) {
        logger()->warn("cannot rename {} to {}: {}", from, to, error.message());
    }
    return !error;
}

// Part of the work's progress: [from, to) of the whole.
BackupService::Progress stage(const BackupService::Progress& progress, double from, double to)
{
    if (!progress) {
        return {};
    }
    return [progress, from, to](double fraction) { return progress(from + (to - from) * fraction); };
}

// Asks the progress callback at a stage boundary whether to go on: small files finish a stage
// before SQLite's progress handler has been called even once.
bool carryOn(const BackupService::Progress& progress, double fraction)
{
    return !progress || progress(fraction);
}

Error notRestored(const Error& error)
{
    if (error.kind() == Error::Kind::Cancelled) {
        return Error(Error::Kind::Cancelled, tr("The restore was cancelled; the database was not changed."));
    }
    return Error(error.kind(), tr("%1 The database was not changed.").arg(error.message()), error.field());
}

struct AutomaticBackup
{
    QString path;
    QString when; // yyyyMMddHHmmss
    int n = 1;    // the -2, -3 ... of several in one second
    bool daily = false;
};

QList<AutomaticBackup> listAutomaticBackups(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    QList<AutomaticBackup> found;
    const QRegularExpression daily(QStringLiteral("^%1-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.sqlite$")
                                       .arg(QRegularExpression::escape(database.completeBaseName())));
    const QDir folder(BackupService::backupFolder(databasePath));
    for (const QString& name : folder.entryList(QDir::Files)) {
        if (const auto match = daily.match(name); match.hasMatch()) {
            found.append({folder.filePath(name), match.captured(1) + match.captured(2),
                          match.captured(3).isEmpty() ? 1 : match.captured(3).toInt(), true});
        }
    }
    // Database::migrate's copies: PATH.schemaN-YYYYMMDDHHMMSS[-n].bak
    const QRegularExpression migration(QStringLiteral("^%1\\.schema\\d+-(\\d{14})(?:-(\\d+))?\\.bak$")
                                           .arg(QRegularExpression::escape(database.fileName())));
    const QDir beside = database.absoluteDir();
    for (const QString& name : beside.entryList(QDir::Files)) {
        if (const auto match = migration.match(name); match.hasMatch()) {
            found.append({beside.filePath(name), match.captured(1),
                          match.captured(2).isEmpty() ? 1 : match.captured(2).toInt(), false});
        }
    }
    std::sort(found.begin(), found.end(), [](const AutomaticBackup& a, const AutomaticBackup& b) {
        return std::tie(a.when, a.n, a.path) < std::tie(b.when, b.n, b.path);
    });
    return found;
}

} // namespace

BackupService::BackupService(Database& db)
    : m_db(db)
{
}

Status BackupService::mayBackUp(const UserContext& user)
{
    // A backup is a copy of every record: whoever may read the whole database (administrators
    // and department staff once access control is on).
    return AccessControl(m_db).canReadAll(user);
}

Status BackupService::mayRestore(const UserContext& user, const QString& databasePath)
{
    // A restore replaces every record: administrators only once access control is on. Asked of
    // the live file (when there is one), whose connection is closed again before the swap.
    if (!QFileInfo::exists(databasePath)) {
        return {};
    }
    auto live = Database::open(databasePath, Database::OpenMode::ExistingOnly);
    if (!live.ok()) {
        return {}; // a damaged file is what a restore is for
    }
    return AccessControl(**live).canManageUsers(user);
}

QString BackupService::backupFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<BackupService::Backup> BackupService::backup(const UserContext& user, const QString& target, bool replace,
                                                    const Progress& progress)
{
    if (auto allowed = mayBackUp(user); !allowed.ok()) {
        return allowed.error();
    }
    return writeBackup(target, replace, progress);
}

Result<BackupService::Backup> BackupService::writeBackup(const QString& target, bool replace, const Progress& progress)
{
    const QFileInfo info(target);
    const QString file = info.absoluteFilePath();
    // Not the database, nor a name SQLite would take for one of its companions.
    const QString database = QFileInfo(m_db.path()).absoluteFilePath();
    const QString canonicalDatabase = QFileInfo(m_db.path()).canonicalFilePath();
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (file == database + suffix || (info.exists() && info.canonicalFilePath() == canonicalDatabase + suffix)) {
            return Error(Error::Kind::Conflict, tr("A backup cannot be written over the database itself."));
        }
    }
    if (info.exists()) {
        if (!info.isFile()) {
            return Error(Error::Kind::Invalid, tr("%1 is a folder, not a file.").arg(file));
        }
        if (!replace) {
            return Error(Error::Kind::Conflict, tr("%1 already exists.").arg(file));
        }
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error(Error::Kind::Storage, tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }
    // Complete and checked under the .part name first: a file under the final name is always a
    // whole backup, and a backup being replaced stays until the new one is there.
    const QString partial = file + QStringLiteral(".part");
    QFile::remove(partial); // left by a backup that was killed
    const int version = m_db.schemaVersion();
    if (auto copied = BackupStore::copy(m_db, partial, stage(progress, 0.0, 0.85)); !copied.ok()) {
        if (copied.error().kind() == Error::Kind::Cancelled) {
            return Error(Error::Kind::Cancelled, tr("The backup was cancelled; no file was written."));
        }
        return copied.error();
    }
    auto checked = BackupStore::check(partial, BackupStore::Check::Quick, stage(progress, 0.85, 1.0));
    if (!checked.ok() || checked->schemaVersion != version) {
        QFile::remove(partial);
        if (!checked.ok() && checked.error().kind() == Error::Kind::Cancelled) {
            return Error(Error::Kind::Cancelled, tr("The backup was cancelled; no file was written."));
        }
        logger()->warn("the copy of {} failed its check: {}", m_db.path(),
                       checked.ok() ? QStringLiteral("schema %1").arg(checked->schemaVersion)
                                    : checked.error().message());
        return Error(Error::Kind::Storage, tr("The copy of the database failed its check, so no backup was made. The "
                                              "database itself may be damaged (details in the log)."));
    }
    if (!carryOn(progress, 1.0)) {
        QFile::remove(partial);
        return Error(Error::Kind::Cancelled, tr("The backup was cancelled; no file was written."));
    }
    if (!renameFile(partial, file)) {
        QFile::remove(partial);
        return Error(Error::Kind::Storage, tr("The backup %1 cannot be written.").arg(file));
    }
    BackupStore::syncToDisk(info.absolutePath());
    logger()->info("backed up {} to {} ({} bytes, schema {})", m_db.path(), file, checked->bytes, version);
    return Backup{file, checked->bytes, version};
}

Result<BackupService::Backup> BackupService::automaticBackup(const UserContext& user, int keep,
                                                             const Progress& progress)
{
    const QString folder = backupFolder(m_db.path());
    if (!QFileInfo::exists(folder) &&
        !QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return Error(Error::Kind::Storage, tr("The folder %1 cannot be created.").arg(folder));
    }
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    const QDir dir(folder);
    // Unfinished automatic backups of a program that was killed are of no use to anyone.
    for (const QString& stale : dir.entryList({base + QStringLiteral("-*.sqlite.part")}, QDir::Files)) {
        QFile::remove(dir.filePath(stale));
    }
    // A safety copy beside the database (owner-only, like it), not a copy handed to the user:
    // made for any signed-in user.
    if (auto allowed = AccessControl(m_db).canReadSomething(user); !allowed.ok()) {
        return allowed.error();
    }
    auto made =
        writeBackup(freeName(dir.filePath(base + u'-' + stamp(now())), QStringLiteral(".sqlite")), false, progress);
    if (!made.ok()) {
        return made.error();
    }
    if (auto pruned = pruneAutomaticBackups(m_db.path(), keep); !pruned.ok()) {
        logger()->warn("{}", pruned.error().message()); // the backup itself is made
    }
    return made;
}

Result<std::optional<BackupService::Backup>> BackupService::dailyBackup(const UserContext& user, int keep,
                                                                        const Progress& progress)
{
    const QString today = Clock::today().toString(QStringLiteral("yyyyMMdd"));
    for (const AutomaticBackup& existing : listAutomaticBackups(m_db.path())) {
        if (existing.daily && existing.when.startsWith(today)) {
            return std::optional<Backup>();
        }
    }
    auto made = automaticBackup(user, keep, progress);
    if (!made.ok()) {
        return made.error();
    }
    return std::optional<Backup>(*made);
}

QStringList BackupService::automaticBackups(const QString& databasePath)
{
    QStringList paths;
    for (const AutomaticBackup& backup : listAutomaticBackups(databasePath)) {
        paths.append(backup.path);
    }
    return paths;
}

Status BackupService::pruneAutomaticBackups(const QString& databasePath, int keep)
{
    const QStringList all = automaticBackups(databasePath);
    const qsizetype surplus = all.size() - std::max(1, keep);
    for (qsizetype i = 0; i < surplus; ++i) {
        if (!QFile::remove(all.at(i))) {
            return Error(Error::Kind::Storage, tr("The old backup %1 cannot be removed.").arg(all.at(i)));
        }
        logger()->info("removed the old backup {}", all.at(i));
    }
    return {};
}

Result<BackupService::Backup> BackupService::inspect(const QString& backupFile)
{
    auto facts = BackupStore::check(backupFile, BackupStore::Check::Schema);
    if (!facts.ok()) {
        return facts.error();
    }
    return Backup{QFileInfo(backupFile).absoluteFilePath(), facts->bytes, facts->schemaVersion};
}

Result<BackupService::Restored> BackupService::restore(const UserContext& user, const QString& databasePath,
                                                       const QString& backupFile, const Progress& progress)
{
    if (auto allowed = mayRestore(user, databasePath); !allowed.ok()) {
        return allowed.error();
    }
    const QFileInfo liveInfo(databasePath);
    const QString live = liveInfo.absoluteFilePath();
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    if (liveInfo.exists() && QFileInfo(source).canonicalFilePath() == liveInfo.canonicalFilePath()) {
        return Error(Error::Kind::Conflict, tr("A database cannot be restored from itself."));
    }
    // 1. The backup: a PartyRoll database, whole, of a schema this program reads.
    auto facts = BackupStore::check(source, BackupStore::Check::Full, stage(progress, 0.0, 0.45));
    if (!facts.ok()) {
        return notRestored(facts.error());
    }
    // 2. A copy of it beside the database (same file system, so the swap is a rename), checked
    // again as written.
    if (!QDir().mkpath(liveInfo.absolutePath())) {
        return Error(Error::Kind::Storage, tr("The folder %1 cannot be created.").arg(liveInfo.absolutePath()));
    }
    const QDir folder = liveInfo.absoluteDir();
    for (const QString& stale :
         folder.entryList({liveInfo.fileName() + QStringLiteral(".restore-*.part")}, QDir::Files)) {
        QFile::remove(folder.filePath(stale)); // left by a restore that was killed
    }
    const QString incoming =
        QStringLiteral("%1.restore-%2.part").arg(live, QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (auto copied = BackupStore::copyFile(source, incoming, stage(progress, 0.45, 0.9)); !copied.ok()) {
        return notRestored(copied.error());
    }
    auto written = BackupStore::check(incoming, BackupStore::Check::Quick, stage(progress, 0.9, 0.98));
    if (!written.ok() || written->schemaVersion != facts->schemaVersion) {
        QFile::remove(incoming);
        return notRestored(written.ok() ? Error(Error::Kind::Storage, tr("The copy of the backup differs from it."))
                                        : written.error());
    }
    // 3. The swap, under SQLite's exclusive lock on the database: nobody has it open meanwhile.
    // The last moment to stop.
    if (!carryOn(progress, 1.0)) {
        QFile::remove(incoming);
        return notRestored(Error(Error::Kind::Cancelled, QString()));
    }
    const bool replacing = QFileInfo::exists(live);
    std::unique_ptr<BackupStore::ExclusiveLock> lock;
    if (replacing) {
        auto locked = BackupStore::lockExclusively(live, LockWaitMs);
        if (!locked.ok()) {
            QFile::remove(incoming);
            return notRestored(locked.error());
        }
        lock = std::move(locked).value();
    }
    const QStringList companions{QStringLiteral("-wal"), QStringLiteral("-journal")};
    QString previous;
    QStringList moved; // suffixes moved to `previous`, to be put back on failure
    auto putBack = [&] {
        for (const QString& suffix : std::as_const(moved)) {
            renameFile(previous + suffix, live + suffix);
        }
    };
    if (replacing) {
        previous = freeName(live + QStringLiteral(".before-restore-") + stamp(now()), QString());
        // The replaced file keeps its own -wal or hot -journal: SQLite finds them by its new name.
        for (const QString& suffix : QStringList{QString()} + companions) {
            if (!QFileInfo::exists(live + suffix)) {
                continue;
            }
            if (!renameFile(live + suffix, previous + suffix)) {
                putBack();
                QFile::remove(incoming);
                return notRestored(Error(Error::Kind::Storage, tr("The database file cannot be renamed.")));
            }
            moved.append(suffix);
        }
    } else {
        // Leftovers of a database deleted by hand would be applied to the restored one.
        for (const QString& suffix : companions) {
            QFile::remove(live + suffix);
        }
    }
    // The wal-index belongs to the file just moved away; SQLite rebuilds it for the new one.
    QFile::remove(live + QStringLiteral("-shm"));
    if (!renameFile(incoming, live)) {
        putBack();
        QFile::remove(incoming);
        return notRestored(Error(Error::Kind::Storage, tr("The database file cannot be replaced.")));
    }
    BackupStore::syncToDisk(liveInfo.absolutePath());
    lock.reset();
    logger()->info("restored {} from {} (schema {}); the previous file is {}", live, source, facts->schemaVersion,
                   previous.isEmpty() ? QStringLiteral("none") : previous);
    return Restored{previous, facts->schemaVersion};
}
