#include "CliRunner.h"
#include "DatabaseDump.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Kills partyroll-cli (SIGKILL) at random moments of a member import: afterwards the database
// must pass PRAGMA integrity_check and hold exactly what it held before, or everything after.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringImport();

private:
    QTemporaryDir m_dir;
    QString m_pristine; // organizations only
    QString m_members;  // the CSV to import
    QStringList m_before;
    QStringList m_after;
    qint64 m_importMs = 0;
};

namespace {

QStringList dump(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        return {db.error().message()};
    }
    return DatabaseDump::canonical(**db);
}

QString integrity(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        return db.error().message();
    }
    auto q = (*db)->exec(QStringLiteral("PRAGMA integrity_check"));
    return q.ok() && q->next() ? q->value(0).toString() : QStringLiteral("no answer");
}

bool copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(to + suffix);
    }
    return QFile::copy(from, to);
}

} // namespace

void TestCrashSafety::initTestCase()
{
    const QString source = m_dir.filePath(QStringLiteral("source.db"));
    const CliRun generated =
        CliRunner::run(source, {QStringLiteral("generate"), QStringLiteral("--members"), QStringLiteral("30000"),
                                QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-06-30")});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const QString orgs = m_dir.filePath(QStringLiteral("orgs.csv"));
    m_members = m_dir.filePath(QStringLiteral("members.csv"));
    QCOMPARE(CliRunner::run(source, {QStringLiteral("export"), QStringLiteral("orgs"), orgs}).exitCode, 0);
    QCOMPARE(CliRunner::run(source, {QStringLiteral("export"), QStringLiteral("members"), m_members}).exitCode, 0);
    m_pristine = m_dir.filePath(QStringLiteral("pristine.db"));
    QCOMPARE(CliRunner::run(m_pristine, {QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(CliRunner::run(m_pristine, {QStringLiteral("import"), QStringLiteral("orgs"), orgs}).exitCode, 0);
    m_before = dump(m_pristine);

    const QString complete = m_dir.filePath(QStringLiteral("complete.db"));
    QVERIFY(copyDatabase(m_pristine, complete));
    QElapsedTimer timer;
    timer.start();
    const CliRun imported = CliRunner::run(complete, {QStringLiteral("import"), QStringLiteral("members"), m_members});
    m_importMs = timer.elapsed();
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    m_after = dump(complete);
    QVERIFY(m_after.size() > m_before.size() + 30000);
}

void TestCrashSafety::killDuringImport()
{
    const QString target = m_dir.filePath(QStringLiteral("target.db"));
    int sawBefore = 0;
    int sawAfter = 0;
    for (int round = 0; round < 20; ++round) {
        QVERIFY(copyDatabase(m_pristine, target));
        QProcess process;
        process.start(QStringLiteral(PARTYROLL_CLI_BINARY),
                      {QStringLiteral("--db"), target, QStringLiteral("import"), QStringLiteral("members"), m_members});
        QVERIFY(process.waitForStarted());
        // Anywhere from start-up to a little after the end of a normal run.
        const auto delay = static_cast<unsigned long>(QRandomGenerator::global()->bounded(m_importMs * 11 / 10 + 1));
        QThread::msleep(delay);
        process.kill(); // SIGKILL
        process.waitForFinished();
        QCOMPARE(integrity(target), QStringLiteral("ok"));
        const QStringList now = dump(target);
        if (now == m_before) {
            ++sawBefore;
        } else if (now == m_after) {
            ++sawAfter;
        } else {
            QFAIL(qPrintable(
                QStringLiteral("round %1 (killed after %2 ms): the database is half written").arg(round).arg(delay)));
        }
    }
    qInfo("killed 20 imports: %d left the database as before, %d complete", sawBefore, sawAfter);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
