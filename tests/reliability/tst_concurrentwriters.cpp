#include "Reliability.h"
#include "core/CitizenId.h"
#include "core/Clock.h"
#include "core/UserContext.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Reliability;

// Two processes write the same database at once: partyroll-cli imports members (about 2 s) while
// this process, like the GUI, admits members one by one and reads the roll through its own
// connection. Nobody's write may be lost, and nobody may see "database is locked".
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importWhileWriting_data();
    void importWhileWriting();

private:
    QTemporaryDir m_dir;
    QString m_members;
    int m_rows = 0;
    qint64 m_importMs = 0; // of the import alone
};

void TestConcurrentWriters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Clock::setFixedToday(QDate(2026, 11, 21));
    // As many rows as this build imports in about 2 s: a write waits for the import's
    // transaction, at most the 10 s busy timeout (see docs/reliability.md), and a sanitizer
    // build runs several times slower.
    m_members = m_dir.filePath(QStringLiteral("members.csv"));
    m_rows = 20000;
    for (;;) {
        writeMembersCsv(m_members, m_rows, 1000);
        const QString scratch = m_dir.filePath(QStringLiteral("scratch-%1.db").arg(m_rows));
        QCOMPARE(initWithOrganizations(scratch), QString());
        const Run run = cli(scratch, {QStringLiteral("import"), QStringLiteral("members"), m_members});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_importMs = run.ms;
        if (m_rows >= 100000 || run.ms > 500) {
            break;
        }
        m_rows = std::min(100000, static_cast<int>(m_rows * 2000 / std::max<qint64>(run.ms, 1)));
    }
}

void TestConcurrentWriters::importWhileWriting_data()
{
    QTest::addColumn<int>("existingMembers");
    QTest::addColumn<int>("openAfterPercent"); // when this process opens its connection
    QTest::newRow("roll of 500, open before") << 500 << 0;
    QTest::newRow("empty roll, open before") << 0 << 0;
    QTest::newRow("empty roll, open during the import") << 0 << 40;
}

void TestConcurrentWriters::importWhileWriting()
{
    QFETCH(int, existingMembers);
    QFETCH(int, openAfterPercent);
    const qint64 openAfterMs = m_importMs * openAfterPercent / 100;
    const QString path = m_dir.filePath(QStringLiteral("shared-%1-%2.db").arg(existingMembers).arg(openAfterPercent));
    QCOMPARE(initWithOrganizations(path), QString());
    if (existingMembers > 0) {
        const QString first = m_dir.filePath(QStringLiteral("first.csv"));
        writeMembersCsv(first, existingMembers);
        const Run run = cli(path, {QStringLiteral("import"), QStringLiteral("members"), first});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    std::shared_ptr<Database> db;
    auto openOwn = [&] {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
        db = *opened;
    };
    if (openAfterMs == 0) {
        openOwn();
    }
    QProcess process;
    start(process, path, {QStringLiteral("import"), QStringLiteral("members"), m_members});
    QVERIFY(process.waitForStarted());
    if (openAfterMs > 0) {
        QThread::msleep(static_cast<unsigned long>(openAfterMs));
        openOwn();
    }
    QVERIFY(db);

    QStringList admitted;
    QStringList failures;
    int overlapping = 0; // writes begun while the import ran (they wait for its transaction)
    qint64 slowest = 0;
    {
        // The services hold prepared statements: they end before the connection closes.
        MemberService members(*db);
        OrganizationService orgs(*db);
        const auto branch = orgs.findByCode(UserContext::localUser(), QStringLiteral("BR2"));
        QVERIFY(branch.ok() && branch->has_value());
        QElapsedTimer timer;
        timer.start();
        // Until the import has ended, and at least 20 writes.
        for (int i = 0; process.state() != QProcess::NotRunning || i < 20; ++i) {
            Member m;
            m.name = QStringLiteral("并发%1").arg(i);
            m.idNumber = idNumber(250000 + i);
            QElapsedTimer one;
            one.start();
            overlapping += process.state() != QProcess::NotRunning ? 1 : 0;
            const auto id = members.admit(UserContext::localUser(), m, QDate(2020, 7, 1), branch->value().id);
            if (id.ok()) {
                admitted.append(m.idNumber);
            } else {
                failures.append(id.error().message());
            }
            const auto count = members.countOnRoll(UserContext::localUser());
            if (!count.ok()) {
                failures.append(count.error().message());
            }
            slowest = std::max(slowest, one.elapsed());
            process.waitForFinished(10);
            QVERIFY2(timer.elapsed() < 240000, "the import did not end");
        }
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(240000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("locked")) && !err.contains(QLatin1String("busy")), qPrintable(err));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
    // Every write of both is there.
    db.reset();
    QCOMPARE(integrity(path), QStringLiteral("ok"));
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM members")).toInt(),
             existingMembers + m_rows + admitted.size());
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM members WHERE name LIKE '并发%'")).toInt(),
             admitted.size());
    QVERIFY(overlapping >= 1);
    qInfo("import of %d rows (%lld ms alone): %lld writes of this process, %d begun while the import ran; the "
          "slowest write and read took %lld ms",
          m_rows, m_importMs, qint64(admitted.size()), overlapping, slowest);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
