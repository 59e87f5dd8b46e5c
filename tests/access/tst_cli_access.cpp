#include "CliRunner.h"
#include "Fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// partyroll-cli end to end with access control: the first administrator turns it on, --user
// with PARTYROLL_PASSWORD signs in, refusals exit with 5.
class TestCliAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void firstAdministratorTurnsAccessControlOn();
    void secretaryIsKeptToTheSubtree();
    void disabledUserIsRefused();
    void backupAndRestoreAreGuarded();

private:
    CliRun as(const QString& login, const QString& password, const QStringList& arguments);
    QString prepared();
    // prepared() with the administrator "admin" and "wang", secretary of BR2 (empty on failure).
    QString withSecretary();

    QTemporaryDir m_dir;
    int m_databases = 0;
};

namespace {

const QString AdminPassword = QStringLiteral("admin-secret");
const QString SecretaryPassword = QStringLiteral("wang-secret");

} // namespace

void TestCliAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliAccess::cleanup()
{
    qunsetenv("PARTYROLL_PASSWORD");
    qunsetenv("PARTYROLL_NEW_PASSWORD");
}

CliRun TestCliAccess::as(const QString& login, const QString& password, const QStringList& arguments)
{
    qputenv("PARTYROLL_PASSWORD", password.toUtf8());
    QStringList args;
    if (!login.isEmpty()) {
        args << QStringLiteral("--user") << login;
    }
    const CliRun run = CliRunner::run({}, args + arguments);
    qunsetenv("PARTYROLL_PASSWORD");
    return run;
}

// A database with the fixture organizations and members, no users yet.
QString TestCliAccess::prepared()
{
    const QString db = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases));
    const auto ok = [](const CliRun& run) { return run.exitCode == 0; };
    if (!ok(CliRunner::run(db, {QStringLiteral("init")})) ||
        !ok(CliRunner::run(
            db, {QStringLiteral("import"), QStringLiteral("orgs"), Fixtures::dataFile(QStringLiteral("orgs.csv"))})) ||
        !ok(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("members"),
                                Fixtures::dataFile(QStringLiteral("members.csv"))}))) {
        return {};
    }
    return db;
}

void TestCliAccess::firstAdministratorTurnsAccessControlOn()
{
    const QString db = prepared();
    QVERIFY(!db.isEmpty());
    const QStringList dbArgs{QStringLiteral("--db"), db};
    // The first user must be an administrator.
    qputenv("PARTYROLL_NEW_PASSWORD", AdminPassword.toUtf8());
    CliRun run = CliRunner::run(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                                     QStringLiteral("--role"), QStringLiteral("viewer")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("administrator")), qPrintable(run.err));
    run = CliRunner::run(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                              QStringLiteral("--role"), QStringLiteral("admin")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Access control is now on")));

    // Without --user: exit 5 and how to sign in.
    run = CliRunner::run(db, {QStringLiteral("check")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("--user")), qPrintable(run.err));
    // A second administrator needs one signed in.
    run = CliRunner::run(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("other"),
                              QStringLiteral("--role"), QStringLiteral("admin")});
    QCOMPARE(run.exitCode, 5);
    // Wrong password, unknown user, no password: exit 5.
    run = as(QStringLiteral("admin"), QStringLiteral("wrong password"), dbArgs + QStringList{QStringLiteral("check")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("wrong login or password")), qPrintable(run.err));
    run = as(QStringLiteral("nobody"), AdminPassword, dbArgs + QStringList{QStringLiteral("check")});
    QCOMPARE(run.exitCode, 5);
    qunsetenv("PARTYROLL_NEW_PASSWORD");
    run = CliRunner::run(db, {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("check")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("PARTYROLL_PASSWORD")), qPrintable(run.err));
    // The right password.
    run = as(QStringLiteral("admin"), AdminPassword, dbArgs + QStringList{QStringLiteral("check")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err)); // 3: findings
    run = as(QStringLiteral("admin"), AdminPassword,
             dbArgs + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("admin\tadmin\t")));
    // The failed attempt was counted, then reset by the successful sign-in.
    QVERIFY2(run.out.trimmed().endsWith(QStringLiteral("\t0")), qPrintable(run.out));
}

QString TestCliAccess::withSecretary()
{
    const QString db = prepared();
    qputenv("PARTYROLL_NEW_PASSWORD", AdminPassword.toUtf8());
    const CliRun admin = CliRunner::run(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                             QStringLiteral("--role"), QStringLiteral("admin")});
    qputenv("PARTYROLL_NEW_PASSWORD", SecretaryPassword.toUtf8());
    const CliRun secretary =
        as(QStringLiteral("admin"), AdminPassword,
           {QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"),
            QStringLiteral("--role"), QStringLiteral("secretary"), QStringLiteral("--org"), QStringLiteral("BR2")});
    if (db.isEmpty() || admin.exitCode != 0 || secretary.exitCode != 0) {
        qWarning("%s%s", qPrintable(admin.err), qPrintable(secretary.err));
        return {};
    }
    return db;
}

void TestCliAccess::secretaryIsKeptToTheSubtree()
{
    const QString db = withSecretary();
    QVERIFY(!db.isEmpty());
    const QStringList dbArgs{QStringLiteral("--db"), db};
    CliRun run = as(QStringLiteral("admin"), AdminPassword,
                    dbArgs + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(run.out.contains(QStringLiteral("wang\tsecretary\tBR2\t")));

    // Inside the subtree: allowed.
    run = as(QStringLiteral("wang"), SecretaryPassword,
             dbArgs + QStringList{QStringLiteral("stats"), QStringLiteral("--org"), QStringLiteral("BR2"),
                                  QStringLiteral("--year"), QStringLiteral("2025")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString exported = m_dir.filePath(QStringLiteral("br2.csv"));
    run = as(QStringLiteral("wang"), SecretaryPassword,
             dbArgs + QStringList{QStringLiteral("export"), QStringLiteral("members"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Outside: exit 5 with a clear message.
    run = as(QStringLiteral("wang"), SecretaryPassword,
             dbArgs + QStringList{QStringLiteral("export"), QStringLiteral("members"), exported,
                                  QStringLiteral("--org"), QStringLiteral("BR1")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("user wang (branch secretary of BR2) may not see organization BR1")),
             qPrintable(run.err));
    run = as(QStringLiteral("wang"), SecretaryPassword,
             dbArgs + QStringList{QStringLiteral("import"), QStringLiteral("posts"),
                                  Fixtures::dataFile(QStringLiteral("posts.csv"))});
    QCOMPARE(run.exitCode, 5);
    run = as(QStringLiteral("wang"), SecretaryPassword,
             dbArgs + QStringList{QStringLiteral("elections"), QStringLiteral("settings"),
                                  QStringLiteral("--reminder-months"), QStringLiteral("3")});
    QCOMPARE(run.exitCode, 5);
    run = as(QStringLiteral("wang"), SecretaryPassword,
             dbArgs + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 5);
    // Their own password they may change.
    qputenv("PARTYROLL_NEW_PASSWORD", QByteArrayLiteral("wang-new-secret"));
    run = as(QStringLiteral("wang"), SecretaryPassword,
             dbArgs + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("wang")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = as(QStringLiteral("wang"), QStringLiteral("wang-new-secret"),
             dbArgs + QStringList{QStringLiteral("stats"), QStringLiteral("--org"), QStringLiteral("BR2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliAccess::disabledUserIsRefused()
{
    const QString db = prepared();
    QVERIFY(!db.isEmpty());
    const QStringList dbArgs{QStringLiteral("--db"), db};
    qputenv("PARTYROLL_NEW_PASSWORD", AdminPassword.toUtf8());
    QCOMPARE(CliRunner::run(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                 QStringLiteral("--role"), QStringLiteral("admin")})
                 .exitCode,
             0);
    qputenv("PARTYROLL_NEW_PASSWORD", SecretaryPassword.toUtf8());
    QCOMPARE(as(QStringLiteral("admin"), AdminPassword,
                dbArgs + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dept"),
                                     QStringLiteral("--role"), QStringLiteral("department")})
                 .exitCode,
             0);
    QCOMPARE(as(QStringLiteral("admin"), AdminPassword,
                dbArgs + QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("dept")})
                 .exitCode,
             0);
    const CliRun run = as(QStringLiteral("dept"), SecretaryPassword, dbArgs + QStringList{QStringLiteral("check")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("disabled")), qPrintable(run.err));
}

// A backup copies every record: administrators and department staff; a restore replaces every
// record: administrators only. A refused restore leaves the live file as it was.
void TestCliAccess::backupAndRestoreAreGuarded()
{
    const QString db = withSecretary();
    QVERIFY(!db.isEmpty());
    const QStringList dbArgs{QStringLiteral("--db"), db};
    CliRun run;

    const QString copy = m_dir.filePath(QStringLiteral("guarded-backup.sqlite"));
    run = as(QStringLiteral("wang"), SecretaryPassword, dbArgs + QStringList{QStringLiteral("backup"), copy});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(!QFileInfo::exists(copy));
    run = as(QStringLiteral("admin"), AdminPassword, dbArgs + QStringList{QStringLiteral("backup"), copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = as(QStringLiteral("wang"), SecretaryPassword, dbArgs + QStringList{QStringLiteral("restore"), copy});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("wang")), qPrintable(run.err));
    const QDir folder = QFileInfo(db).absoluteDir();
    QVERIFY(folder.entryList({QFileInfo(db).fileName() + QStringLiteral(".before-restore-*")}).isEmpty());
    run = CliRunner::run(db, {QStringLiteral("restore"), copy}); // nobody signed in
    QCOMPARE(run.exitCode, 5);
    run = as(QStringLiteral("admin"), AdminPassword, dbArgs + QStringList{QStringLiteral("restore"), copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(folder.entryList({QFileInfo(db).fileName() + QStringLiteral(".before-restore-*")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cli_access.moc"
