#pragma once

#include "ImportColumns.h"

#include <QList>
#include <QString>

#include <optional>

// The kinds of table a user can import or export and their columns (cli.md, domain.md).
// Export writes exactly these columns, so what it writes imports back.
enum class TableKind { Orgs, OrgEvents, Members, Events, Posts, Elections, Candidates, Reviews, Applicants };

namespace ImportFormats {

std::optional<TableKind> kindFromName(const QString& name); // "orgs", "org-events", ...
QString name(TableKind kind);
QList<ImportColumns::Spec> columns(TableKind kind);

} // namespace ImportFormats
