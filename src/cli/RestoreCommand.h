#pragma once

#include "Command.h"

// restore FILE: replaces the database file with a checked copy of a backup, keeping the file it
// replaces; refused while any program has the database open (docs/backups.md).
class RestoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
