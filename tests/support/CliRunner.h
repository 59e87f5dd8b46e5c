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

// Writes text (UTF-8) to folder/name and returns the path.
QString writeFile(const QString& folder, const QString& name, const QString& text);
// `init` and the import of the hand-made roll of tests/data (orgs, members, events, and posts
// when asked) into folder/name, through the binary; returns the database's path.
QString fixtureDatabase(const QString& folder, const QString& name, bool withPosts = false);

} // namespace CliRunner
