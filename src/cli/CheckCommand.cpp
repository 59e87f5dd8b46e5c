#include "CheckCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "services/CheckService.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CheckCommand", text);
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("List data-quality problems: invalid records, impossible histories, organization rules.");
}

int CheckCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addOption(QCommandLineOption(QStringLiteral("org"), tr("Only this organization's subtree."), tr("CODE")));
    line.addOption(QCommandLineOption(QStringLiteral("as-of"), tr("Check the roll as of this date (default: today)."),
                                      tr("DATE")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    QDate asOf = Clock::today();
    if (line.isSet(QStringLiteral("as-of"))) {
        const auto parsed = Dates::parse(line.value(QStringLiteral("as-of")));
        if (!parsed) {
            return context.usage(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(line.value(QStringLiteral("as-of"))));
        }
        asOf = *parsed;
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    CheckService service(**db);
    auto findings = service.run(context.user, line.value(QStringLiteral("org")), asOf);
    if (!findings.ok()) {
        return context.fail(findings.error());
    }
    int errors = 0;
    for (const CheckService::Finding& f : std::as_const(*findings)) {
        const bool isError = f.severity == CheckService::Finding::Severity::Error;
        errors += isError ? 1 : 0;
        context.out() << (isError ? tr("error") : tr("warning")) << ": " << f.subject << ": " << f.message << '\n';
    }
    context.out() << tr("%1 error(s), %2 warning(s).").arg(errors).arg(findings->size() - errors) << Qt::endl;
    return ExitOk;
}
