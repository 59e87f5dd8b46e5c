#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace CliRunner {

CliRun run(const QString& database, const QStringList& arguments, const QString& language)
{
    QStringList args;
    if (!database.isEmpty()) {
        args << QStringLiteral("--db") << database;
    }
    if (!language.isEmpty()) {
        args << QStringLiteral("--lang") << language;
    }
    args += arguments;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PARTYROLL_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARTYROLL_CLI_BINARY), args);
    CliRun result;
    if (!process.waitForFinished(600000)) {
        result.err = QStringLiteral("partyroll-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace CliRunner
