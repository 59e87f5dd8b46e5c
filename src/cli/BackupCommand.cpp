#include "BackupCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "services/BackupService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupCommand", text);
}

} // namespace

QString BackupCommand::summary() const
{
    return tr("Copy the database to FILE while it stays in use; the copy is checked.");
}

int BackupCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addPositional(QStringLiteral("FILE"), tr("the backup file to write"));
    line.addOption(QCommandLineOption(
        QStringLiteral("force"), tr("Replace FILE if it exists (only once the new copy is complete and checked).")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    const QString file = line.positional().at(0);
    const bool replace = line.isSet(QStringLiteral("force"));
    if (QFileInfo::exists(file) && !replace) {
        return context.usage(tr("%1 already exists; choose another name, or --force to replace it.").arg(file));
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    auto made = BackupService(**db).backup(context.user, file, replace);
    if (!made.ok()) {
        return context.fail(made.error());
    }
    context.out() << tr("Backed up %1 to %2 (%3 MB, schema version %4).")
                         .arg((*db)->path(), made->file, QString::number(double(made->bytes) / 1048576.0, 'f', 1))
                         .arg(made->schemaVersion)
                  << Qt::endl;
    return ExitOk;
}
