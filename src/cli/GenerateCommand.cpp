#include "GenerateCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "services/DataGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GenerateCommand", text);
}

bool readNumber(const CommandLine& line, const QString& name, qint64 minimum, qint64& value)
{
    if (!line.isSet(name)) {
        return true;
    }
    bool ok = false;
    value = line.value(name).toLongLong(&ok);
    return ok && value >= minimum;
}

} // namespace

QString GenerateCommand::summary() const
{
    return tr("Fill an empty database with realistic synthetic data (same seed, same data).");
}

int GenerateCommand::run(CliContext& context, const QStringList& arguments)
{
    CommandLine line(name(), summary());
    line.addOption(QCommandLineOption(QStringLiteral("members"), tr("Number of members."), tr("N")));
    line.addOption(
        QCommandLineOption(QStringLiteral("orgs"), tr("Number of organizations (default: members / 20)."), tr("M")));
    line.addOption(QCommandLineOption(QStringLiteral("years"), tr("Years of history (default: 10)."), tr("Y")));
    line.addOption(QCommandLineOption(QStringLiteral("seed"), tr("Random seed (default: 1)."), tr("S")));
    line.addOption(
        QCommandLineOption(QStringLiteral("as-of"), tr("Last day of the history (default: today)."), tr("DATE")));
    int exitCode = ExitOk;
    if (!line.parse(context, arguments, exitCode)) {
        return exitCode;
    }
    if (!line.isSet(QStringLiteral("members"))) {
        return context.usage(tr("generate needs --members N"));
    }
    qint64 members = 0;
    qint64 orgs = 0;
    qint64 years = 10;
    qint64 seed = 1;
    if (!readNumber(line, QStringLiteral("members"), 1, members) ||
        !readNumber(line, QStringLiteral("orgs"), 0, orgs) || !readNumber(line, QStringLiteral("years"), 0, years) ||
        !readNumber(line, QStringLiteral("seed"), 0, seed)) {
        return context.usage(tr("--members, --orgs, --years and --seed take whole numbers"));
    }
    GeneratorOptions options;
    options.members = members;
    options.orgs = static_cast<int>(orgs);
    options.years = static_cast<int>(years);
    options.seed = static_cast<quint64>(seed);
    options.today = Clock::today();
    if (line.isSet(QStringLiteral("as-of"))) {
        const auto parsed = Dates::parse(line.value(QStringLiteral("as-of")));
        if (!parsed) {
            return context.usage(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(line.value(QStringLiteral("as-of"))));
        }
        options.today = *parsed;
    }
    auto db = context.openDatabase(Database::OpenMode::CreateOrMigrate);
    if (!db.ok()) {
        return context.fail(db.error());
    }
    QElapsedTimer timer;
    timer.start();
    DataGenerator generator(**db);
    auto summary = generator.generate(context.user, options);
    if (!summary.ok()) {
        return context.fail(summary.error());
    }
    context.out() << tr("Generated %1 organizations, %2 members, %3 membership events, %4 posts, %5 applicants, %6 "
                        "elections and %7 democratic reviews (%8 results) in %9 s.")
                         .arg(summary->organizations)
                         .arg(summary->members)
                         .arg(summary->events)
                         .arg(summary->posts)
                         .arg(summary->applicants)
                         .arg(summary->elections)
                         .arg(summary->reviews)
                         .arg(summary->reviewResults)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return ExitOk;
}
