#include "Reliability.h"
#include "core/Clock.h"
#include "core/UserContext.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Reliability;

// Database faults met through partyroll-cli: a read-only file or folder, a full disk, a
// database locked by another process, a corrupt file, a newer schema. Each must end with a
// clear message (no SQLite wording such as "database is locked"), exit code 4 (cli.md), and
// the file as it was.
class TestDatabaseFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyFile();
    void readOnlyFolder();
    void fullDisk();
    void lockedUntilTimeout();
    void lockedBriefly();
    void corruptFile_data();
    void corruptFile();
    void newerSchema();

private:
    QString freshCopy(const QString& name);
    // Runs the CLI as an unprivileged user, so that file permissions apply even to root.
    RunOptions unprivileged() const;
    static void expectClearFailure(const Run& run, const QString& fragment);

    QTemporaryDir m_dir;
    QString m_base;    // the fixture organizations and 300 members
    QString m_members; // 2,000 more members to import
    QStringList m_baseDump;
};

void TestDatabaseFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Readable and enterable by the unprivileged user of readOnly*().
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                            QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    m_base = m_dir.filePath(QStringLiteral("base.db"));
    QCOMPARE(initWithOrganizations(m_base), QString());
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    writeMembersCsv(first, 300);
    const Run imported = cli(m_base, {QStringLiteral("import"), QStringLiteral("members"), first});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    m_members = m_dir.filePath(QStringLiteral("more.csv"));
    writeMembersCsv(m_members, 2000, 300);
    m_baseDump = dump(m_base);
    QVERIFY(m_baseDump.size() > 600);
}

QString TestDatabaseFaults::freshCopy(const QString& name)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/roll.db");
    if (!copyDatabase(m_base, path)) {
        qFatal("cannot copy the database");
    }
    return path;
}

RunOptions TestDatabaseFaults::unprivileged() const
{
    RunOptions options;
    if (geteuid() == 0) {
        // Root writes read-only files; the CLI runs as nobody in a user namespace instead.
        options.wrapper = {QStringLiteral("unshare"), QStringLiteral("--user"), QStringLiteral("--map-user=65534"),
                           QStringLiteral("--map-group=65534")};
    }
    return options;
}

void TestDatabaseFaults::expectClearFailure(const Run& run, const QString& fragment)
{
    QVERIFY2(run.exitCode == 4, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    // SQLite's own words never reach the user.
    for (const char* raw : {"database is locked", "disk I/O error", "database or disk is full",
                            "file is not a database", "attempt to write a readonly database", "malformed"}) {
        QVERIFY2(!run.err.contains(QLatin1String(raw)), qPrintable(run.err));
    }
}

void TestDatabaseFaults::readOnlyFile()
{
    const QString path = freshCopy(QStringLiteral("readonly-file"));
    QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::Permissions(0x7777)); // the folder stays writable
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = readFile(path);

    const Run import = cli(path, {QStringLiteral("import"), QStringLiteral("members"), m_members}, unprivileged());
    expectClearFailure(import, QStringLiteral("cannot be written"));
    QCOMPARE(readFile(path), before);

    // Reading still works.
    const QString out = m_dir.filePath(QStringLiteral("readonly-export.csv"));
    QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7777));
    const Run exported = cli(path, {QStringLiteral("export"), QStringLiteral("orgs"), out}, unprivileged());
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(readFile(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(dump(path), m_baseDump);
}

void TestDatabaseFaults::readOnlyFolder()
{
    const QString path = freshCopy(QStringLiteral("readonly-folder"));
    const QString folder = QFileInfo(path).absolutePath();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::ExeOther);
    const QByteArray before = readFile(path);
    const Run import = cli(path, {QStringLiteral("import"), QStringLiteral("members"), m_members}, unprivileged());
    QFile::setPermissions(folder, QFile::Permissions(0x7700));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    expectClearFailure(import, QStringLiteral("cannot be written"));
    QCOMPARE(readFile(path), before);
    QCOMPARE(dump(path), m_baseDump);
}

void TestDatabaseFaults::fullDisk()
{
    // A real ENOSPC: the CLI runs in its own mount namespace with the database on a tmpfs
    // only a little larger than the file, and the files are copied out after it ends.
    const QString source = freshCopy(QStringLiteral("full-disk-source"));
    const QString mount = m_dir.filePath(QStringLiteral("full-disk-mount"));
    const QString out = m_dir.filePath(QStringLiteral("full-disk-out"));
    QDir().mkpath(mount);
    QDir().mkpath(out);
    const qint64 size = QFileInfo(source).size() + 256 * 1024;
    const QString script = QStringLiteral("mnt=$1; size=$2; src=$3; out=$4; shift 4\n"
                                          "mount -t tmpfs -o size=$size partyroll-full \"$mnt\" || exit 97\n"
                                          "cp \"$src\" \"$mnt/roll.db\" || exit 98\n"
                                          "\"$@\"; rc=$?\n"
                                          "cp \"$mnt\"/roll.db* \"$out\"/\n"
                                          "exit $rc\n");
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()) {
        QSKIP("unshare (util-linux) is missing: no private tmpfs for the full-disk test");
    }
    RunOptions options;
    options.wrapper = {QStringLiteral("unshare"),
                       QStringLiteral("-rm"),
                       QStringLiteral("sh"),
                       QStringLiteral("-c"),
                       script,
                       QStringLiteral("sh"),
                       mount,
                       QString::number(size),
                       source,
                       out};
    const Run import = cli(mount + QStringLiteral("/roll.db"),
                           {QStringLiteral("import"), QStringLiteral("members"), m_members}, options);
    if (import.exitCode == 97) {
        QSKIP("no user namespaces here: a private tmpfs cannot be mounted");
    }
    expectClearFailure(import, QStringLiteral("disk is full"));
    const QString result = out + QStringLiteral("/roll.db");
    QCOMPARE(integrity(result), QStringLiteral("ok"));
    QCOMPARE(dump(result), m_baseDump);
}

void TestDatabaseFaults::lockedUntilTimeout()
{
    const QString path = freshCopy(QStringLiteral("locked"));
    const QByteArray before = readFile(path);
    {
        auto holder = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(holder.ok());
        QVERIFY((*holder)->beginWrite().ok()); // BEGIN IMMEDIATE: the write lock, held
        const Run import = cli(path, {QStringLiteral("import"), QStringLiteral("members"), m_members});
        (*holder)->rollback();
        expectClearFailure(import, QStringLiteral("busy"));
        // It waited for its busy timeout (10 s) before giving up.
        QVERIFY2(import.ms >= 9000, qPrintable(QString::number(import.ms)));
    }
    QCOMPARE(dump(path), m_baseDump);
}

void TestDatabaseFaults::lockedBriefly()
{
    // Another program holds the write lock for two seconds and writes: the CLI waits, then
    // imports; both writes are there.
    const QString path = freshCopy(QStringLiteral("locked-briefly"));
    auto holder = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(holder.ok());
    OrganizationService orgs(**holder);
    QVERIFY((*holder)->beginWrite().ok());
    Organization branch;
    branch.code = QStringLiteral("LOCK1");
    branch.name = QStringLiteral("加锁期间建立的党支部");
    branch.type = OrgType::Branch;
    branch.establishedOn = QDate(2020, 1, 1);
    const auto parent = orgs.findByCode(UserContext::localUser(), QStringLiteral("COM1"));
    QVERIFY(parent.ok() && parent->has_value());
    branch.parentId = parent->value().id;
    QVERIFY(orgs.create(UserContext::localUser(), branch).ok());

    QProcess process;
    start(process, path, {QStringLiteral("import"), QStringLiteral("members"), m_members});
    QVERIFY(process.waitForStarted());
    QTest::qWait(2000);
    QVERIFY((*holder)->commit().ok());
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("locked")), qPrintable(err));
    holder->reset();

    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM members")).toInt(), 2300);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM organizations WHERE code = 'LOCK1'")).toInt(), 1);
}

void TestDatabaseFaults::corruptFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("a text file") << QStringLiteral("text");
    QTest::newRow("pages overwritten") << QStringLiteral("pages");
    QTest::newRow("cut in half") << QStringLiteral("truncated");
}

void TestDatabaseFaults::corruptFile()
{
    QFETCH(QString, damage);
    const QString path = freshCopy(QStringLiteral("corrupt-") + damage);
    QByteArray bytes = readFile(path);
    QVERIFY(bytes.size() > 64 * 1024);
    if (damage == u"random") {
        for (char& c : bytes) {
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        }
    } else if (damage == u"text") {
        bytes = QStringLiteral("姓名,公民身份号码\n张伟,110105198003151015\n").toUtf8();
    } else if (damage == u"pages") {
        // Every page after the first few: the schema still reads, the tables do not.
        for (qsizetype i = 16 * 1024; i < bytes.size(); ++i) {
            bytes[i] = static_cast<char>(0xA5 ^ (i & 0xFF));
        }
    } else {
        bytes.truncate(bytes.size() / 2);
    }
    QVERIFY(writeFile(path, bytes));

    for (const QStringList& command :
         {QStringList{QStringLiteral("import"), QStringLiteral("members"), m_members},
          QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("members"), m_dir.filePath(QStringLiteral("x.csv"))},
          QStringList{QStringLiteral("init")}}) {
        const Run run = cli(path, command);
        if (damage == u"pages" && command.first() == u"init") {
            // init reads only the schema, which survived: it finds nothing to do (and must
            // not touch the file). The other commands read the tables and notice.
            QCOMPARE(readFile(path), bytes);
            continue;
        }
        QVERIFY2(run.exitCode == 4,
                 qPrintable(QStringLiteral("%1: exit %2: %3").arg(command.join(u' ')).arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(command.join(u' ') + u": " + run.err));
        // Nothing made worse: the file is byte for byte what it was, for a restore attempt.
        QCOMPARE(readFile(path), bytes);
    }
}

void TestDatabaseFaults::newerSchema()
{
    const QString path = freshCopy(QStringLiteral("newer"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version=99")), QVariant());
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 99);
    const QByteArray before = readFile(path);
    for (const QStringList& command : {QStringList{QStringLiteral("import"), QStringLiteral("members"), m_members},
                                       QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("init")}}) {
        const Run run = cli(path, command);
        expectClearFailure(run, QStringLiteral("newer version of PartyRoll"));
        QCOMPARE(readFile(path), before);
    }
}

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "tst_databasefaults.moc"
