// partyroll-cli audit: --member, --org, --since, --format json|text, the error exits. The
// database is made by the real binary (init, imports, a correction through import members);
// the command runs in this process, and also through the binary once CliApplication lists it.

#include "CliRunner.h"
#include "cli/AuditCommand.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "core/Language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestAuditCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memberJson();
    void text();
    void since();
    void org();
    void errorExits();
    void throughTheBinary();
    void textThroughTheBinary();

private:
    CliRun audit(const QStringList& arguments);
    QJsonArray json(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestAuditCli::initTestCase()
{
    Language::install(QStringLiteral("en"));
    m_db = m_dir.filePath(QStringLiteral("roll.db"));
    QCOMPARE(CliRunner::run(m_db, {QStringLiteral("init")}).exitCode, 0);
    for (const char* kind : {"orgs", "members", "events", "posts"}) {
        const QString file = QStringLiteral(PARTYROLL_TEST_DATA "/") + QLatin1String(kind) + QStringLiteral(".csv");
        const CliRun run = CliRunner::run(m_db, {QStringLiteral("import"), QLatin1String(kind), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    // A correction of 张伟's phone: import members updates a member already recorded.
    const QString fix = m_dir.filePath(QStringLiteral("fix.csv"));
    QFile file(fix);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Every column of members.csv, so that only the phone differs.
    QFile original(QStringLiteral(PARTYROLL_TEST_DATA "/members.csv"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = original.readAll().split('\n');
    file.write(lines.at(0) + '\n' + QByteArray(lines.at(1)).replace("13800000001", "13999999999") + '\n');
    file.close();
    const CliRun run = CliRunner::run(m_db, {QStringLiteral("import"), QStringLiteral("members"), fix});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

CliRun TestAuditCli::audit(const QStringList& arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliContext context(outStream, errStream);
    context.databasePath = m_db;
    CliRun run;
    run.exitCode = AuditCommand().run(context, arguments);
    outStream.flush();
    errStream.flush();
    run.out = out;
    run.err = err;
    return run;
}

QJsonArray TestAuditCli::json(const QStringList& arguments)
{
    const CliRun run = audit(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qWarning("not a JSON array: %s", qPrintable(run.out.left(300)));
        return {};
    }
    return document.array();
}

void TestAuditCli::memberJson()
{
    const QJsonArray rows = json({QStringLiteral("--member"), QStringLiteral("110105198003151015")});
    QVERIFY(!rows.isEmpty());
    // Newest first: the phone correction, then the history events of events.csv, the posts ...
    const QJsonObject newest = rows.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
    QCOMPARE(newest.value(QStringLiteral("record_kind")).toString(), QStringLiteral("members"));
    QCOMPARE(newest.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
    QCOMPARE(newest.value(QStringLiteral("before")).toString(), QStringLiteral("13800000001"));
    QCOMPARE(newest.value(QStringLiteral("after")).toString(), QStringLiteral("13999999999"));
    QCOMPARE(newest.value(QStringLiteral("login")).toString(), QStringLiteral("local"));
    QVERIFY(QDateTime::fromString(newest.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    const qint64 memberId = newest.value(QStringLiteral("member_id")).toInteger();
    QVERIFY(memberId > 0);
    bool post = false;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QStringLiteral("member_id")).toInteger(), memberId);
        QVERIFY(row.value(QStringLiteral("id")).toInteger() < previous);
        previous = row.value(QStringLiteral("id")).toInteger();
        if (row.value(QStringLiteral("record_kind")).toString() == QStringLiteral("posts")) {
            // An insert carries the record as a JSON object.
            post = row.value(QStringLiteral("after")).toObject().value(QStringLiteral("from_on")).toString() ==
                   QStringLiteral("2015-01-01");
        }
    }
    QVERIFY(post);
    QCOMPARE(json({QStringLiteral("--member"), QStringLiteral("110105198003151015"), QStringLiteral("--limit"),
                   QStringLiteral("2")})
                 .size(),
             2);
}

void TestAuditCli::text()
{
    const CliRun run = audit({QStringLiteral("--member"), QStringLiteral("110105198003151015")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), json({QStringLiteral("--member"), QStringLiteral("110105198003151015")}).size());
    QVERIFY2(lines.first().contains(QStringLiteral("local  Changed  Member 张伟 (110105198003151015)")),
             qPrintable(lines.first()));
    QVERIFY2(lines.first().endsWith(QStringLiteral("Phone: 13800000001 -> 13999999999")), qPrintable(lines.first()));
    // Records by what they are and whose, values as terms and names, not codes and ids.
    QVERIFY2(
        run.out.contains(QStringLiteral("Added  Moved of 张伟 (110105198003151015)  Member: 张伟 (110105198003151015); "
                                        "Date: 2024-06-29; Kind: Moved; Organization: 预算一科党支部 (BR1); "
                                        "Note: 培训结束")),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Added  Secretary of 张伟 (110105198003151015) in 预算一科党支部 (BR1)  "
                                             "Organization: 预算一科党支部 (BR1); Member: 张伟 (110105198003151015); "
                                             "Post: Secretary; From: 2015-01-01; Also administrative head: yes")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(u'{'));
}

void TestAuditCli::since()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const int all = json({}).size();
    QVERIFY(all >= 15); // 8 organizations, 1 organization event, 1 bulk load, 4 events, 3 posts, 1 change
    QCOMPARE(json({QStringLiteral("--since"), today}).size(), all);
    QCOMPARE(json({QStringLiteral("--since"), tomorrow}).size(), 0);
    QCOMPARE(audit({QStringLiteral("--since"), tomorrow, QStringLiteral("--format"), QStringLiteral("json")}).out,
             QStringLiteral("[]\n"));
    QCOMPARE(json({QStringLiteral("--until"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}).size(), 0);
}

void TestAuditCli::org()
{
    const QJsonArray rows = json({QStringLiteral("--org"), QStringLiteral("BR3")});
    QVERIFY(!rows.isEmpty());
    const QJsonArray posts =
        json({QStringLiteral("--org"), QStringLiteral("BR3"), QStringLiteral("--kind"), QStringLiteral("posts")});
    QCOMPARE(posts.size(), 1); // 刘洋's post in BR3
    QVERIFY(json({QStringLiteral("--org"), QStringLiteral("COM1")}).size() > rows.size());
}

void TestAuditCli::errorExits()
{
    CliRun run = audit({QStringLiteral("--member"), QStringLiteral("110105198003151023")});
    QCOMPARE(run.exitCode, int(ExitUsage)); // no such member
    QVERIFY(run.err.contains(QStringLiteral("110105198003151023")));
    QCOMPARE(audit({QStringLiteral("--org"), QStringLiteral("NOPE")}).exitCode, int(ExitUsage));
    QCOMPARE(audit({QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode, int(ExitUsage));
    QCOMPARE(audit({QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, int(ExitUsage));
    QCOMPARE(audit({QStringLiteral("--kind"), QStringLiteral("audit_log")}).exitCode, int(ExitUsage));
    QCOMPARE(audit({QStringLiteral("--since"), QStringLiteral("2026-02-01"), QStringLiteral("--until"),
                    QStringLiteral("2026-01-01")})
                 .exitCode,
             int(ExitUsage));
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    CliContext missing(o, e);
    missing.databasePath = m_dir.filePath(QStringLiteral("none.db"));
    QCOMPARE(AuditCommand().run(missing, {}), int(ExitDatabase));
}

void TestAuditCli::throughTheBinary()
{
    const CliRun run =
        CliRunner::run(m_db, {QStringLiteral("audit"), QStringLiteral("--member"), QStringLiteral("110105198003151015"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    if (run.exitCode == ExitUsage && run.err.contains(QStringLiteral("unknown command"))) {
        QSKIP("partyroll-cli does not list the audit command yet (CliApplication::allCommands)");
    }
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), json({QStringLiteral("--member"), QStringLiteral("110105198003151015")}).size());
    // The stored keys and values stay; the readable ones are added.
    const QJsonObject newest = rows.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("before")).toString(), QStringLiteral("13800000001"));
    QCOMPARE(newest.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
    QCOMPARE(newest.value(QStringLiteral("field_label")).toString(), QStringLiteral("Phone"));
    QCOMPARE(newest.value(QStringLiteral("record_label")).toString(),
             QStringLiteral("Member 张伟 (110105198003151015)"));
    QCOMPARE(newest.value(QStringLiteral("after_text")).toString(), QStringLiteral("13999999999"));
    bool event = false;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("record_kind")).toString() == QStringLiteral("membership_events")) {
            QVERIFY(row.value(QStringLiteral("after")).isObject()); // the record, as stored
            QVERIFY(row.value(QStringLiteral("after")).toObject().value(QStringLiteral("kind")).isDouble());
            QVERIFY(row.value(QStringLiteral("after_text")).toString().contains(QStringLiteral("Kind: Moved")));
            event = true;
        }
    }
    QVERIFY(event);
}

void TestAuditCli::textThroughTheBinary()
{
    // The readable form, from the real binary, in English and in Chinese.
    CliRun run =
        CliRunner::run(m_db, {QStringLiteral("audit"), QStringLiteral("--member"), QStringLiteral("110105198003151015"),
                              QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Date: 2024-06-29; Kind: Moved")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Organization: 培训班临时党支部 (TMP1)")), qPrintable(run.out));
    run = CliRunner::run(m_db,
                         {QStringLiteral("audit"), QStringLiteral("--org"), QStringLiteral("GB1"),
                          QStringLiteral("--kind"), QStringLiteral("organizations")},
                         QStringLiteral("zh"));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // GB1, BR1, BR2, GRP1
    QVERIFY2(run.out.contains(QStringLiteral("类型: 党总支")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("单位类别: 机关")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("临时: 否")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("上级党组织: 市财政局机关党委")), qPrintable(run.out));
    QVERIFY(!run.out.contains(u'{'));
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
