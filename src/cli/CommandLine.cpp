#include "CommandLine.h"

#include "CliContext.h"
#include "ExitCode.h"

#include <QCoreApplication>

CommandLine::CommandLine(QString command, QString description)
    : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          QCoreApplication::translate("Cli", "Show this help.")));
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void CommandLine::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    ++m_positionals;
}

bool CommandLine::parse(CliContext& context, const QStringList& arguments, int& exitCode)
{
    QStringList argv{QStringLiteral("partyroll-cli ") + m_command};
    argv += arguments;
    if (!m_parser.parse(argv)) {
        exitCode = context.usage(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        context.out() << m_parser.helpText();
        exitCode = ExitOk;
        return false;
    }
    if (m_parser.positionalArguments().size() != m_positionals) {
        exitCode =
            context.usage(QCoreApplication::translate("Cli", "\"%1\" expects %n argument(s).", nullptr, m_positionals)
                              .arg(m_command));
        return false;
    }
    return true;
}
