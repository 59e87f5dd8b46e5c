#pragma once

#include "Command.h"

// stats [--org CODE] [--year Y | --as-of D | --from A --to B] [--format json|text|csv]: the
// statistics of statistics.md on stdout.
class StatsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
