#pragma once

#include "core/Result.h"

class Database;

// A big load into empty member tables, where the loader guarantees integrity by construction
// (organizations checked against the ones in the database, members created in the same
// transaction): prepare(), before the transaction, stops foreign key checks on this
// connection; begin(), inside it, drops the secondary indexes whose keys arrive in random
// order; finish() builds them again. A rollback brings the indexes back untouched; the
// destructor turns foreign key checks back on.
class BulkLoad
{
public:
    explicit BulkLoad(Database& db);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    Status prepare();
    Status begin();
    Status finish();
    bool active() const { return m_active; }

private:
    Database& m_db;
    bool m_foreignKeysOff = false;
    bool m_rollbackJournal = false;
    bool m_active = false;
};
