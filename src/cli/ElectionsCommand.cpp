#include "ElectionsCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/Vocabulary.h"
#include "services/ElectionService.h"
#include "services/OrganizationService.h"

#include <QCoreApplication>

namespace {

QString statusText(const TermStatus& s)
{
    QString text = s.daysOverdue > 0
                       ? QCoreApplication::translate("ElectionsCommand", "overdue by %n day(s)", nullptr, s.daysOverdue)
                   : s.daysOverdue == 0
                       ? QCoreApplication::translate("ElectionsCommand", "due today")
                       : QCoreApplication::translate("ElectionsCommand", "due in %n day(s)", nullptr, -s.daysOverdue);
    if (s.postponed) {
        text += QCoreApplication::translate("ElectionsCommand", " (postponed from %1)").arg(Dates::toText(s.expiresOn));
    }
    if (s.lastElectionId == 0) {
        text += QCoreApplication::translate("ElectionsCommand",
                                            " (no valid term election recorded: counted from the establishment)");
    }
    return text;
}

} // namespace

QString ElectionsCommand::summary() const
{
    return QCoreApplication::translate(
        "ElectionsCommand",
        "Term elections: \"due\" lists expired terms and terms expiring soon; \"settings\" shows or changes "
        "the election rules.");
}

int ElectionsCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QStringLiteral("due")) {
        return runDue(context, arguments.mid(1));
    }
    if (sub == QStringLiteral("settings")) {
        return runSettings(context, arguments.mid(1));
    }
    if (sub == QStringLiteral("-h") || sub == QStringLiteral("--help")) {
        context.out() << QCoreApplication::translate("ElectionsCommand",
                                                     "Usage: partyroll-cli elections due [--as-of DATE] [--org CODE]")
                      << '\n'
                      << QCoreApplication::translate("ElectionsCommand",
                                                     "       partyroll-cli elections settings [options]")
                      << '\n'
                      << '\n'
                      << summary() << '\n'
                      << QCoreApplication::translate(
                             "ElectionsCommand",
                             "Run \"partyroll-cli elections due --help\" or \"... settings --help\" for the options.")
                      << Qt::endl;
        return ExitOk;
    }
    if (sub.isEmpty()) {
        return context.usage(
            QCoreApplication::translate("ElectionsCommand", "\"elections\" needs a subcommand: due or settings"));
    }
    return context.usage(QCoreApplication::translate("ElectionsCommand",
                                                     "unknown subcommand \"%1\" of \"elections\": use due or settings")
                             .arg(sub));
}

int ElectionsCommand::runDue(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name() + QStringLiteral(" due"),
                     QCoreApplication::translate(
                         "ElectionsCommand",
                         "Organizations whose term has expired, or expires within the reminder window, most overdue "
                         "first. Columns: code, name, term started, due on, days overdue (negative: days left), "
                         "status."));
    line.addOption(
        QCommandLineOption(QStringLiteral("as-of"),
                           QCoreApplication::translate("ElectionsCommand", "Reckon on this date (default: today)."),
                           QCoreApplication::translate("ElectionsCommand", "DATE")));
    line.addOption(QCommandLineOption(
        QStringLiteral("org"), QCoreApplication::translate("ElectionsCommand", "Only this organization's subtree."),
        QCoreApplication::translate("ElectionsCommand", "CODE")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    QDate asOf = Clock::today();
    if (line.isSet(QStringLiteral("as-of"))) {
        const auto parsed = Dates::parse(line.value(QStringLiteral("as-of")));
        if (!parsed) {
            return context.usage(QCoreApplication::translate("ElectionsCommand", "\"%1\" is not a date (YYYY-MM-DD)")
                                     .arg(line.value(QStringLiteral("as-of"))));
        }
        asOf = *parsed;
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    qint64 root = 0;
    const QString code = line.value(QStringLiteral("org"));
    if (!code.isEmpty()) {
        auto org = OrganizationService(**db).findByCode(context.user, code);
        if (!org.ok()) {
            return context.fail(org.error());
        }
        if (!org.value()) {
            return context.usage(
                QCoreApplication::translate("ElectionsCommand", "there is no organization with the code %1").arg(code));
        }
        root = org.value()->id;
    }
    ElectionService service(**db);
    auto settings = service.settings(context.user);
    if (!settings.ok()) {
        return context.fail(settings.error());
    }
    auto due = service.due(context.user, asOf, root);
    if (!due.ok()) {
        return context.fail(due.error());
    }
    int overdue = 0;
    for (const TermStatus& s : std::as_const(*due)) {
        overdue += s.expired() ? 1 : 0;
        context.out() << s.code << '\t' << s.name << '\t' << Dates::toText(s.termStartedOn) << '\t'
                      << Dates::toText(s.dueOn) << '\t' << s.daysOverdue << '\t' << statusText(s) << '\n';
    }
    context.out() << QCoreApplication::translate(
                         "ElectionsCommand",
                         "%1 organization(s) as of %2: %3 with the term expired, %4 expiring within %5 month(s).")
                         .arg(due->size())
                         .arg(Dates::toText(asOf))
                         .arg(overdue)
                         .arg(due->size() - overdue)
                         .arg(settings->reminderMonths)
                  << Qt::endl;
    return ExitOk;
}

int ElectionsCommand::runSettings(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name() + QStringLiteral(" settings"),
                     QCoreApplication::translate(
                         "ElectionsCommand",
                         "Shows the election settings of the database; the options given change them (every verdict "
                         "and the posts elections set are recomputed)."));
    const QList<QPair<QString, QString>> numbers{
        {QStringLiteral("term-years-committee"),
         QCoreApplication::translate("ElectionsCommand", "Term of a party committee in years (default 5).")},
        {QStringLiteral("term-years-general-branch"),
         QCoreApplication::translate("ElectionsCommand", "Term of a general branch in years (default 3).")},
        {QStringLiteral("term-years-branch"),
         QCoreApplication::translate("ElectionsCommand", "Term of a branch in years (default 3).")},
        {QStringLiteral("term-years-village"),
         QCoreApplication::translate("ElectionsCommand",
                                     "Term of any organization of a village or community in years (default 5).")},
        {QStringLiteral("reminder-months"),
         QCoreApplication::translate("ElectionsCommand", "Remind this many months before a term expires (default 6).")},
    };
    line.addOption(QCommandLineOption(
        QStringLiteral("threshold-base"),
        QCoreApplication::translate("ElectionsCommand",
                                    "Elected means more than half of the voters present (default) or of the "
                                    "eligible voters."),
        QStringLiteral("present|eligible")));
    for (const auto& [option, help] : numbers) {
        line.addOption(QCommandLineOption(option, help, QCoreApplication::translate("ElectionsCommand", "N")));
    }
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    auto db = context.openDatabase();
    if (!db.ok()) {
        return context.fail(db.error());
    }
    ElectionService service(**db);
    auto current = service.settings(context.user);
    if (!current.ok()) {
        return context.fail(current.error());
    }
    ElectionSettings s = *current;
    if (line.isSet(QStringLiteral("threshold-base"))) {
        const auto base = ElectionRules::parseThresholdBase(line.value(QStringLiteral("threshold-base")));
        if (!base) {
            return context.usage(
                QCoreApplication::translate("ElectionsCommand", "--threshold-base takes present or eligible"));
        }
        s.thresholdBase = *base;
    }
    int* const targets[] = {&s.committeeTermYears, &s.generalBranchTermYears, &s.branchTermYears,
                            &s.villageCommunityTermYears, &s.reminderMonths};
    for (int i = 0; i < numbers.size(); ++i) {
        if (!line.isSet(numbers.at(i).first)) {
            continue;
        }
        bool ok = false;
        const int n = line.value(numbers.at(i).first).toInt(&ok);
        if (!ok) {
            return context.usage(
                QCoreApplication::translate("ElectionsCommand", "--%1 takes a whole number").arg(numbers.at(i).first));
        }
        *targets[i] = n;
    }
    if (!(s == *current)) {
        if (auto saved = service.setSettings(context.user, s); !saved.ok()) {
            return saved.error().kind() == Error::Kind::Invalid ? context.usage(saved.error().message())
                                                                : context.fail(saved.error());
        }
    }
    context.out() << "threshold-base\t" << ElectionRules::thresholdBaseKey(s.thresholdBase) << '\n'
                  << "term-years-committee\t" << s.committeeTermYears << '\n'
                  << "term-years-general-branch\t" << s.generalBranchTermYears << '\n'
                  << "term-years-branch\t" << s.branchTermYears << '\n'
                  << "term-years-village\t" << s.villageCommunityTermYears << '\n'
                  << "reminder-months\t" << s.reminderMonths << Qt::endl;
    return ExitOk;
}
