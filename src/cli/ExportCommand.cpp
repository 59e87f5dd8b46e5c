#include "ExportCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "ImportCommand.h"
#include "services/ExportService.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export %1 to CSV or XLSX (imports back).").arg(ImportCommand::kinds());
}

int ExportCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addPositional(QStringLiteral("kind"), ImportCommand::kinds());
    line.addPositional(QStringLiteral("file"), tr("a .csv or .xlsx file to write"));
    line.addOption(QCommandLineOption(QStringLiteral("org"), tr("Only this organization's subtree."), tr("CODE")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    const QString kindName = line.positional().at(0);
    const QString file = line.positional().at(1);
    const auto kind = ImportFormats::kindFromName(kindName);
    if (!kind) {
        return context.usage(tr("cannot export \"%1\": use %2").arg(kindName, ImportCommand::kinds()));
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    ExportService service(**db);
    auto rows = service.exportTable(context.user, *kind, file, line.value(QStringLiteral("org")));
    if (!rows.ok()) {
        return context.fail(rows.error());
    }
    context.out() << tr("%1: %2 row(s) written.").arg(file).arg(*rows) << Qt::endl;
    return ExitOk;
}
