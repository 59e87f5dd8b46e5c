#include "BulkLoad.h"

#include "Database.h"
#include "Schema.h"

BulkLoad::BulkLoad(Database& db)
    : m_db(db)
{
}

BulkLoad::~BulkLoad()
{
    if (m_foreignKeysOff) {
        (void)m_db.setForeignKeys(true);
    }
}

Status BulkLoad::prepare()
{
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
    for (const auto& [name, create] : Schema::bulkLoadIndexes()) {
        Q_UNUSED(create);
        if (auto dropped = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name); !dropped.ok()) {
            return dropped.error();
        }
    }
    m_active = true;
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
