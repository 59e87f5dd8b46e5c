#pragma once

#include "Command.h"

// audit [--member ID] [--org CODE] [--since D] [--until D] [--login LOGIN] [--kind TABLE]
// [--limit N] [--format json|text]: the audit trail, newest first, on stdout.
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
