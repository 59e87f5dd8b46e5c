#pragma once

#include <QString>

class Database;

// The small hand-made roll of tests/data (8 organizations, 5 members with their history, 3
// posts), imported through the real import service.
namespace Fixtures {

QString dataFile(const QString& name);
// Imports orgs.csv, members.csv and events.csv (and posts.csv when asked); false and a
// warning when any of them does not import cleanly.
bool import(Database& db, bool withPosts = false);

} // namespace Fixtures
