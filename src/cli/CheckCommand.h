#pragma once

#include "Command.h"

// check [--org CODE] [--as-of D]: data-quality problems, one line each.
class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
