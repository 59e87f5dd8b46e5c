#include "CliRunner.h"

#include <QDir>
#include <QFile>
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

QString writeFile(const QString& folder, const QString& name, const QString& text)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(text.toUtf8());
    return path;
}

QString fixtureDatabase(const QString& folder, const QString& name, bool withPosts)
{
    const QString db = QDir(folder).filePath(name);
    const CliRun init = run(db, {QStringLiteral("init")});
    if (init.exitCode != 0) {
        qWarning("%s", qPrintable(init.err));
    }
    QStringList kinds{QStringLiteral("orgs"), QStringLiteral("members"), QStringLiteral("events")};
    if (withPosts) {
        kinds.append(QStringLiteral("posts"));
    }
    for (const QString& kind : std::as_const(kinds)) {
        const QString file = QStringLiteral(PARTYROLL_TEST_DATA "/") + kind + QStringLiteral(".csv");
        const CliRun imported = run(db, {QStringLiteral("import"), kind, file});
        if (imported.exitCode != 0) {
            qWarning("%s", qPrintable(imported.err));
        }
    }
    return db;
}

} // namespace CliRunner
