#pragma once

#include "SqlDialect.h"

#include <QStringList>

// The schema as cumulative migrations: migration(n) turns version n-1 into version n.
// Version 0 is an empty file. Never edit a released migration; append a new one.
namespace Schema {

int currentVersion();
QStringList migration(int toVersion, const SqlDialect& dialect);

} // namespace Schema
