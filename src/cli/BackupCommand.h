#pragma once

#include "Command.h"

// backup FILE [--force]: a consistent copy of the database while others may keep writing,
// checked before it is reported done (docs/backups.md).
class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
