#include "AuditSchema.h"

namespace AuditSchema {

QStringList statements(const SqlDialect& d)
{
    return {
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %1,"
                       " at TEXT NOT NULL,"
                       " login TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " record_kind TEXT NOT NULL,"
                       " record_id INTEGER,"
                       " member_id INTEGER,"
                       " org_id INTEGER,"
                       " field TEXT,"
                       " before_value TEXT,"
                       " after_value TEXT)")
            .arg(d.primaryKey()),
        QStringLiteral("CREATE INDEX audit_log_member ON audit_log(member_id, at)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
    };
}

} // namespace AuditSchema
