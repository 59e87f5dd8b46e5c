#pragma once

#include "Command.h"

// import KIND FILE [--dry-run] [--ignore-unknown]: all rows or none; every bad row reported
// as FILE:ROW: COLUMN: message.
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
    // The kinds of table it reads, in words (the same list as ExportCommand).
    static QString kinds();
};
