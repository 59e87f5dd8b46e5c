#include "InitCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include <QCoreApplication>

QString InitCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Create the database, or migrate an older one (backed up first).");
}

int InitCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    auto db = context.openDatabase(Database::OpenMode::CreateOrMigrate);
    if (!db.ok()) {
        return context.fail(db.error());
    }
    // An existing file whose schema pages survived opens fine: init also vouches for the rest.
    if (auto checked = (*db)->quickCheck(); !checked.ok()) {
        return context.fail(checked.error());
    }
    context.out() << QCoreApplication::translate("Cli", "Database ready: %1 (schema version %2)")
                         .arg((*db)->path())
                         .arg((*db)->schemaVersion())
                  << Qt::endl;
    return ExitOk;
}
