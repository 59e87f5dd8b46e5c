#include "StartupDatabase.h"

#include "core/Clock.h"
#include "core/UserContext.h"
#include "gui/access/LoginDialog.h"
#include "services/AccessService.h"
#include "services/DataGenerator.h"
#include "store/Database.h"

#include <QFileInfo>

namespace StartupDatabase {

Result<std::shared_ptr<Database>> open(const QString& path, bool createDemoWhenMissing)
{
    const bool missing = !QFileInfo::exists(path);
    if (missing && !createDemoWhenMissing) {
        return Database::open(path, Database::OpenMode::ExistingOnly);
    }
    auto db = Database::open(path, Database::OpenMode::CreateOrMigrate);
    if (!db.ok() || !missing) {
        return db;
    }
    GeneratorOptions options;
    options.members = DemoMembers;
    options.years = 10;
    options.seed = 1;
    options.today = Clock::today();
    DataGenerator generator(**db);
    if (auto generated = generator.generate(UserContext::localUser(), options); !generated.ok()) {
        return generated.error();
    }
    return db;
}

bool signIn(Database& db, QWidget* parent)
{
    auto on = AccessService(db).enabled();
    if (on.ok() && !*on) {
        UserContext::clearCurrent();
        return true;
    }
    // An error reading the users also asks for a login: the services refuse the local user.
    LoginDialog dialog(db, parent);
    dialog.setObjectName(QStringLiteral("loginDialog"));
    return dialog.exec() == QDialog::Accepted;
}

} // namespace StartupDatabase
