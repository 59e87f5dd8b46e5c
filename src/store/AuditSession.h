#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

class Database;

// What each new connection needs for the audit trail: the SQL functions the triggers of
// AuditSchema call.
//   audit_actor()       the login writes are made by (Database::actor(), read at each write)
//   audit_bulk()        1 while a bulk load suspends the per-row trail of this connection
//   audit_set_bulk(on)  sets that flag (BulkLoad; not usable from triggers or views)
// The flag also drops at the end of the transaction (commit or rollback), so a bulk load that
// fails can never leave later writes of the connection unaudited.
// A connection without these functions (the sqlite3 tool) cannot write to audited tables:
// "no such function: audit_actor". Reading works everywhere (docs/audit.md).
namespace AuditSession {

Status install(Database& database, QSqlDatabase& connection);

// Suspends (on) or resumes the per-row trail of the calling thread's connection: the triggers
// stay and skip rows.
Status setBulkLoad(Database& database, bool on);

// For a bulk load, inside its transaction: suspends the trail and drops the audit triggers, so
// that the rows of the load do not even run them (a trigger that skips still costs a few
// microseconds per row); true when they were dropped, false when they could not be (another
// statement of the connection reads the schema) and stay, skipping rows. resumeTrail() creates
// dropped triggers again and resumes; the transaction cannot be committed before (the commit
// hook turns such a COMMIT into a rollback).
Result<bool> suspendTrail(Database& database);
Status resumeTrail(Database& database);
// Creates the triggers again, the trail still suspended.
Status resumeTriggersOnly(Database& database);

} // namespace AuditSession
