#pragma once

#include "core/Result.h"

class Database;

// Suspends the secondary indexes of members and membership_events during a big load into
// empty tables, inside the caller's transaction: they are dropped by begin() and built again
// by finish(). A rollback brings them back untouched.
class BulkLoad
{
public:
    explicit BulkLoad(Database& db);

    Status begin();
    Status finish();
    bool active() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};
