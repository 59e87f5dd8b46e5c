#pragma once

#include "Command.h"

// export KIND FILE [--org CODE]: CSV or XLSX with the import columns.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
