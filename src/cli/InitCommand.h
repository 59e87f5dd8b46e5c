#pragma once

#include "Command.h"

// init: creates the database or migrates an older schema (backing it up first).
class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
