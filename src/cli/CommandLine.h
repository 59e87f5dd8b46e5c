#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

class CliContext;

// Option parsing of one command (QCommandLineParser without its process-exiting helpers).
class CommandLine
{
public:
    CommandLine(QString command, QString description);

    void addOption(const QCommandLineOption& option);
    void addPositional(const QString& name, const QString& description);

    // Parses; prints help (returns false, exitCode 0) or an error (returns false, exitCode 2).
    bool parse(CliContext& context, const QStringList& arguments, int& exitCode);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QString m_command;
    QCommandLineParser m_parser;
    int m_positionals = 0;
};
