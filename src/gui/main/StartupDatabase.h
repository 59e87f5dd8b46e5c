#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class Database;
class QWidget;

// Opens the database the GUI starts with. When there is none yet at the default place, a demo
// database of about 2,000 generated members is created there, so a new user sees a real roll.
namespace StartupDatabase {

constexpr int DemoMembers = 2000;

Result<std::shared_ptr<Database>> open(const QString& path, bool createDemoWhenMissing);

// When the database has users (access control on), asks for a login (LoginDialog) until one
// succeeds; false when the user cancels. True at once when access control is off. The signed-in
// user becomes UserContext::localUser() of the whole program.
bool signIn(Database& db, QWidget* parent = nullptr);

} // namespace StartupDatabase
