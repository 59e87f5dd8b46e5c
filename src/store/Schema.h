#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QPair>
#include <QStringList>

// The schema as cumulative migrations: migration(n) turns version n-1 into version n.
// Version 0 is an empty file. Never edit a released migration; append a new one.
namespace Schema {

int currentVersion();
// The secondary indexes of members and membership_events (name, CREATE statement), as the
// current schema has them. A bulk load into empty tables drops them and builds them again at
// the end, which is several times faster than maintaining them row by row.
QList<QPair<QString, QString>> bulkLoadIndexes();
QStringList migration(int toVersion, const SqlDialect& dialect);

} // namespace Schema
