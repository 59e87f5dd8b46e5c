#include "Reliability.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Reliability;

// Kills partyroll-cli with SIGKILL at 20 random moments of a 100,000-row member import, into
// an empty roll (the bulk path: rollback journal, indexes built at the end) and into a roll
// that already has members (the row-by-row path in WAL mode). After each kill the file must
// pass integrity_check and hold exactly what it held before, or everything after.
class TestCrashImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringImport_data();
    void killDuringImport();

private:
    QTemporaryDir m_dir;
    QString m_members; // 100,000 rows
};

namespace {

QByteArray fingerprint(const QString& path)
{
    return contentHash(path);
}

} // namespace

void TestCrashImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_members = m_dir.filePath(QStringLiteral("members.csv"));
    writeMembersCsv(m_members, 100000, 1000);
}

void TestCrashImport::killDuringImport_data()
{
    QTest::addColumn<int>("existingMembers");
    QTest::newRow("into an empty roll") << 0;
    QTest::newRow("into a roll of 500") << 500;
}

void TestCrashImport::killDuringImport()
{
    QFETCH(int, existingMembers);
    const QString pristine = m_dir.filePath(QStringLiteral("pristine-%1.db").arg(existingMembers));
    QCOMPARE(initWithOrganizations(pristine), QString());
    if (existingMembers > 0) {
        const QString first = m_dir.filePath(QStringLiteral("first.csv"));
        writeMembersCsv(first, existingMembers);
        const Run run = cli(pristine, {QStringLiteral("import"), QStringLiteral("members"), first});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const QByteArray before = fingerprint(pristine);

    const QString complete = m_dir.filePath(QStringLiteral("complete.db"));
    QVERIFY(copyDatabase(pristine, complete));
    const Run full = cli(complete, {QStringLiteral("import"), QStringLiteral("members"), m_members});
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    const QByteArray after = fingerprint(complete);
    QVERIFY(after != before);
    QCOMPARE(scalar(complete, QStringLiteral("SELECT count(*) FROM members")).toInt(), existingMembers + 100000);

    const QString target = m_dir.filePath(QStringLiteral("target.db"));
    int sawBefore = 0;
    int sawAfter = 0;
    QList<qint64> delays;
    for (int round = 0; round < 20; ++round) {
        QVERIFY(copyDatabase(pristine, target));
        QProcess process;
        start(process, target, {QStringLiteral("import"), QStringLiteral("members"), m_members});
        QVERIFY(process.waitForStarted());
        // Anywhere from start-up to a little after the end of a normal run.
        const qint64 delay = QRandomGenerator::global()->bounded(full.ms * 11 / 10 + 1);
        delays.append(delay);
        QThread::msleep(static_cast<unsigned long>(delay));
        process.kill();
        process.waitForFinished();
        QCOMPARE(integrity(target), QStringLiteral("ok"));
        const QByteArray now = fingerprint(target);
        if (now == before) {
            ++sawBefore;
        } else if (now == after) {
            ++sawAfter;
        } else {
            QFAIL(qPrintable(
                QStringLiteral("round %1 (killed after %2 ms): the database is half written").arg(round).arg(delay)));
        }
    }
    // The file a kill left behind takes the import again.
    if (fingerprint(target) == before) {
        const Run again = cli(target, {QStringLiteral("import"), QStringLiteral("members"), m_members});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(fingerprint(target), after);
    }
    std::sort(delays.begin(), delays.end());
    qInfo("import of 100,000 rows took %lld ms; killed 20 times (%lld..%lld ms): %d left the database as before, "
          "%d complete",
          full.ms, delays.first(), delays.last(), sawBefore, sawAfter);
}

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
