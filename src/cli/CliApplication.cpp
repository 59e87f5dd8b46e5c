#include "CliApplication.h"

#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CliContext.h"
#include "ElectionsCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "StatsCommand.h"
#include "UserCommand.h"
#include "core/AppPaths.h"
#include "core/Language.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CliApplication", text);
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ElectionsCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    return commands;
}

} // namespace

void CliApplication::printHelp(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << tr("Usage: partyroll-cli [global options] <command> [options]") << "\n\n"
        << tr("PartyRoll (党员名册): the party member roster from the command line.") << "\n\n"
        << tr("Global options:") << '\n'
        << "  --db PATH        " << tr("the database file (default: %1)").arg(AppPaths::defaultDatabase()) << '\n'
        << "  --lang zh|en     " << tr("language of messages and exports (default: the system's)") << '\n'
        << "  --user LOGIN     " << tr("sign in (when access control is on) with the password in PARTYROLL_PASSWORD")
        << '\n'
        << "  -v, --verbose    " << tr("log more on stderr") << '\n'
        << "  --version        " << tr("print the version") << '\n'
        << "  -h, --help       " << tr("this help; \"<command> --help\" explains a command") << "\n\n"
        << tr("Commands:") << '\n';
    for (const auto& command : commands) {
        out << "  " << command->name().leftJustified(16) << ' ' << command->summary() << '\n';
    }
    out << '\n'
        << tr("Exit codes: 0 success, 2 usage error, 3 invalid input (nothing written), 4 database error, "
              "5 permission denied.")
        << Qt::endl;
}

int CliApplication::run(int argc, char* argv[])
{
    const auto app = ReportCommand::createApplication(argc, argv); // `report` needs QtGui for its fonts
    AppPaths::setApplicationNames();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context(out, err);

    // Global options come before the command; everything after it belongs to the command.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language;
    QString database = qEnvironmentVariable("PARTYROLL_DB");
    bool help = false;
    bool version = false;
    QString commandName;
    QStringList commandArguments;
    QString usageError;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        auto takeValue = [&](const QString& option, QString& target) {
            if (a.startsWith(option + u'=')) {
                target = a.mid(option.size() + 1);
                return true;
            }
            if (a == option) {
                if (i + 1 >= arguments.size()) {
                    usageError = QStringLiteral("%1 needs a value").arg(option);
                } else {
                    target = arguments.at(++i);
                }
                return true;
            }
            return false;
        };
        if (!commandName.isEmpty()) {
            // Global options are also accepted after the command.
            if (takeValue(QStringLiteral("--db"), database) || takeValue(QStringLiteral("--lang"), language) ||
                takeValue(QStringLiteral("--user"), context.login)) {
                continue;
            }
            commandArguments.append(a);
            continue;
        }
        if (takeValue(QStringLiteral("--db"), database) || takeValue(QStringLiteral("--lang"), language)) {
            continue;
        }
        QString user;
        if (takeValue(QStringLiteral("--user"), user)) {
            context.login = user;
        } else if (a == QStringLiteral("-v") || a == QStringLiteral("--verbose")) {
            context.verbose = true;
        } else if (a == QStringLiteral("-h") || a == QStringLiteral("--help")) {
            help = true;
        } else if (a == QStringLiteral("--version")) {
            version = true;
        } else if (a.startsWith(u'-')) {
            usageError = QStringLiteral("unknown option %1").arg(a);
        } else {
            commandName = a;
        }
    }
    if (!Language::install(language)) {
        Language::install(QString());
        return context.usage(tr("--lang takes zh or en, not \"%1\"").arg(language));
    }
    Log::setLevel(context.verbose ? spdlog::level::info : spdlog::level::warn);
    if (!usageError.isEmpty()) {
        return context.usage(usageError);
    }
    const auto commands = allCommands();
    if (version) {
        out << "partyroll-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (help || commandName.isEmpty()) {
        printHelp(help ? out : err, commands);
        return help ? ExitOk : ExitUsage;
    }
    context.databasePath = database.isEmpty() ? AppPaths::defaultDatabase() : database;
    for (const auto& command : commands) {
        if (command->name() == commandName) {
            return command->run(context, commandArguments);
        }
    }
    return context.usage(tr("unknown command \"%1\"").arg(commandName));
}
