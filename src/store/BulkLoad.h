#pragma once

#include "core/Result.h"

#include <QString>

class Database;

// A big load into empty member tables, where the loader guarantees integrity by construction
// (organizations checked against the ones in the database, members created in the same
// transaction): prepare(), before the transaction, stops foreign key checks on this
// connection; begin(), inside it, drops the secondary indexes whose keys arrive in random
// order; finish() builds them again. A rollback brings the indexes back untouched; the
// destructor turns foreign key checks back on.
// The audit trail: from begin() the rows of this connection are not audited (the audit triggers
// are dropped inside the transaction: a per-row trail would double the work of a million-row
// load); finish() creates them again and writes one summary row instead (what, file, rows
// written). All of it is in the load's transaction: a rollback leaves no summary and the
// triggers in place, and a commit without finish() is refused (AuditSession).
class BulkLoad
{
public:
    explicit BulkLoad(Database& db);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // What is loaded, for the summary row of the audit trail (e.g. "import members", the file).
    void describe(const QString& what, const QString& file = {});

    Status prepare();
    Status begin();
    Status finish();
    bool active() const { return m_active; }

    // Only the audit part, for a load that keeps its indexes (generate): suspends the per-row
    // trail until finishTrail(), which resumes it and writes the summary row; both inside the
    // transaction. begin() / finish() call these.
    Status suspendTrail();
    Status finishTrail();

private:
    Database& m_db;
    bool m_foreignKeysOff = false;
    bool m_rollbackJournal = false;
    bool m_active = false;
    bool m_trailSuspended = false;
    bool m_triggersDropped = false;
    qint64 m_changesAtStart = 0;
    QString m_what;
    QString m_file;
};
