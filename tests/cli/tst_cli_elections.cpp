#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// partyroll-cli end to end on the real binary: import elections and candidates (all or
// nothing, claims checked, FILE:ROW: COLUMN lines, exit 3), elections due with --as-of and
// --org (days overdue, exit 2 on bad arguments), elections settings, and the export of
// elections and candidates importing back.
class TestCliElections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importAndDue();
    void badRowsWriteNothing();
    void argumentErrors();
    void settings();
    void exportImportsBack();

private:
    QString write(const QString& name, const QString& text);
    QString freshDatabase(const QString& name);

    QTemporaryDir m_dir;
};

namespace {

// BR1 elects 张伟 its secretary directly on 2024-09-01 (3 full members: 张伟, 李娜, 刘洋).
const char* const Elections = "党组织,日期,类型,应选人数,应到会人数,实到会人数,发出选票,收回选票,批复日期,任期\n"
                              "BR1,2024-09-01,换届,1,3,3,3,3,2024-09-20,\n";
const char* const Candidates = "党组织,日期,公民身份号码,职务,得票,当选,一肩挑\n"
                               "BR1,2024-09-01,110105198003151015,书记,3,是,是\n";

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

void TestCliElections::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliElections::write(const QString& name, const QString& text)
{
    return CliRunner::writeFile(m_dir.path(), name, text);
}

QString TestCliElections::freshDatabase(const QString& name)
{
    return CliRunner::fixtureDatabase(m_dir.path(), name, true);
}

void TestCliElections::importAndDue()
{
    const QString db = freshDatabase(QStringLiteral("due.db"));
    CliRun run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("elections"),
                                     write(QStringLiteral("elections.csv"), QString::fromUtf8(Elections))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1 created")), qPrintable(run.out));
    run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("candidates"),
                              write(QStringLiteral("candidates.csv"), QString::fromUtf8(Candidates))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1 created")), qPrintable(run.out));

    // At the end of 2024: the terms counted from the establishment have expired, BR1's runs.
    run = CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--as-of"),
                              QStringLiteral("2024-12-31")});
    QCOMPARE(run.exitCode, 0);
    QStringList out = lines(run.out);
    QCOMPARE(out.size(), 5);
    const QDate asOf(2024, 12, 31);
    QCOMPARE(out.at(0),
             QStringLiteral("COM1\t市财政局机关党委\t1995-03-01\t2000-03-01\t%1\toverdue by %1 day(s) (no valid "
                            "term election recorded: counted from the establishment)")
                 .arg(QDate(2000, 3, 1).daysTo(asOf)));
    QVERIFY(out.at(1).startsWith(QStringLiteral("GB1\t")));
    QVERIFY(out.at(2).startsWith(QStringLiteral("BR3\t")));
    QVERIFY(out.at(3).startsWith(QStringLiteral("BR2\t预算二科党支部\t2005-06-01\t2008-06-01\t")));
    QCOMPARE(out.at(4), QStringLiteral("4 organization(s) as of 2024-12-31: 4 with the term expired, 0 expiring within "
                                       "6 month(s)."));

    // In 2027 BR1's term (3 years from 2024-09-01) comes within six months; GB1's subtree only.
    run = CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--org"),
                              QStringLiteral("GB1"), QStringLiteral("--as-of"), QStringLiteral("2027-06-01")});
    QCOMPARE(run.exitCode, 0);
    out = lines(run.out);
    QCOMPARE(out.size(), 4);
    QVERIFY(out.at(0).startsWith(QStringLiteral("GB1\t")));
    QVERIFY(out.at(1).startsWith(QStringLiteral("BR2\t")));
    QCOMPARE(out.at(2), QStringLiteral("BR1\t预算一科党支部\t2024-09-01\t2027-09-01\t-92\tdue in 92 day(s)"));
    QVERIFY(out.at(3).startsWith(QStringLiteral("3 organization(s) as of 2027-06-01: 2 with the term expired, 1")));

    // Re-importing the same files changes nothing.
    run = CliRunner::run(
        db, {QStringLiteral("import"), QStringLiteral("candidates"), m_dir.filePath(QStringLiteral("candidates.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("1 already recorded")));
}

void TestCliElections::badRowsWriteNothing()
{
    const QString db = freshDatabase(QStringLiteral("bad.db"));
    const QString elections = write(QStringLiteral("bad_elections.csv"),
                                    QStringLiteral("党组织,日期,应选人数,应到会人数,实到会人数,发出选票,收回选票\n"
                                                   "BR1,2024-09-01,1,3,4,3,3\n"
                                                   "NOPE,2024-09-01,1,3,3,3,3\n"
                                                   "BR3,2024-09-01,1,3,3,3,3\n"));
    CliRun run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("elections"), elections});
    QCOMPARE(run.exitCode, 3);
    QStringList err = lines(run.err);
    QCOMPARE(err.size(), 3);
    QVERIFY2(err.at(0).startsWith(elections + QStringLiteral(":2: 实到会人数: ")), qPrintable(err.at(0)));
    QVERIFY2(err.at(1).startsWith(elections + QStringLiteral(":3: 党组织: ")), qPrintable(err.at(1)));
    QVERIFY(err.at(2).contains(QStringLiteral("nothing was written")));

    // A claim contradicting the votes is refused at its row.
    run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("elections"),
                              write(QStringLiteral("e.csv"), QString::fromUtf8(Elections))});
    QCOMPARE(run.exitCode, 0);
    const QString claims =
        write(QStringLiteral("claims.csv"), QStringLiteral("党组织,日期,公民身份号码,职务,得票,当选\n"
                                                           "BR1,2024-09-01,110105198003151015,书记,1,是\n"));
    run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("candidates"), claims});
    QCOMPARE(run.exitCode, 3);
    err = lines(run.err);
    QCOMPARE(err.size(), 2);
    QVERIFY2(err.at(0).startsWith(claims + QStringLiteral(":2: 当选: claimed elected")), qPrintable(err.at(0)));
    run = CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--as-of"),
                              QStringLiteral("2024-12-31"), QStringLiteral("--org"), QStringLiteral("BR1")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("BR1\t")), qPrintable(run.out)); // still overdue: no valid election
    // A dry run checks and writes nothing.
    run = CliRunner::run(db,
                         {QStringLiteral("import"), QStringLiteral("candidates"),
                          write(QStringLiteral("c.csv"), QString::fromUtf8(Candidates)), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    run = CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--as-of"),
                              QStringLiteral("2024-12-31"), QStringLiteral("--org"), QStringLiteral("BR1")});
    QVERIFY(run.out.startsWith(QStringLiteral("BR1\t")));
}

void TestCliElections::argumentErrors()
{
    const QString db = freshDatabase(QStringLiteral("args.db"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("elections")}, QStringList{QStringLiteral("elections"), QStringLiteral("soon")},
          QStringList{QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--org"),
                      QStringLiteral("NOPE")},
          QStringList{QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--as-of"),
                      QStringLiteral("2024-02-30")},
          QStringList{QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("extra")}}) {
        const CliRun run = CliRunner::run(db, args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + run.err));
        QVERIFY(run.out.isEmpty());
    }
    const CliRun help =
        CliRunner::run({}, {QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--as-of")));
    const CliRun general = CliRunner::run({}, {QStringLiteral("--help")});
    QVERIFY(general.out.contains(QStringLiteral("elections")));
    // A missing database is a database error.
    const CliRun missing =
        CliRunner::run(m_dir.filePath(QStringLiteral("none.db")), {QStringLiteral("elections"), QStringLiteral("due")});
    QCOMPARE(missing.exitCode, 4);
}

void TestCliElections::settings()
{
    const QString db = freshDatabase(QStringLiteral("settings.db"));
    CliRun run = CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("settings")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("threshold-base\tpresent\n")));
    QVERIFY(run.out.contains(QStringLiteral("term-years-branch\t3\n")));
    run =
        CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("settings"), QStringLiteral("--threshold-base"),
                            QStringLiteral("eligible"), QStringLiteral("--term-years-branch"), QStringLiteral("5"),
                            QStringLiteral("--reminder-months"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    run = CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("settings")});
    QVERIFY(run.out.contains(QStringLiteral("threshold-base\teligible\n")));
    QVERIFY(run.out.contains(QStringLiteral("term-years-branch\t5\n")));
    QVERIFY(run.out.contains(QStringLiteral("reminder-months\t1\n")));
    // Branches now have 5-year terms: BR2 (2005) was due in 2010.
    run = CliRunner::run(db, {QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--org"),
                              QStringLiteral("BR2"), QStringLiteral("--as-of"), QStringLiteral("2024-12-31")});
    QVERIFY2(run.out.startsWith(QStringLiteral("BR2\t预算二科党支部\t2005-06-01\t2010-06-01\t")), qPrintable(run.out));
    for (const QStringList& bad : {QStringList{QStringLiteral("--term-years-branch"), QStringLiteral("9")},
                                   QStringList{QStringLiteral("--threshold-base"), QStringLiteral("half")},
                                   QStringList{QStringLiteral("--reminder-months"), QStringLiteral("x")}}) {
        run = CliRunner::run(db, QStringList{QStringLiteral("elections"), QStringLiteral("settings")} + bad);
        QCOMPARE(run.exitCode, 2);
    }
}

void TestCliElections::exportImportsBack()
{
    const QString db = freshDatabase(QStringLiteral("export.db"));
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("elections"),
                                 write(QStringLiteral("x_e.csv"), QString::fromUtf8(Elections))})
                 .exitCode,
             0);
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("candidates"),
                                 write(QStringLiteral("x_c.csv"), QString::fromUtf8(Candidates))})
                 .exitCode,
             0);
    const QString elections = m_dir.filePath(QStringLiteral("out_elections.xlsx"));
    const QString candidates = m_dir.filePath(QStringLiteral("out_candidates.csv"));
    CliRun run = CliRunner::run(db, {QStringLiteral("export"), QStringLiteral("elections"), elections});
    QCOMPARE(run.exitCode, 0);
    run =
        CliRunner::run(db, {QStringLiteral("export"), QStringLiteral("candidates"), candidates}, QStringLiteral("zh"));
    QCOMPARE(run.exitCode, 0);
    QFile file(candidates);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("BR1,2024-09-01,110105198003151015,书记,3,是,是")), qPrintable(text));

    const QString copy = freshDatabase(QStringLiteral("copy.db"));
    QCOMPARE(CliRunner::run(copy, {QStringLiteral("import"), QStringLiteral("elections"), elections}).exitCode, 0);
    QCOMPARE(CliRunner::run(copy, {QStringLiteral("import"), QStringLiteral("candidates"), candidates}).exitCode, 0);
    const QStringList due = {QStringLiteral("elections"), QStringLiteral("due"), QStringLiteral("--as-of"),
                             QStringLiteral("2027-06-01")};
    QCOMPARE(CliRunner::run(copy, due).out, CliRunner::run(db, due).out);
}

QTEST_GUILESS_MAIN(TestCliElections)
#include "tst_cli_elections.moc"
