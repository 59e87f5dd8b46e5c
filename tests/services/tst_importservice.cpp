#include "DatabaseDump.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "io/TableWriter.h"
#include "services/ImportService.h"
#include "services/MemberService.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsTheFixtures();
    void reimportChangesNothing();
    void everyBadRowIsReported();
    void dryRunWritesNothing();
    void headerProblems();
    void gb18030AndTabs();
    void xlsx();
    void eventsReplaceAdmission();
    void eventRuleViolations();
    void orgParentsLaterInFile();
    void bulkLoadRestoresConnectionSettings();
    void bulkLoadWithAnotherReader();
    void bulkLoadWithActiveStatement();

private:
    ImportReport importOk(TempDatabase& temp, TableKind kind, const QString& path);
    void importFixtures(TempDatabase& temp);
    UserContext m_user = UserContext::localUser();
};

namespace {

QString data(const char* name)
{
    return QStringLiteral(PARTYROLL_TEST_DATA "/") + QLatin1String(name);
}

int countRows(Database& db, const QString& table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q->next();
    return q->value(0).toInt();
}

} // namespace

void TestImportService::initTestCase()
{
    Language::install(QStringLiteral("zh")); // column names in messages as the file has them
}

ImportReport TestImportService::importOk(TempDatabase& temp, TableKind kind, const QString& path)
{
    ImportService service(temp.db());
    const auto report = service.importFile(m_user, kind, path);
    if (!report.ok()) {
        qWarning("%s", qPrintable(report.error().message()));
        return {};
    }
    for (const RowIssue& issue : report->issues) {
        qWarning("%s:%d: %s: %s", qPrintable(path), issue.row, qPrintable(issue.column), qPrintable(issue.message));
    }
    return *report;
}

void TestImportService::importFixtures(TempDatabase& temp)
{
    QVERIFY(importOk(temp, TableKind::Orgs, data("orgs.csv")).written);
    QVERIFY(importOk(temp, TableKind::Members, data("members.csv")).written);
    QVERIFY(importOk(temp, TableKind::Events, data("events.csv")).written);
    QVERIFY(importOk(temp, TableKind::Posts, data("posts.csv")).written);
}

void TestImportService::importsTheFixtures()
{
    TempDatabase temp;
    importFixtures(temp);
    QCOMPARE(countRows(temp.db(), QStringLiteral("organizations")), 8);
    QCOMPARE(countRows(temp.db(), QStringLiteral("members")), 5);
    QCOMPARE(countRows(temp.db(), QStringLiteral("posts")), 3);
    MemberService members(temp.db());
    // 刘洋 moved from BR3 to BR1 in 2015.
    const auto liu = *members.findByIdNumber(m_user, QStringLiteral("440305197511113130"));
    QVERIFY(liu.has_value());
    auto br1 = temp.db().exec(QStringLiteral("SELECT id FROM organizations WHERE code='BR1'"));
    br1->next();
    QCOMPARE(liu->orgId, br1->value(0).toLongLong());
    QVERIFY(liu->mobile);
    // 陈静 transferred out.
    const auto chen = *members.findByIdNumber(m_user, QStringLiteral("510107199512304253"));
    QVERIFY(chen.has_value());
    QCOMPARE(chen.value_or(Member()).orgId, qint64(0));
    // 王强: gender and birth date derived from the ID number, 汉 -> 汉族, 大专 -> junior college.
    const auto wang = *members.findByIdNumber(m_user, QStringLiteral("31010419900101213X"));
    QCOMPARE(int(wang->gender), int(Gender::Male));
    QCOMPARE(wang->birthDate, QDate(1990, 1, 1));
    QCOMPARE(wang->ethnicity, QStringLiteral("汉族"));
    QCOMPARE(int(wang->education), int(Education::JuniorCollege));
    QCOMPARE(int(wang->category), int(MemberCategory::Probationary));
}

void TestImportService::reimportChangesNothing()
{
    TempDatabase temp;
    importFixtures(temp);
    const QStringList before = DatabaseDump::canonical(temp.db());
    const ImportReport orgs = importOk(temp, TableKind::Orgs, data("orgs.csv"));
    QCOMPARE(orgs.unchanged, 8);
    const ImportReport members = importOk(temp, TableKind::Members, data("members.csv"));
    QCOMPARE(members.unchanged, 5);
    const ImportReport events = importOk(temp, TableKind::Events, data("events.csv"));
    QCOMPARE(events.unchanged, 4);
    const ImportReport posts = importOk(temp, TableKind::Posts, data("posts.csv"));
    QCOMPARE(posts.unchanged, 3);
    QCOMPARE(DatabaseDump::canonical(temp.db()), before);
}

void TestImportService::everyBadRowIsReported()
{
    TempDatabase temp;
    QVERIFY(importOk(temp, TableKind::Orgs, data("orgs.csv")).written);
    const QStringList before = DatabaseDump::canonical(temp.db());
    ImportService service(temp.db());
    const auto report = service.importFile(m_user, TableKind::Members, data("members_bad.csv"));
    QVERIFY(report.ok());
    QVERIFY(!report->written);

    QFile expectedFile(data("members_bad.expected"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(expected.size(), 20);
    for (const QString& line : expected) {
        const QStringList parts = line.split(u'\t');
        const int row = parts.at(0).toInt();
        const QString column = parts.at(1);
        const bool found = std::any_of(report->issues.cbegin(), report->issues.cend(), [&](const RowIssue& issue) {
            return issue.row == row && issue.column == column && !issue.message.isEmpty();
        });
        QVERIFY2(found,
                 qPrintable(QStringLiteral("not reported: row %1 column %2 (%3)").arg(row).arg(column, parts.at(2))));
    }
    // Only bad rows are reported; the good row 2 is not.
    for (const RowIssue& issue : report->issues) {
        QVERIFY2(issue.row >= 3 && issue.row <= 22, qPrintable(issue.message));
    }
    QCOMPARE(DatabaseDump::canonical(temp.db()), before);
}

void TestImportService::dryRunWritesNothing()
{
    TempDatabase temp;
    QVERIFY(importOk(temp, TableKind::Orgs, data("orgs.csv")).written);
    const QStringList before = DatabaseDump::canonical(temp.db());
    ImportService service(temp.db());
    ImportOptions options;
    options.dryRun = true;
    const auto report = service.importFile(m_user, TableKind::Members, data("members.csv"), options);
    QVERIFY(report.ok());
    QVERIFY(report->issues.isEmpty());
    QCOMPARE(report->rows, 5);
    QVERIFY(!report->written);
    QCOMPARE(DatabaseDump::canonical(temp.db()), before);
}

void TestImportService::headerProblems()
{
    TempDatabase temp;
    const QString path = temp.writeFile(QStringLiteral("h.csv"), QStringLiteral("代码,名称,颜色,名称\nA,甲,红,乙\n"));
    ImportService service(temp.db());
    const auto report = service.importFile(m_user, TableKind::Orgs, path);
    QVERIFY(report.ok());
    QStringList columns;
    for (const RowIssue& issue : report->issues) {
        QCOMPARE(issue.row, 1);
        columns << issue.column;
    }
    QVERIFY(columns.contains(QStringLiteral("颜色"))); // unknown
    QVERIFY(columns.contains(QStringLiteral("名称"))); // twice
    QVERIFY(columns.contains(QStringLiteral("类型"))); // required, missing
    ImportOptions lenient;
    lenient.ignoreUnknown = true;
    const QString ok =
        temp.writeFile(QStringLiteral("ok.csv"), QStringLiteral("code,name,type,colour\nA,甲,党委,红\n"));
    const auto accepted = service.importFile(m_user, TableKind::Orgs, ok, lenient);
    QVERIFY(accepted.ok());
    QVERIFY(accepted->issues.isEmpty());
    QCOMPARE(accepted->created, 1);
}

void TestImportService::gb18030AndTabs()
{
    TempDatabase temp;
    const QString text = QStringLiteral("代码\t名称\t类型\nC9\t第九党委\t党委\n");
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const QString path = temp.file(QStringLiteral("gb.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const ImportReport report = importOk(temp, TableKind::Orgs, path);
    QVERIFY(report.written);
    auto q = temp.db().exec(QStringLiteral("SELECT name FROM organizations WHERE code='C9'"));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("第九党委"));
}

void TestImportService::xlsx()
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("orgs.xlsx"));
    {
        auto writer = TableWriter::create(path, QStringLiteral("orgs"));
        QVERIFY(writer.ok());
        QVERIFY((*writer)
                    ->writeRow({QStringLiteral("代码"), QStringLiteral("名称"), QStringLiteral("类型"),
                                QStringLiteral("成立日期")})
                    .ok());
        QVERIFY((*writer)
                    ->writeRow({QStringLiteral("X1"), QStringLiteral("表格党委"), QStringLiteral("党委"),
                                QStringLiteral("2001-02-03")})
                    .ok());
        QVERIFY((*writer)->finish().ok());
    }
    QVERIFY(importOk(temp, TableKind::Orgs, path).written);
    auto q = temp.db().exec(QStringLiteral("SELECT established_on FROM organizations WHERE code='X1'"));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("2001-02-03"));
}

void TestImportService::eventsReplaceAdmission()
{
    TempDatabase temp;
    importFixtures(temp);
    // 李娜 was really admitted elsewhere and transferred in later.
    const QString path =
        temp.writeFile(QStringLiteral("e.csv"), QStringLiteral("id_number,date,kind,org\n"
                                                               "110105198506201029,2010-06-30,admitted,\n"
                                                               "110105198506201029,2011-07-01,converted_full,\n"
                                                               "110105198506201029,2014-03-01,transferred_in,BR1\n"));
    const ImportReport report = importOk(temp, TableKind::Events, path);
    QVERIFY(report.written);
    MemberService members(temp.db());
    const auto li = *members.findByIdNumber(m_user, QStringLiteral("110105198506201029"));
    const auto history = *members.history(m_user, li->id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).orgId, 0);
    QCOMPARE(int(history.at(2).kind), int(EventKind::TransferredIn));
    QVERIFY(li->onRoll);
}

void TestImportService::eventRuleViolations()
{
    TempDatabase temp;
    importFixtures(temp);
    const QStringList before = DatabaseDump::canonical(temp.db());
    const QString path = temp.writeFile(QStringLiteral("e.csv"),
                                        QStringLiteral("公民身份号码,日期,事件,党组织\n"
                                                       "510107199512304253,2024-01-01,死亡,BR2\n" // already left
                                                       "31010419900101213X,2026-06-01,转正,\n"    // too early
                                                       "999999999999999999,2020-01-01,转入,BR1\n" // unknown member
                                                       "110105198003151015,2025-01-01,组织内调动,TMP1\n" // dissolved
                                                       "110105198003151015,2020-01-01,飞走,BR1\n"));     // unknown kind
    ImportService service(temp.db());
    const auto report = service.importFile(m_user, TableKind::Events, path);
    QVERIFY(report.ok());
    QList<int> rows;
    for (const RowIssue& issue : report->issues) {
        rows << issue.row;
    }
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, QList<int>({2, 3, 4, 5, 6}));
    QCOMPARE(DatabaseDump::canonical(temp.db()), before);
}

void TestImportService::orgParentsLaterInFile()
{
    TempDatabase temp;
    const QString path = temp.writeFile(QStringLiteral("o.csv"), QStringLiteral("code,name,type,parent\n"
                                                                                "B1,支部,branch,C1\n"
                                                                                "C1,党委,committee,\n"
                                                                                "X1,甲,branch,X2\n"
                                                                                "X2,乙,general_branch,X1\n"));
    ImportService service(temp.db());
    const auto report = service.importFile(m_user, TableKind::Orgs, path);
    QVERIFY(report.ok());
    // B1 after its parent is fine; X1/X2 form a cycle (and a general branch under a branch).
    for (const RowIssue& issue : report->issues) {
        QVERIFY2(issue.row == 4 || issue.row == 5, qPrintable(issue.message));
    }
    QVERIFY(!report->issues.isEmpty());
    QCOMPARE(countRows(temp.db(), QStringLiteral("organizations")), 0);
}

namespace {

QString pragma(Database& db, const QString& name)
{
    auto q = db.exec(QStringLiteral("PRAGMA ") + name);
    return q.ok() && q->next() ? q->value(0).toString() : QString();
}

} // namespace

void TestImportService::bulkLoadRestoresConnectionSettings()
{
    // Into an empty roll the member import switches journal mode and foreign keys for its
    // transaction; afterwards the connection is as before, whether the import wrote or not.
    TempDatabase temp;
    QVERIFY(importOk(temp, TableKind::Orgs, data("orgs.csv")).written);
    ImportService service(temp.db());
    const auto refused = service.importFile(m_user, TableKind::Members, data("members_bad.csv"));
    QVERIFY(refused.ok() && !refused->written);
    QCOMPARE(pragma(temp.db(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(temp.db(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(countRows(temp.db(), QStringLiteral("members")), 0);
    // The indexes dropped for the load came back with the rollback.
    auto indexes = temp.db().exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='index' AND name IN"
                                                 " ('members_id_number', 'membership_events_roll')"));
    QVERIFY(indexes->next());
    QCOMPARE(indexes->value(0).toInt(), 2);
    indexes->finish();
    QVERIFY(importOk(temp, TableKind::Members, data("members.csv")).written);
    QCOMPARE(pragma(temp.db(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(temp.db(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    indexes = temp.db().exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='index' AND name IN"
                                            " ('members_id_number', 'membership_events_roll')"));
    QVERIFY(indexes->next());
    QCOMPARE(indexes->value(0).toInt(), 2);
    indexes->finish();
    // The unique index is back in force.
    QVERIFY(!temp.db()
                 .exec(QStringLiteral("INSERT INTO members (id_number, name, gender, birth_date) SELECT id_number,"
                                      " name, gender, birth_date FROM members LIMIT 1"))
                 .ok());
}

void TestImportService::bulkLoadWithActiveStatement()
{
    // A statement of the same connection is still reading (a GUI model, say): the load
    // cannot drop indexes or change the journal, and still imports everything.
    TempDatabase temp;
    QVERIFY(importOk(temp, TableKind::Orgs, data("orgs.csv")).written);
    auto reading = temp.db().exec(QStringLiteral("SELECT code FROM organizations"));
    QVERIFY(reading->next());
    QVERIFY(importOk(temp, TableKind::Members, data("members.csv")).written);
    reading->finish();
    QCOMPARE(countRows(temp.db(), QStringLiteral("members")), 5);
}

void TestImportService::bulkLoadWithAnotherReader()
{
    // Another program has the database open: the load stays in WAL mode and still works.
    TempDatabase temp;
    QVERIFY(importOk(temp, TableKind::Orgs, data("orgs.csv")).written);
    auto other = Database::open(temp.path(), Database::OpenMode::ExistingOnly);
    QVERIFY(other.ok());
    QCOMPARE(countRows(**other, QStringLiteral("organizations")), 8);
    QVERIFY(importOk(temp, TableKind::Members, data("members.csv")).written);
    QCOMPARE(countRows(**other, QStringLiteral("members")), 5);
    QCOMPARE(pragma(temp.db(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
