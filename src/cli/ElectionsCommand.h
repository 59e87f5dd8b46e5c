#pragma once

#include "Command.h"

// elections due [--as-of D] [--org CODE]: the organizations whose term has expired or expires
// within the reminder window, most overdue first, with the days overdue (negative = days left).
// elections settings [--threshold-base present|eligible] [--reminder-months N]
// [--term-years-committee N] [--term-years-general-branch N] [--term-years-branch N]
// [--term-years-village N]: shows the election settings of the database, changing those given.
class ElectionsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("elections"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int runDue(CliContext& context, const QStringList& arguments);
    int runSettings(CliContext& context, const QStringList& arguments);
};
