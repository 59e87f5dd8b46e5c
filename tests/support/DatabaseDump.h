#pragma once

#include <QStringList>

class Database;

// A text picture of everything a database records, with natural keys (organization codes, ID
// numbers) instead of row ids, sorted, so two databases can be compared line by line.
namespace DatabaseDump {

QStringList canonical(Database& db);

} // namespace DatabaseDump
