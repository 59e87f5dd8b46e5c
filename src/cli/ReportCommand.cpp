#include "ReportCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "core/Clock.h"
#include "report/AnnualReport.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportXlsxWriter.h"
#include "services/StatisticsService.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <cstring>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Write the annual statistics report of the whole database or one organization's subtree as PDF or XLSX.");
}

std::unique_ptr<QCoreApplication> ReportCommand::createApplication(int& argc, char* argv[])
{
    // The command is the first argument that is neither a global option nor its value.
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--db") == 0 || std::strcmp(a, "--lang") == 0 || std::strcmp(a, "--user") == 0) {
            ++i;
            continue;
        }
        if (a[0] == '-') {
            continue;
        }
        report = std::strcmp(a, "report") == 0;
        break;
    }
    if (!report) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a server has no display
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

int ReportCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addOption(QCommandLineOption(QStringLiteral("year"),
                                      tr("The year Y: period Y-01-01 to Y-12-31, as of Y-12-31."), tr("Y")));
    line.addOption(QCommandLineOption(QStringLiteral("org"), tr("Only this organization's subtree."), tr("CODE")));
    line.addOption(QCommandLineOption(QStringLiteral("out"), tr("The report file: .pdf or .xlsx."), tr("FILE")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    if (!line.isSet(QStringLiteral("year"))) {
        return context.usage(tr("--year is required"));
    }
    bool ok = false;
    const int year = line.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1900 || year > 9998) {
        return context.usage(
            tr("--year takes a year such as 2025, not \"%1\"").arg(line.value(QStringLiteral("year"))));
    }
    const QString out = line.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return context.usage(tr("--out is required"));
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("xlsx")) {
        return context.usage(tr("--out must name a .pdf or .xlsx file, not \"%1\"").arg(out));
    }
    if (suffix == QStringLiteral("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return context.usage(tr("a PDF report needs the report command's application (run partyroll-cli report)"));
    }

    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    StatisticsService service(**db);
    StatisticsRequest request = StatisticsRequest::forYear(year);
    if (const QString code = line.value(QStringLiteral("org")); !code.isEmpty()) {
        auto root = service.organizationId(context.user, code);
        if (!root.ok()) {
            return context.fail(root.error());
        }
        request.rootId = *root;
    }
    auto statistics = service.compute(context.user, request);
    if (!statistics.ok()) {
        return context.fail(statistics.error());
    }
    const AnnualReport report = AnnualReport::of(*statistics, Clock::today());
    const Status written =
        suffix == QStringLiteral("pdf") ? ReportPdfWriter::write(report, out) : ReportXlsxWriter::write(report, out);
    if (!written) {
        return context.fail(written.error());
    }
    return ExitOk;
}
