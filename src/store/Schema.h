#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QPair>
#include <QStringList>

// The schema as cumulative migrations: migration(n) turns version n-1 into version n.
// Version 0 is an empty file. Never edit a released migration; append a new one.
namespace Schema {

int currentVersion();
// The secondary indexes whose keys arrive in random order during a bulk load (name, CREATE
// statement), as the current schema has them. A load into empty tables drops them and builds
// them again at the end, which beats maintaining them row by row. (membership_events_member
// is not among them: a load inserts in member order, which only appends to that index.)
QList<QPair<QString, QString>> bulkLoadIndexes();
QStringList migration(int toVersion, const SqlDialect& dialect);

} // namespace Schema
