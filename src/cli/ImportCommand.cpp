#include "ImportCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "services/ImportService.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import %1 from CSV or XLSX: all rows or none.").arg(kinds());
}

QString ImportCommand::kinds()
{
    return tr("orgs, org-events, members, events, posts, applicants, elections, candidates or reviews");
}

int ImportCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addPositional(QStringLiteral("kind"), kinds());
    line.addPositional(QStringLiteral("file"), tr("a .csv (UTF-8 or GB18030, comma or tab) or .xlsx file"));
    line.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Check every row and write nothing.")));
    line.addOption(
        QCommandLineOption(QStringLiteral("ignore-unknown"), tr("Skip columns this program does not know.")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    const QString kindName = line.positional().at(0);
    const QString file = line.positional().at(1);
    const auto kind = ImportFormats::kindFromName(kindName);
    if (!kind) {
        return context.usage(tr("cannot import \"%1\": use %2").arg(kindName, kinds()));
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    ImportOptions options;
    options.dryRun = line.isSet(QStringLiteral("dry-run"));
    options.ignoreUnknown = line.isSet(QStringLiteral("ignore-unknown"));
    ImportService service(**db);
    auto report = service.importFile(context.user, *kind, file, options);
    if (!report.ok()) {
        context.err() << file << ": " << report.error().message() << Qt::endl;
        return exitCodeFor(report.error());
    }
    for (const RowIssue& issue : std::as_const(report->issues)) {
        context.err() << file << ':' << issue.row << ": " << issue.column << ": " << issue.message << '\n';
    }
    context.err().flush();
    if (!report->issues.isEmpty()) {
        context.err() << tr("%1: %2 problem(s) in %3 row(s); nothing was written.")
                             .arg(file)
                             .arg(report->issues.size())
                             .arg(report->rows)
                      << Qt::endl;
        return ExitInvalidInput;
    }
    if (report->dryRun) {
        context.out()
            << tr("%1: %2 row(s) checked, no problems; nothing was written (dry run).").arg(file).arg(report->rows)
            << Qt::endl;
    } else {
        context.out() << tr("%1: %2 row(s): %3 created, %4 updated, %5 already recorded.")
                             .arg(file)
                             .arg(report->rows)
                             .arg(report->created)
                             .arg(report->updated)
                             .arg(report->unchanged)
                      << Qt::endl;
    }
    return ExitOk;
}
