#include "BulkLoad.h"

#include "AuditSession.h"
#include "Database.h"
#include "Schema.h"
#include "core/Log.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

BulkLoad::BulkLoad(Database& db)
    : m_db(db)
{
}

BulkLoad::~BulkLoad()
{
    if (m_trailSuspended && !m_db.inTransaction()) {
        // Normally already off: the flag drops with the end of the transaction, and a rollback
        // brought the triggers back. Inside a transaction the guard stays: the triggers are
        // still missing there, and its commit must stay refused.
        (void)AuditSession::setBulkLoad(m_db, false);
    }
    if (m_foreignKeysOff) {
        (void)m_db.setForeignKeys(true);
    }
    if (m_rollbackJournal) {
        (void)m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
}

Status BulkLoad::prepare()
{
    // With a rollback journal, pages of new rows are written once; WAL would write them to the
    // log and copy them again at the checkpoint. Only possible while no other connection has
    // the file open: then the switch fails at once and the load stays in WAL mode.
    if (auto quick = m_db.exec(QStringLiteral("PRAGMA busy_timeout=0")); quick.ok()) {
        auto mode = m_db.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        m_rollbackJournal = mode.ok() && mode->next() &&
                            mode->value(0).toString().compare(QStringLiteral("delete"), Qt::CaseInsensitive) == 0;
        (void)m_db.exec(QStringLiteral("PRAGMA busy_timeout=10000"));
    }
    if (auto off = m_db.setForeignKeys(false); !off.ok()) {
        return off;
    }
    m_foreignKeysOff = true;
    return {};
}

Status BulkLoad::begin()
{
    if (!m_db.inTransaction()) {
        return Error(Error::Kind::Storage, QStringLiteral("a bulk load needs a transaction"));
    }
    // An index that cannot be dropped now (another statement of this connection is still
    // reading the schema) is simply kept and maintained row by row: slower, still correct.
    if (auto suspended = suspendTrail(); !suspended.ok()) {
        return suspended;
    }
    m_active = true;
    for (const auto& [name, create] : Schema::bulkLoadIndexes()) {
        Q_UNUSED(create);
        if (auto dropped = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name); !dropped.ok()) {
            Log::get("store")->warn("bulk load keeps index {}: {}", name, dropped.error().message());
        }
    }
    return {};
}

Status BulkLoad::finish()
{
    if (auto summarized = finishTrail(); !summarized.ok()) {
        return summarized;
    }
    if (!m_active) {
        return {};
    }
    for (const auto& [name, create] : Schema::bulkLoadIndexes()) {
        Q_UNUSED(name);
        if (auto created = m_db.exec(create); !created.ok()) {
            return created.error();
        }
    }
    m_active = false;
    return {};
}

void BulkLoad::describe(const QString& what, const QString& file)
{
    m_what = what;
    m_file = file;
}

Status BulkLoad::suspendTrail()
{
    if (!m_db.inTransaction()) {
        return Error(Error::Kind::Storage, QStringLiteral("a bulk load needs a transaction"));
    }
    if (m_trailSuspended) {
        return {};
    }
    auto off = AuditSession::suspendTrail(m_db);
    if (!off.ok()) {
        return off.error();
    }
    m_trailSuspended = true;
    m_triggersDropped = *off;
    m_changesAtStart = sqlite3_total_changes64(m_db.sqliteHandle());
    return {};
}

Status BulkLoad::finishTrail()
{
    if (!m_trailSuspended) {
        return {};
    }
    // Rows inserted, updated or deleted by this connection since suspendTrail() (the triggers
    // wrote none meanwhile).
    const qint64 rows = sqlite3_total_changes64(m_db.sqliteHandle()) - m_changesAtStart;
    if (auto on = m_triggersDropped ? AuditSession::resumeTrail(m_db) : AuditSession::setBulkLoad(m_db, false);
        !on.ok()) {
        return on;
    }
    m_trailSuspended = false;
    m_triggersDropped = false;
    QJsonObject summary{{QStringLiteral("what"), m_what.isEmpty() ? QStringLiteral("bulk load") : m_what},
                        {QStringLiteral("rows"), rows}};
    if (!m_file.isEmpty()) {
        summary.insert(QStringLiteral("file"), m_file);
    }
    auto written = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (at, login, action, record_kind, after_value)"
                       " VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), audit_actor(), 'bulk_load', 'members', ?)"),
        {QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))});
    if (!written.ok()) {
        return written.error();
    }
    return {};
}
