#include "AuditSession.h"

namespace AuditSession {

Status install(Database&, QSqlDatabase&)
{
    return {};
}

} // namespace AuditSession
