#pragma once

#include <QString>
#include <QStringList>

// Runs the real partyroll-cli binary (end-to-end tests) and captures what it printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

namespace CliRunner {

// Adds --db PATH (when given) and runs the binary with LANG=C.UTF-8 and the given --lang.
CliRun run(const QString& database, const QStringList& arguments, const QString& language = QStringLiteral("en"));

} // namespace CliRunner
