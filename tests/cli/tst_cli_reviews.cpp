#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// partyroll-cli import reviews end to end on the real binary: a campaign and its results
// imported with their handling (劝退 records the withdrawal in the member's history; the
// five-year bar on re-admission is tested in tst_reviewservice and tst_reviewrules, since
// `import events` treats an admission row as a correction of the recorded one), re-imports and
// dry runs that change nothing,
// every bad row reported as FILE:ROW: COLUMN with exit 3 and nothing written, exit 2 for an
// unknown kind, and export reviews importing back.
class TestCliReviews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importWithHandling();
    void badRowsWriteNothing();
    void unknownKind();
    void exportImportsBack();

private:
    QString write(const QString& name, const QString& text);
    QString freshDatabase(const QString& name);

    QTemporaryDir m_dir;
};

namespace {

// GB1's review of 2024 held on 2024-12-20 covers BR1 (张伟, 李娜, 刘洋) and BR2 (nobody then:
// 陈静 left in 2023, 王强 joins in 2026). 刘洋 is unqualified and persuaded to withdraw.
const char* const Reviews = "年度,党组织,日期,公民身份号码,结果,免评原因,处置,处置日期\n"
                            "2024,GB1,2024-12-20,110105198003151015,优秀,,,\n"
                            "2024,GB1,2024-12-20,110105198506201029,免评,出国,,\n"
                            "2024,GB1,2024-12-20,440305197511113130,不合格,,劝退,2025-01-10\n";

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

void TestCliReviews::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliReviews::write(const QString& name, const QString& text)
{
    return CliRunner::writeFile(m_dir.path(), name, text);
}

QString TestCliReviews::freshDatabase(const QString& name)
{
    return CliRunner::fixtureDatabase(m_dir.path(), name);
}

void TestCliReviews::importWithHandling()
{
    const QString db = freshDatabase(QStringLiteral("reviews.db"));
    const QString reviews = write(QStringLiteral("reviews.csv"), QString::fromUtf8(Reviews));
    // A dry run checks every row and writes nothing.
    CliRun run =
        CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("reviews"), reviews, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("3 row(s) checked, no problems")), qPrintable(run.out));
    run = CliRunner::run(
        db, {QStringLiteral("export"), QStringLiteral("reviews"), m_dir.filePath(QStringLiteral("none.csv"))});
    QVERIFY2(run.out.contains(QStringLiteral(": 0 row(s) written")), qPrintable(run.out));

    run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("reviews"), reviews});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("3 row(s): 3 created, 0 updated, 0 already recorded")),
             qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
    // Again: already recorded.
    run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("reviews"), reviews});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("3 already recorded")), qPrintable(run.out));

    // The withdrawal is part of the exported history.
    const QString events = m_dir.filePath(QStringLiteral("events-out.csv"));
    run = CliRunner::run(db, {QStringLiteral("export"), QStringLiteral("events"), events}, QStringLiteral("zh"));
    QCOMPARE(run.exitCode, 0);
    QFile file(events);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("440305197511113130,2025-01-10,劝退或退党,BR1")), qPrintable(text));
}

void TestCliReviews::badRowsWriteNothing()
{
    const QString db = freshDatabase(QStringLiteral("bad.db"));
    const QString bad =
        write(QStringLiteral("bad.csv"), QStringLiteral("year,org,held_on,id_number,result,exempt_reason\n"
                                                        "2024,GB1,2024-12-20,110105198003151015,excellent,\n"
                                                        "2024,GB1,2024-12-20,110105198506201029,exempt,\n"
                                                        "2024,GB1,2024-12-20,510107199512304253,qualified,\n"
                                                        "2024,GB1,2024-12-20,440305197511113130,good,\n"
                                                        "2024,GRP1,2024-12-20,440305197511113130,qualified,\n"));
    CliRun run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("reviews"), bad});
    QCOMPARE(run.exitCode, 3);
    const QStringList err = lines(run.err);
    QCOMPARE(err.size(), 5);
    QVERIFY2(err.at(0).startsWith(bad + QStringLiteral(":3: exempt_reason: ")), qPrintable(err.at(0)));
    QVERIFY2(err.at(1).startsWith(bad + QStringLiteral(":4: id_number: ")), qPrintable(err.at(1)));
    QVERIFY2(err.at(2).startsWith(bad + QStringLiteral(":5: result: ")), qPrintable(err.at(2)));
    QVERIFY2(err.at(3).startsWith(bad + QStringLiteral(":6: org: ")), qPrintable(err.at(3)));
    QVERIFY(err.at(4).contains(QStringLiteral("nothing was written")));
    run = CliRunner::run(
        db, {QStringLiteral("export"), QStringLiteral("reviews"), m_dir.filePath(QStringLiteral("after-bad.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral(": 0 row(s) written")), qPrintable(run.out));

    // A probationary member is never graded: 王强 (admitted 2026-03-01) in BR2's review of 2026.
    const QString graded =
        write(QStringLiteral("graded.csv"), QStringLiteral("年度,党组织,日期,公民身份号码,结果\n"
                                                           "2026,BR2,2026-11-01,31010419900101213X,合格\n"));
    run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("reviews"), graded});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith(graded + QStringLiteral(":2: 结果: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("probationary")));
}

void TestCliReviews::unknownKind()
{
    const QString db = freshDatabase(QStringLiteral("kind.db"));
    const CliRun run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("review"),
                                           write(QStringLiteral("k.csv"), QString::fromUtf8(Reviews))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("reviews")), qPrintable(run.err));
    const CliRun help = CliRunner::run({}, {QStringLiteral("import"), QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("reviews")));
}

void TestCliReviews::exportImportsBack()
{
    const QString db = freshDatabase(QStringLiteral("export.db"));
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("reviews"),
                                 write(QStringLiteral("x.csv"), QString::fromUtf8(Reviews))})
                 .exitCode,
             0);
    const QString out = m_dir.filePath(QStringLiteral("out_reviews.csv"));
    CliRun run = CliRunner::run(db, {QStringLiteral("export"), QStringLiteral("reviews"), out}, QStringLiteral("zh"));
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("2024,GB1,2024-12-20,440305197511113130,不合格,,劝退,2025-01-10,,,")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2024,GB1,2024-12-20,110105198506201029,免评,出国（境）6个月以上,")),
             qPrintable(text));
    // English keys import too; a fresh copy of the roll ends with the same reviews.
    const QString english = m_dir.filePath(QStringLiteral("out_reviews_en.xlsx"));
    QCOMPARE(CliRunner::run(db, {QStringLiteral("export"), QStringLiteral("reviews"), english}).exitCode, 0);
    const QString copy = freshDatabase(QStringLiteral("copy.db"));
    run = CliRunner::run(copy, {QStringLiteral("import"), QStringLiteral("reviews"), english});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("3 created")), qPrintable(run.out));
    const QString again = m_dir.filePath(QStringLiteral("again.csv"));
    QCOMPARE(CliRunner::run(copy, {QStringLiteral("export"), QStringLiteral("reviews"), again}, QStringLiteral("zh"))
                 .exitCode,
             0);
    QFile second(again);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(second.readAll()), text);
}

QTEST_GUILESS_MAIN(TestCliReviews)
#include "tst_cli_reviews.moc"
