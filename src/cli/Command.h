#pragma once

#include <QString>
#include <QStringList>

class CliContext;

// One partyroll-cli command. run() gets the arguments after the command name.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated, one line for --help
    virtual int run(CliContext& context, const QStringList& arguments) = 0;
};
