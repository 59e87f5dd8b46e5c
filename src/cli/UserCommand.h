#pragma once

#include "Command.h"

// user add LOGIN --role admin|department|secretary|viewer [--org CODE] | user list |
// user passwd LOGIN | user disable LOGIN [--enable]: the users of access control (the new
// password from PARTYROLL_NEW_PASSWORD). The first `user add` of an administrator needs no
// --user and turns access control on; afterwards only an administrator manages users (and
// anybody changes their own password).
class UserCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int runAdd(CliContext& context, const QStringList& arguments);
    int runList(CliContext& context, const QStringList& arguments);
    int runPasswd(CliContext& context, const QStringList& arguments);
    int runDisable(CliContext& context, const QStringList& arguments);
};
