#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

class Database;

// What each new connection needs for the audit trail (the acting user as the triggers see it).
namespace AuditSession {

Status install(Database& database, QSqlDatabase& connection);

} // namespace AuditSession
