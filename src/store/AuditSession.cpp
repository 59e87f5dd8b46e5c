#include "AuditSession.h"

#include "AuditSchema.h"
#include "Database.h"
#include "core/Log.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace {

// Per connection, owned by SQLite (freed with the last function that refers to it).
struct SessionState
{
    Database* database = nullptr;
    bool bulk = false;
    // The audit triggers are dropped inside the current transaction (a bulk load): a commit
    // is refused until they are back.
    bool triggersDropped = false;
};

void actorFunction(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* state = static_cast<SessionState*>(sqlite3_user_data(context));
    const QByteArray login = state->database->actor().toUtf8();
    sqlite3_result_text(context, login.constData(), int(login.size()), SQLITE_TRANSIENT);
}

void bulkFunction(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* state = static_cast<SessionState*>(sqlite3_user_data(context));
    sqlite3_result_int(context, state->bulk ? 1 : 0);
}

void setBulkFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    // 0: the trail is on; 1: suspended (the triggers skip rows); 2: suspended, and the
    // triggers are dropped in this transaction.
    auto* state = static_cast<SessionState*>(sqlite3_user_data(context));
    const int mode = sqlite3_value_int(arguments[0]);
    state->bulk = mode != 0;
    state->triggersDropped = mode == 2;
    sqlite3_result_int(context, mode);
}

// The per-row trail resumes when the transaction of the bulk load ends, whatever the outcome.
// A transaction that dropped the audit triggers and did not create them again is not
// committed: whatever the caller forgot, no commit can leave the database without its trail.
int endOfTransaction(void* data)
{
    auto* state = static_cast<SessionState*>(data);
    const bool refuse = state->triggersDropped;
    state->bulk = false;
    state->triggersDropped = false;
    if (refuse) {
        Log::get("store")->error("commit refused: the audit triggers were dropped and not created again");
    }
    return refuse ? 1 : 0; // non-zero turns the COMMIT into a rollback
}

void endOfTransactionRollback(void* data)
{
    auto* state = static_cast<SessionState*>(data);
    state->bulk = false;
    state->triggersDropped = false;
}

void destroyState(void* data)
{
    delete static_cast<SessionState*>(data);
}

sqlite3* handleOf(QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(handle.data());
    }
    return nullptr;
}

} // namespace

namespace AuditSession {

Status install(Database& database, QSqlDatabase& connection)
{
    sqlite3* handle = handleOf(connection);
    if (handle == nullptr) {
        return Database::storageError(-1, QStringLiteral("no SQLite handle"), QStringLiteral("installing audit_actor"));
    }
    auto* state = new SessionState{&database, false};
    // The state is freed by the destructor of the first registration, which lives as long as
    // the connection; the others share it. audit_actor is not deterministic (the login may
    // change between statements); audit_bulk neither.
    int rc = sqlite3_create_function_v2(handle, "audit_actor", 0, SQLITE_UTF8, state, actorFunction, nullptr, nullptr,
                                        destroyState);
    if (rc != SQLITE_OK) {
        // sqlite3_create_function_v2 calls the destructor itself when it fails.
        return Database::storageError(rc, QString::fromUtf8(sqlite3_errmsg(handle)),
                                      QStringLiteral("installing audit_actor"));
    }
    rc = sqlite3_create_function_v2(handle, "audit_bulk", 0, SQLITE_UTF8, state, bulkFunction, nullptr, nullptr,
                                    nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_create_function_v2(handle, "audit_set_bulk", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, state,
                                        setBulkFunction, nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        return Database::storageError(rc, QString::fromUtf8(sqlite3_errmsg(handle)),
                                      QStringLiteral("installing audit_bulk"));
    }
    sqlite3_commit_hook(handle, endOfTransaction, state);
    sqlite3_rollback_hook(handle, endOfTransactionRollback, state);
    return {};
}

Status setBulkLoad(Database& database, bool on)
{
    auto done = database.exec(QStringLiteral("SELECT audit_set_bulk(?)"), {on ? 1 : 0});
    if (!done.ok()) {
        return done.error();
    }
    return {};
}

Result<bool> suspendTrail(Database& database)
{
    if (auto on = setBulkLoad(database, true); !on.ok()) {
        return on.error();
    }
    // Dropped in the transaction: a rollback brings them back, other connections never see
    // them missing (they cannot write before the commit), and a commit without
    // resumeTrail() is refused (the commit hook).
    auto dropping = database.exec(QStringLiteral("SELECT audit_set_bulk(2)"));
    if (!dropping.ok()) {
        return dropping.error();
    }
    dropping->finish();
    bool first = true;
    for (const AuditSchema::AuditedTable& t : AuditSchema::auditedTables()) {
        for (const char* action : {"insert", "update", "delete"}) {
            const QString drop =
                QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_%2").arg(t.name, QLatin1StringView(action));
            if (auto done = database.exec(drop); !done.ok()) {
                if (!first) {
                    return done.error(); // some are gone: the load fails and rolls back
                }
                // Another statement of this connection still reads the schema: the triggers
                // stay and skip rows (audit_bulk() = 1), slower but just as correct.
                Log::get("store")->info("bulk load keeps the audit triggers: {}", done.error().message());
                if (auto kept = setBulkLoad(database, true); !kept.ok()) {
                    return kept.error();
                }
                return false;
            }
            first = false;
        }
    }
    return true;
}

Status resumeTriggersOnly(Database& database)
{
    if (auto done = database.execScript(AuditSchema::triggerStatements()); !done.ok()) {
        return done;
    }
    auto marked = database.exec(QStringLiteral("SELECT audit_set_bulk(1)"));
    if (!marked.ok()) {
        return marked.error();
    }
    return {};
}

Status resumeTrail(Database& database)
{
    if (auto restored = resumeTriggersOnly(database); !restored.ok()) {
        return restored;
    }
    return setBulkLoad(database, false);
}

} // namespace AuditSession
