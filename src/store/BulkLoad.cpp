#include "BulkLoad.h"

#include "Database.h"
#include "Schema.h"
#include "core/Log.h"

BulkLoad::BulkLoad(Database& db)
    : m_db(db)
{
}

BulkLoad::~BulkLoad()
{
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
