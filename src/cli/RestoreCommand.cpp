#include "RestoreCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "services/BackupService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RestoreCommand", text);
}

} // namespace

QString RestoreCommand::summary() const
{
    return tr("Replace the database with a checked copy of the backup FILE, keeping the replaced file.");
}

int RestoreCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addPositional(QStringLiteral("FILE"), tr("the backup to restore"));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    if (context.databasePath.startsWith(QStringLiteral("postgres"))) {
        return context.fail(Error(Error::Kind::Storage, tr("Only a SQLite database file can be restored.")));
    }
    // Signed in (when access control is on) on the live file first; its connection is closed
    // again before the swap, which happens only while no connection has the file open.
    if (QFileInfo::exists(context.databasePath)) {
        auto live = context.openDatabase();
        if (!live.ok() && live.error().kind() == Error::Kind::Permission) {
            return context.fail(live.error());
        }
    }
    auto restored = BackupService::restore(context.user, context.databasePath, line.positional().at(0));
    if (!restored.ok()) {
        return context.fail(restored.error());
    }
    context.out() << tr("Restored %1 from %2 (schema version %3).")
                         .arg(context.databasePath, line.positional().at(0))
                         .arg(restored->schemaVersion)
                  << Qt::endl;
    if (!restored->previousFile.isEmpty()) {
        context.out() << tr("The replaced database file is kept as %1.").arg(restored->previousFile) << Qt::endl;
    }
    // Opening migrates a backup of an older schema now, and proves the restored file opens.
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    if (const int version = (*db)->schemaVersion(); version != restored->schemaVersion) {
        context.out() << tr("Migrated to schema version %1.").arg(version) << Qt::endl;
    }
    return ExitOk;
}
