#include "CliRunner.h"
#include "DatabaseDump.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void usageErrors();
    void missingDatabase();
    void initAndImport();
    void badRowsExitThreeAndWriteNothing();
    void chineseMessages();
    void dryRun();
    void exportImportRoundTrip();
    void newerSchemaExitsFour();
    void initRefusesADamagedFile();
    void check();
    void generateIsReproducible();

private:
    QString initialized(QTemporaryDir& dir);
};

namespace {

QString data(const char* name)
{
    return QStringLiteral(PARTYROLL_TEST_DATA "/") + QLatin1String(name);
}

QString fixture(const char* kind)
{
    return QStringLiteral(PARTYROLL_TEST_DATA "/") + QLatin1String(kind) + QStringLiteral(".csv");
}

QStringList dump(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        return {db.error().message()};
    }
    return DatabaseDump::canonical(**db);
}

} // namespace

QString TestCli::initialized(QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("roll.db"));
    const CliRun init = CliRunner::run(db, {QStringLiteral("init")});
    if (init.exitCode != 0) {
        qWarning("%s", qPrintable(init.err));
    }
    return db;
}

void TestCli::versionAndHelp()
{
    const CliRun version = CliRunner::run({}, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("partyroll-cli ")));
    const CliRun help = CliRunner::run({}, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"init", "generate", "import", "export", "check"}) {
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    }
    const CliRun importHelp = CliRunner::run({}, {QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains(QStringLiteral("--dry-run")));
}

void TestCli::usageErrors()
{
    QCOMPARE(CliRunner::run({}, {}).exitCode, 2);
    QCOMPARE(CliRunner::run({}, {QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(CliRunner::run({}, {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("init")}, {}).exitCode,
             2);
    QTemporaryDir dir;
    const QString db = initialized(dir);
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("orgs")}).exitCode, 2);
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("cats"), data("orgs.csv")}).exitCode, 2);
    QCOMPARE(CliRunner::run(
                 db, {QStringLiteral("import"), QStringLiteral("--bogus"), QStringLiteral("orgs"), data("orgs.csv")})
                 .exitCode,
             2);
}

void TestCli::missingDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("none.db"));
    const CliRun run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("orgs"), data("orgs.csv")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains(QStringLiteral("init")));
    QVERIFY(!QFile::exists(db));
}

void TestCli::initAndImport()
{
    QTemporaryDir dir;
    const QString db = initialized(dir);
    QVERIFY(QFile::exists(db));
    for (const char* kind : {"orgs", "members", "events", "posts"}) {
        const QString file = fixture(kind);
        const CliRun run = CliRunner::run(db, {QStringLiteral("import"), QLatin1String(kind), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("created")));
    }
    // init on an existing database keeps it.
    QCOMPARE(CliRunner::run(db, {QStringLiteral("init")}).exitCode, 0);
    QVERIFY(dump(db).join(u'\n').contains(QStringLiteral("31010419900101213X")));
}

void TestCli::badRowsExitThreeAndWriteNothing()
{
    QTemporaryDir dir;
    const QString db = initialized(dir);
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("orgs"), data("orgs.csv")}).exitCode, 0);
    const QStringList before = dump(db);
    const QString file = data("members_bad.csv");
    const CliRun run =
        CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("members"), file}, QStringLiteral("zh"));
    QCOMPARE(run.exitCode, 3);
    // One line per problem: FILE:ROW: COLUMN: message
    QFile expectedFile(data("members_bad.expected"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : expected) {
        const QStringList parts = line.split(u'\t');
        const QString prefix = QStringLiteral("%1:%2: %3: ").arg(file, parts.at(0), parts.at(1));
        QVERIFY2(run.err.contains(prefix), qPrintable(prefix + QStringLiteral(" missing in\n") + run.err));
    }
    QVERIFY(!run.err.contains(QStringLiteral("%1:2:").arg(file)));
    QCOMPARE(dump(db), before);
}

void TestCli::chineseMessages()
{
    QTemporaryDir dir;
    const QString db = initialized(dir);
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("orgs"), data("orgs.csv")}).exitCode, 0);
    const CliRun zh = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("members"), data("members_bad.csv")},
                                     QStringLiteral("zh"));
    QVERIFY2(zh.err.contains(QStringLiteral("校验")), qPrintable(zh.err)); // 校验位 = check character
    const CliRun en = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("members"), data("members_bad.csv")},
                                     QStringLiteral("en"));
    QVERIFY(en.err.contains(QStringLiteral("check character")));
}

void TestCli::dryRun()
{
    QTemporaryDir dir;
    const QString db = initialized(dir);
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("orgs"), data("orgs.csv")}).exitCode, 0);
    const QStringList before = dump(db);
    const CliRun run = CliRunner::run(
        db, {QStringLiteral("import"), QStringLiteral("members"), data("members.csv"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("dry run")));
    QCOMPARE(dump(db), before);
}

void TestCli::exportImportRoundTrip()
{
    QTemporaryDir dir;
    const QString db = initialized(dir);
    for (const char* kind : {"orgs", "members", "events", "posts"}) {
        QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QLatin1String(kind), fixture(kind)}).exitCode, 0);
    }
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QCOMPARE(CliRunner::run(copy, {QStringLiteral("init")}).exitCode, 0);
    for (const char* kind : {"orgs", "org-events", "members", "events", "posts"}) {
        const QString file = dir.filePath(QLatin1String(kind) + QStringLiteral(".xlsx"));
        const CliRun exported = CliRunner::run(db, {QStringLiteral("export"), QLatin1String(kind), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const CliRun imported = CliRunner::run(copy, {QStringLiteral("import"), QLatin1String(kind), file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    QCOMPARE(dump(copy), dump(db));
}

void TestCli::newerSchemaExitsFour()
{
    QTemporaryDir dir;
    const QString db = initialized(dir);
    {
        auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
        QVERIFY((*opened)->exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::currentVersion() + 5)).ok());
    }
    const CliRun run = CliRunner::run(db, {QStringLiteral("check")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains(QStringLiteral("newer")));
    QCOMPARE(CliRunner::run(db, {QStringLiteral("init")}).exitCode, 4);
}

void TestCli::initRefusesADamagedFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("damaged.db"));
    QCOMPARE(CliRunner::run(db, {QStringLiteral("generate"), QStringLiteral("--members"), QStringLiteral("3000"),
                                 QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
             0);
    QCOMPARE(CliRunner::run(db, {QStringLiteral("init")}).exitCode, 0); // a sound file
    // Scribble over pages in the middle of the file (tables and indexes, not the schema page).
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 8192;
    QVERIFY(pages > 20);
    for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
        QVERIFY(file.seek(page * 8192 + 100));
        file.write(QByteArray(2000, '\x5a'));
    }
    file.close();
    const CliRun run = CliRunner::run(db, {QStringLiteral("init")}, QStringLiteral("en"));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
}

void TestCli::check()
{
    QTemporaryDir dir;
    const QString db = initialized(dir);
    for (const char* kind : {"orgs", "members", "events", "posts"}) {
        QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QLatin1String(kind), fixture(kind)}).exitCode, 0);
    }
    const CliRun run = CliRunner::run(db, {QStringLiteral("check")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("BR2: has no secretary")));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\d+ error\\(s\\), \\d+ warning\\(s\\)"))));
    QCOMPARE(CliRunner::run(db, {QStringLiteral("check"), QStringLiteral("--org"), QStringLiteral("NOPE")}).exitCode,
             2);
}

void TestCli::generateIsReproducible()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const QString b = dir.filePath(QStringLiteral("b.db"));
    const QStringList args{QStringLiteral("generate"),  QStringLiteral("--members"), QStringLiteral("300"),
                           QStringLiteral("--seed"),    QStringLiteral("7"),         QStringLiteral("--as-of"),
                           QStringLiteral("2026-06-30")};
    const CliRun first = CliRunner::run(a, args);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(CliRunner::run(b, args).exitCode, 0);
    QCOMPARE(dump(a), dump(b));
    // A second generate into the same database is refused.
    QVERIFY(CliRunner::run(a, args).exitCode != 0);
    // The generated data passes the membership rules.
    const CliRun check = CliRunner::run(a, {QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(!check.out.contains(QStringLiteral("impossible history")), qPrintable(check.out.left(2000)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
