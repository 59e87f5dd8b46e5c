#include "StatsCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "services/StatisticsService.h"
#include "services/statistics/StatisticsJson.h"
#include "services/statistics/StatisticsText.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StatsCommand", text);
}

// A CSV cell (RFC 4180): quoted when it holds a separator, a quote or a line break.
QString csvCell(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString StatsCommand::summary() const
{
    return tr("Print the roster statistics of the whole database or one organization's subtree.");
}

int StatsCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addOption(QCommandLineOption(QStringLiteral("org"), tr("Only this organization's subtree."), tr("CODE")));
    line.addOption(QCommandLineOption(QStringLiteral("year"),
                                      tr("The year Y: period Y-01-01 to Y-12-31, as of Y-12-31."), tr("Y")));
    line.addOption(QCommandLineOption(QStringLiteral("as-of"),
                                      tr("As of this date; the period runs from 1 January of its year (default: "
                                         "today)."),
                                      tr("DATE")));
    line.addOption(QCommandLineOption(QStringLiteral("from"), tr("Start of the period (with --to)."), tr("DATE")));
    line.addOption(
        QCommandLineOption(QStringLiteral("to"), tr("End of the period and as-of date (with --from)."), tr("DATE")));
    line.addOption(
        QCommandLineOption(QStringLiteral("format"), tr("json, text or csv (default: text)."), tr("FORMAT")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }

    const QString format = line.isSet(QStringLiteral("format")) ? line.value(QStringLiteral("format")) : QString();
    if (!format.isEmpty() && format != QStringLiteral("json") && format != QStringLiteral("text") &&
        format != QStringLiteral("csv")) {
        return context.usage(tr("--format takes json, text or csv, not \"%1\"").arg(format));
    }

    const bool year = line.isSet(QStringLiteral("year"));
    const bool asOf = line.isSet(QStringLiteral("as-of"));
    const bool from = line.isSet(QStringLiteral("from"));
    const bool to = line.isSet(QStringLiteral("to"));
    if (int(year) + int(asOf) + int(from || to) > 1) {
        return context.usage(tr("give one of --year, --as-of or --from with --to"));
    }
    if (from != to) {
        return context.usage(tr("--from and --to go together"));
    }
    auto dateOption = [&](const QString& option) -> std::optional<QDate> { return Dates::parse(line.value(option)); };
    StatisticsRequest request = StatisticsRequest::forAsOf(Clock::today());
    if (year) {
        bool ok = false;
        const int y = line.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || y < 1900 || y > 9998) {
            return context.usage(
                tr("--year takes a year such as 2025, not \"%1\"").arg(line.value(QStringLiteral("year"))));
        }
        request = StatisticsRequest::forYear(y);
    } else if (asOf) {
        const auto date = dateOption(QStringLiteral("as-of"));
        if (!date) {
            return context.usage(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(line.value(QStringLiteral("as-of"))));
        }
        request = StatisticsRequest::forAsOf(*date);
    } else if (from) {
        const auto start = dateOption(QStringLiteral("from"));
        const auto end = dateOption(QStringLiteral("to"));
        if (!start || !end) {
            const QString bad = start ? line.value(QStringLiteral("to")) : line.value(QStringLiteral("from"));
            return context.usage(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(bad));
        }
        if (*start > *end) {
            return context.usage(tr("the period starts after it ends"));
        }
        request = StatisticsRequest::forRange(*start, *end);
    }

    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    StatisticsService service(**db);
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

    QTextStream& out = context.out();
    if (format == QStringLiteral("json")) {
        out << QString::fromUtf8(QJsonDocument(StatisticsJson::toJson(*statistics)).toJson(QJsonDocument::Indented));
    } else if (format == QStringLiteral("csv")) {
        out << "key,value\n";
        for (const auto& [key, value] : StatisticsJson::toKeyValues(*statistics)) {
            out << csvCell(key) << ',' << csvCell(value) << '\n';
        }
    } else {
        out << StatisticsText::render(*statistics);
    }
    out.flush();
    return ExitOk;
}
