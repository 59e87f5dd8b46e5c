#pragma once

#include "Command.h"

// generate --members N [--orgs M] [--years Y] [--seed S]: realistic synthetic data.
class GenerateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
