#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class Database;

// Opens the database the GUI starts with. When there is none yet at the default place, a demo
// database of about 2,000 generated members is created there, so a new user sees a real roll.
namespace StartupDatabase {

constexpr int DemoMembers = 2000;

Result<std::shared_ptr<Database>> open(const QString& path, bool createDemoWhenMissing);

} // namespace StartupDatabase
