#pragma once

#include "core/Result.h"
#include "core/UserContext.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// Backups and restores of a database file (docs/backups.md). A backup is a consistent copy
// made while other connections keep writing, and it is checked before it is reported done. A
// restore checks a backup (a PartyRoll database, whole, of a schema this program reads) and
// swaps a copy of it in for the database file, keeping the file it replaces. Automatic
// backups (once a day on exit, and the copy every migration makes) are kept up to a number.
//
// Every call takes the acting user (docs/access.md): a backup is for those who may read the whole
// database, a restore for administrators only; an automatic backup for any signed-in user (it
// stays beside the database, readable by its owner only).
class BackupService
{
public:
    // Fraction done (0..1); false stops the work (it then fails as Cancelled and leaves nothing).
    using Progress = std::function<bool(double)>;
    // How many automatic backups are kept unless the user's setting says otherwise.
    static constexpr int DefaultKeep = 10;

    struct Backup
    {
        QString file;
        qint64 bytes = 0;
        int schemaVersion = 0;
    };

    struct Restored
    {
        QString previousFile; // the replaced database file, kept; empty when there was none
        int schemaVersion = 0;
    };

    explicit BackupService(Database& db);

    // Copies the database to target. An existing target is refused unless `replace`; it is then
    // replaced only by a complete, checked copy (written beside it as TARGET.part, renamed).
    Result<Backup> backup(const UserContext& user, const QString& target, bool replace = false,
                          const Progress& progress = {});
    // A backup into backupFolder() named NAME-YYYYMMDD-HHMMSS.sqlite; then the oldest automatic
    // backups beyond `keep` are removed.
    Result<Backup> automaticBackup(const UserContext& user, int keep, const Progress& progress = {});
    // automaticBackup() unless backupFolder() already holds one made today (the backup once a
    // day on exit); no value when there was one.
    Result<std::optional<Backup>> dailyBackup(const UserContext& user, int keep, const Progress& progress = {});

    // A quick look at a file before a restore is offered: a PartyRoll database of a schema this
    // program reads. Its integrity is checked by restore().
    static Result<Backup> inspect(const QString& backupFile);
    // Replaces the database file at databasePath with a copy of backupFile after checking it
    // (integrity_check, schema version). The file replaced is kept beside it as
    // NAME.before-restore-YYYYMMDD-HHMMSS (with its -wal or -journal). Refused while any
    // connection has the database open, this process's own included: close it first.
    static Result<Restored> restore(const UserContext& user, const QString& databasePath, const QString& backupFile,
                                    const Progress& progress = {});

    // The `backups` folder beside the database.
    static QString backupFolder(const QString& databasePath);
    // The automatic backups of a database, oldest first: those in backupFolder() and the copies
    // made before migrations (NAME.schemaN-YYYYMMDDHHMMSS.bak beside the database).
    static QStringList automaticBackups(const QString& databasePath);
    // Removes the oldest automatic backups until `keep` (at least 1) are left.
    static Status pruneAutomaticBackups(const QString& databasePath, int keep);

private:
    Status mayBackUp(const UserContext& user);
    // backup() without the access check (automatic backups check their own).
    Result<Backup> writeBackup(const QString& target, bool replace, const Progress& progress);
    static Status mayRestore(const UserContext& user, const QString& databasePath);

    Database& m_db;
};
