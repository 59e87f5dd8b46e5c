#include "AuditCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "core/Dates.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditCommand", text);
}

// One line per row, in the user's terms: when (local time), who, what, which record (named),
// the field and its change, or the record's fields.
QString textLine(const AuditRow& row)
{
    const AuditEntry& e = row.entry;
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.login,
                            AuditService::actionName(e.action), row.record);
    if (!e.field.isEmpty()) {
        line += QStringLiteral("  %1: %2 -> %3").arg(row.field, row.before, row.after);
    } else {
        const QString& text = e.action == QStringLiteral("delete") ? row.before : row.after;
        if (!text.isEmpty()) {
            line += QStringLiteral("  ") + text;
        }
    }
    // A value with a line break must not start a line of its own.
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    return line;
}

} // namespace

QString AuditCommand::summary() const
{
    return tr("Print the audit trail: who changed which record and field, when, from what to what.");
}

int AuditCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addOption(
        QCommandLineOption(QStringLiteral("member"), tr("Only rows about the member with this ID number."), tr("ID")));
    line.addOption(QCommandLineOption(QStringLiteral("org"),
                                      tr("Only rows about this organization and those ever under it."), tr("CODE")));
    line.addOption(QCommandLineOption(QStringLiteral("since"), tr("From this day on."), tr("DATE")));
    line.addOption(QCommandLineOption(QStringLiteral("until"), tr("Up to and including this day."), tr("DATE")));
    line.addOption(QCommandLineOption(QStringLiteral("login"), tr("Only writes by this user."), tr("LOGIN")));
    line.addOption(QCommandLineOption(QStringLiteral("kind"),
                                      tr("Only this kind of record (a table name, e.g. members)."), tr("KIND")));
    line.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N rows (newest first)."), tr("N")));
    line.addOption(QCommandLineOption(QStringLiteral("format"), tr("json or text (default: text)."), tr("FORMAT")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }

    const QString format = line.isSet(QStringLiteral("format")) ? line.value(QStringLiteral("format")) : QString();
    if (!format.isEmpty() && format != QStringLiteral("json") && format != QStringLiteral("text")) {
        return context.usage(tr("--format takes json or text, not \"%1\"").arg(format));
    }
    AuditQuery query;
    for (const QString& option : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!line.isSet(option)) {
            continue;
        }
        const std::optional<QDate> date = Dates::parse(line.value(option));
        if (!date) {
            return context.usage(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(line.value(option)));
        }
        (option == QStringLiteral("since") ? query.since : query.until) = *date;
    }
    qint64 limit = -1;
    if (line.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = line.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0) {
            return context.usage(
                tr("--limit takes a number of rows, not \"%1\"").arg(line.value(QStringLiteral("limit"))));
        }
    }
    const QString kind = line.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && !AuditService::recordKinds().contains(kind)) {
        return context.usage(
            tr("--kind takes one of %1, not \"%2\"").arg(AuditService::recordKinds().join(QStringLiteral(", ")), kind));
    }
    query.memberIdNumber = line.value(QStringLiteral("member"));
    query.orgCode = line.value(QStringLiteral("org"));
    query.login = line.value(QStringLiteral("login"));
    query.recordKind = kind;

    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    AuditService service(**db);
    auto filter = service.filterFor(context.user, query);
    if (!filter.ok()) {
        if (filter.error().kind() == Error::Kind::Invalid) {
            return context.usage(filter.error().message()); // a period the wrong way round
        }
        return context.fail(filter.error());
    }

    // Pages of rows older than the last one printed: a trail of millions streams in constant
    // memory.
    QTextStream& out = context.out();
    const bool json = format == QStringLiteral("json");
    if (json) {
        out << "[";
    }
    qint64 printed = 0;
    constexpr int PageSize = 1000;
    while (limit < 0 || printed < limit) {
        const int size = limit < 0 ? PageSize : int(std::min<qint64>(PageSize, limit - printed));
        auto page = service.rows(context.user, *filter, size);
        if (!page.ok()) {
            out.flush();
            return context.fail(page.error());
        }
        for (const AuditRow& row : *page) {
            if (json) {
                out << (printed == 0 ? "\n  " : ",\n  ")
                    << QString::fromUtf8(QJsonDocument(AuditService::toJson(row)).toJson(QJsonDocument::Compact));
            } else {
                out << textLine(row) << '\n';
            }
            ++printed;
        }
        if (page->size() < size) {
            break;
        }
        filter->beforeId = page->last().entry.id;
    }
    if (json) {
        out << (printed == 0 ? "]\n" : "\n]\n");
    }
    out.flush();
    return ExitOk;
}
