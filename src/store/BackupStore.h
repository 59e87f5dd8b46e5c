#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <memory>

class Database;
struct sqlite3;
struct sqlite3_file;

// File-level SQLite work for backups and restores (docs/backups.md): SQLite's online backup
// into a new file, the checks of a database file that is not open, and the exclusive lock a
// restore holds while it swaps files. Nothing here writes a PartyRoll table.
class BackupStore
{
public:
    // Fraction done (0..1); returns false to stop the work (it then fails as Cancelled).
    using Progress = std::function<bool(double)>;

    enum class Check {
        Schema, // a SQLite file with the PartyRoll tables and a schema version this program reads
        Quick,  // + PRAGMA quick_check (the b-trees; fast)
        Full,   // + PRAGMA integrity_check (also every index against its table)
    };

    struct FileFacts
    {
        int schemaVersion = 0;
        qint64 bytes = 0;
    };

    // Copies the database as it is at one moment to target: a read transaction is held through
    // SQLite's online backup, so other connections (this process's workers, another program)
    // keep writing meanwhile and none of their writes is half in the copy. target must not
    // exist; it is created readable by its owner only, ends in rollback-journal mode (one
    // self-contained file) and is on disk when this returns. On failure it is removed.
    static Status copy(Database& db, const QString& target, const Progress& progress = {});
    // The same from a database file that no Database has open, read without being changed.
    static Status copyFile(const QString& source, const QString& target, const Progress& progress = {});

    // Reads a file without changing it and checks it to the given depth. Errors: NotFound (no
    // such file), SchemaTooNew, Storage (not a PartyRoll database, damaged), Cancelled.
    static Result<FileFacts> check(const QString& path, Check depth, const Progress& progress = {});

    // fsync of a file or a folder (after a rename, so that the new name survives a power cut).
    static bool syncToDisk(const QString& path);

    // SQLite's own exclusive lock on a database file, taken the way a writer takes it but
    // without reading the file, so a damaged file can be locked too. Held, it keeps every other
    // connection of any process from reading or writing the file; it cannot be taken while any
    // connection has the file open in WAL mode (they hold a shared lock as long as they are
    // open) or is inside a transaction. Released with the object.
    class ExclusiveLock
    {
    public:
        ~ExclusiveLock();
        ExclusiveLock(const ExclusiveLock&) = delete;
        ExclusiveLock& operator=(const ExclusiveLock&) = delete;

    private:
        friend class BackupStore;
        ExclusiveLock() = default;
        sqlite3* m_db = nullptr;
        sqlite3_file* m_file = nullptr;
    };
    // Tries for up to waitMs. Storage error "in use" when another connection holds the file.
    static Result<std::unique_ptr<ExclusiveLock>> lockExclusively(const QString& path, int waitMs);

private:
    static Status copyFrom(sqlite3* source, const QString& sourceName, const QString& target, const Progress& progress);
};
