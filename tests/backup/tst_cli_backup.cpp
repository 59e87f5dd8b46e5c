#include "CliRunner.h"
#include "DatabaseDump.h"
#include "core/UserContext.h"
#include "services/OrganizationService.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// partyroll-cli backup FILE / restore FILE end to end on the real binary: a generated roll is
// backed up, damaged, restored with every record back; refusals exit with cli.md's codes and
// leave the database as it was.
class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupCorruptRestore();
    void backupExitCodes();
    void restoreRefusals_data();
    void restoreRefusals();
    void restoreRefusedWhileOpen();
    void restoreOfAnOlderSchemaMigrates();

private:
    QString freshDatabase(const QString& name);

    QTemporaryDir m_dir;
    QString m_generated; // a generated roll, copied for each test
};

namespace {

QStringList dumpOf(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    return db.ok() ? DatabaseDump::canonical(**db) : QStringList{db.error().message()};
}

QByteArray sha(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return QFileInfo::exists(path) && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) &&
           !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
}

void corruptMiddle(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 page = 8192;
    const qint64 offset = (file.size() / 2 / page) * page;
    QVERIFY(offset > page);
    QVERIFY(file.seek(offset));
    QVERIFY(file.write(QByteArray(int(16 * page), '\x5A')) == 16 * page);
}

void rawExec(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& statement : statements) {
            QVERIFY2(q.exec(statement), qPrintable(statement + u": " + q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// SQLite's own words must never reach the user.
void noSqliteWording(const CliRun& run)
{
    for (const char* words : {"database is locked", "file is not a database", "malformed", "SQL error"}) {
        QVERIFY2(!run.err.contains(QString::fromLatin1(words)), qPrintable(run.err));
    }
}

} // namespace

void TestCliBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifdef Q_OS_UNIX
    ::umask(022);
#endif
    m_generated = m_dir.filePath(QStringLiteral("generated.db"));
    const CliRun init = CliRunner::run(m_generated, {QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const CliRun generated =
        CliRunner::run(m_generated, {QStringLiteral("generate"), QStringLiteral("--members"), QStringLiteral("2000"),
                                     QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
}

QString TestCliBackup::freshDatabase(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_generated, path)) {
        return {};
    }
    return path;
}

void TestCliBackup::backupCorruptRestore()
{
    const QString path = freshDatabase(QStringLiteral("roll.db"));
    QVERIFY(!path.isEmpty());
    const QStringList before = dumpOf(path);
    QVERIFY(before.size() > 2000);
    const QString backup = m_dir.filePath(QStringLiteral("saved/roll-1.sqlite"));

    const CliRun backedUp = CliRunner::run(path, {QStringLiteral("backup"), backup});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    QVERIFY2(backedUp.out.contains(QStringLiteral("Backed up")) && backedUp.out.contains(backup),
             qPrintable(backedUp.out));
    QVERIFY(ownerOnly(backup));
    QCOMPARE(dumpOf(backup), before);

    // Changed after the backup, then damaged.
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        Organization org;
        org.code = QStringLiteral("AFTER");
        org.name = QStringLiteral("备份后成立的党委");
        org.type = OrgType::Committee;
        org.establishedOn = QDate(2021, 3, 1);
        QVERIFY(OrganizationService(**db).create(UserContext::localUser(), org).ok());
    }
    corruptMiddle(path);
    const QByteArray damaged = sha(path);
    const CliRun check = CliRunner::run(path, {QStringLiteral("check")});
    QCOMPARE(check.exitCode, 4);

    const CliRun restored = CliRunner::run(path, {QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(QStringLiteral("Restored")), qPrintable(restored.out));
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("roll.db.before-restore-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(restored.out.contains(kept.first()), qPrintable(restored.out));
    QCOMPARE(sha(m_dir.filePath(kept.first())), damaged);
    // Every record is back, and the file is whole again.
    QCOMPARE(dumpOf(path), before);
    const CliRun checkAgain = CliRunner::run(path, {QStringLiteral("check")});
    QVERIFY2(checkAgain.exitCode == 0, qPrintable(checkAgain.err));
    QVERIFY(ownerOnly(path));
}

void TestCliBackup::backupExitCodes()
{
    const QString path = freshDatabase(QStringLiteral("codes.db"));
    QVERIFY(!path.isEmpty());
    const QString backup = m_dir.filePath(QStringLiteral("codes.sqlite"));
    QCOMPARE(CliRunner::run(path, {QStringLiteral("backup")}).exitCode, 2);
    QCOMPARE(CliRunner::run(path, {QStringLiteral("backup"), backup, QStringLiteral("extra")}).exitCode, 2);
    QCOMPARE(CliRunner::run(path, {QStringLiteral("backup"), backup}).exitCode, 0);
    const QByteArray first = sha(backup);
    // An existing file is kept unless --force.
    const CliRun exists = CliRunner::run(path, {QStringLiteral("backup"), backup});
    QCOMPARE(exists.exitCode, 2);
    QVERIFY2(exists.err.contains(QStringLiteral("already exists")), qPrintable(exists.err));
    QCOMPARE(sha(backup), first);
    const CliRun forced = CliRunner::run(path, {QStringLiteral("backup"), backup, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".part")));
    // No database: a database error.
    const CliRun missing = CliRunner::run(m_dir.filePath(QStringLiteral("none.db")),
                                          {QStringLiteral("backup"), backup, QStringLiteral("--force")});
    QCOMPARE(missing.exitCode, 4);
    QCOMPARE(CliRunner::run(path, {QStringLiteral("restore")}).exitCode, 2);
    const CliRun help = CliRunner::run(QString(), {QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("backup")) && help.out.contains(QStringLiteral("restore")));
}

void TestCliBackup::restoreRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a CSV file") << "text" << 4 << "is not a PartyRoll database";
    QTest::newRow("a damaged backup") << "corrupt" << 4 << "is damaged";
    QTest::newRow("a newer schema") << "newer" << 4 << "newer version of PartyRoll";
    QTest::newRow("no such file") << "missing" << 2 << "There is no file";
}

void TestCliBackup::restoreRefusals()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = freshDatabase(QStringLiteral("refusals.db"));
    QVERIFY(!path.isEmpty());
    QString backup = m_dir.filePath(QStringLiteral("refusals-%1.sqlite").arg(kind));
    QFile::remove(backup);
    if (kind == u"text") {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,公民身份号码\n张三,110101199003074514\n");
    } else if (kind == u"corrupt" || kind == u"newer") {
        QCOMPARE(CliRunner::run(path, {QStringLiteral("backup"), backup}).exitCode, 0);
        if (kind == u"corrupt") {
            corruptMiddle(backup);
        } else {
            rawExec(backup, {QStringLiteral("PRAGMA user_version=%1").arg(Schema::currentVersion() + 1)});
        }
    }
    const QByteArray before = sha(path);
    const CliRun run = CliRunner::run(path, {QStringLiteral("restore"), backup});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    noSqliteWording(run);
    QCOMPARE(sha(path), before);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("refusals.db.*")}, QDir::Files).isEmpty());
}

void TestCliBackup::restoreRefusedWhileOpen()
{
    const QString path = freshDatabase(QStringLiteral("open.db"));
    QVERIFY(!path.isEmpty());
    const QString backup = m_dir.filePath(QStringLiteral("open.sqlite"));
    QCOMPARE(CliRunner::run(path, {QStringLiteral("backup"), backup}).exitCode, 0);
    // This process has it open, as the GUI would.
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const QStringList before = DatabaseDump::canonical(**db);
    const CliRun run = CliRunner::run(path, {QStringLiteral("restore"), backup});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("is open in PartyRoll or another program")), qPrintable(run.err));
    noSqliteWording(run);
    QCOMPARE(DatabaseDump::canonical(**db), before);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("open.db.*")}, QDir::Files).isEmpty());
    db = Error(Error::Kind::Storage, QString()); // closes it
    const CliRun closed = CliRunner::run(path, {QStringLiteral("restore"), backup});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
}

void TestCliBackup::restoreOfAnOlderSchemaMigrates()
{
    // A backup made by the first release: schema 1, one organization.
    const QString backup = m_dir.filePath(QStringLiteral("schema1.sqlite"));
    QStringList statements = Schema::migration(1, SqlDialect());
    statements << QStringLiteral("INSERT INTO organizations (code, name, type, current_name) VALUES"
                                 " ('OLD', '老党委', 2, '老党委')")
               << QStringLiteral("PRAGMA user_version=1");
    rawExec(backup, statements);
    const QString path = freshDatabase(QStringLiteral("older.db"));
    QVERIFY(!path.isEmpty());
    const CliRun run = CliRunner::run(path, {QStringLiteral("restore"), backup});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Migrated to schema version %1").arg(Schema::currentVersion())),
             qPrintable(run.out));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    auto q = (*db)->exec(QStringLiteral("SELECT code FROM organizations"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("OLD"));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
