#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// partyroll-cli stats end to end, on the hand-made fixture roll of tests/data: COM1 with GB1,
// BR1, BR2, BR3, the group GRP1 and the temporary branch TMP1 (2024-03-01 to 2024-06-29).
class TestCliStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void wholeDatabaseJson();
    void text();
    void csv();
    void periodOptions();
    void errorExits();

private:
    CliRun stats(const QStringList& arguments, const QString& language = QStringLiteral("en"));
    QJsonObject json(const QStringList& arguments);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliStats::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("roll.db"));
    QCOMPARE(CliRunner::run(m_db, {QStringLiteral("init")}).exitCode, 0);
    for (const char* kind : {"orgs", "members", "events", "posts"}) {
        const QString file = QStringLiteral(PARTYROLL_TEST_DATA "/") + QLatin1String(kind) + QStringLiteral(".csv");
        const CliRun run = CliRunner::run(m_db, {QStringLiteral("import"), QLatin1String(kind), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

CliRun TestCliStats::stats(const QStringList& arguments, const QString& language)
{
    return CliRunner::run(m_db, QStringList{QStringLiteral("stats")} + arguments, language);
}

QJsonObject TestCliStats::json(const QStringList& arguments)
{
    const CliRun run = stats(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

namespace {

QJsonValue at(const QJsonObject& object, const QString& path)
{
    QJsonValue value = object;
    for (const QString& name : path.split(u'.')) {
        value = value.toObject().value(name);
    }
    return value;
}

} // namespace

void TestCliStats::json()
{
    const CliRun run = stats({QStringLiteral("--org"), QStringLiteral("COM1"), QStringLiteral("--as-of"),
                              QStringLiteral("2024-06-28"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(at(s, QStringLiteral("org.code")).toString(), QStringLiteral("COM1"));
    QCOMPARE(at(s, QStringLiteral("org.name")).toString(), QStringLiteral("市财政局机关党委"));
    QCOMPARE(at(s, QStringLiteral("as_of")).toString(), QStringLiteral("2024-06-28"));
    QCOMPARE(at(s, QStringLiteral("period.from")).toString(), QStringLiteral("2024-01-01"));
    QCOMPARE(at(s, QStringLiteral("period.to")).toString(), QStringLiteral("2024-06-28"));
    // 张伟 (in TMP1 that day), 李娜 and 刘洋; 陈静 left in 2023, 王强 arrives in 2026.
    QCOMPARE(at(s, QStringLiteral("members.total")).toInteger(), 3);
    QCOMPARE(at(s, QStringLiteral("members.female")).toInteger(), 1);
    QCOMPARE(at(s, QStringLiteral("organizations.temporary")).toInteger(), 1);
    QCOMPARE(at(s, QStringLiteral("organizations.branches")).toInteger(), 4);
    QCOMPARE(at(s, QStringLiteral("organizations.groups")).toInteger(), 1);
    QCOMPARE(at(s, QStringLiteral("organizations.secretaries.count")).toInteger(), 1);
    QCOMPARE(at(s, QStringLiteral("organizations.secretaries.concurrent_admin_head")).toInteger(), 1);
    // Averages unrounded: 44, 39 and 48 years.
    QCOMPARE(at(s, QStringLiteral("members.average_age")).toDouble(), 131.0 / 3.0);
    // Counts are written as integers, every section is there.
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\"total\": 3\\s*[,}\\n]"))));
    QVERIFY(!run.out.contains(QStringLiteral("\"total\": 3.0")));
    for (const char* section : {"organizations", "members", "changes", "development", "elections", "review"}) {
        QVERIFY2(s.value(QLatin1String(section)).isObject(), section);
    }
    QCOMPARE(at(s, QStringLiteral("members.age_bands")).toObject().size(), 11);
    QCOMPARE(at(s, QStringLiteral("review.handled")).toInteger(-1), 0);
}

void TestCliStats::wholeDatabaseJson()
{
    const QJsonObject s = json({QStringLiteral("--year"), QStringLiteral("2023")});
    QVERIFY(at(s, QStringLiteral("org.code")).isNull());
    QCOMPARE(at(s, QStringLiteral("as_of")).toString(), QStringLiteral("2023-12-31"));
    // 陈静 transferred out of BR2 in 2023.
    QCOMPARE(at(s, QStringLiteral("changes.decrease.transferred_out")).toInteger(), 1);
    QCOMPARE(at(s, QStringLiteral("changes.decrease.total")).toInteger(), 1);
    QCOMPARE(at(s, QStringLiteral("members.total")).toInteger(), 3);
}

void TestCliStats::text()
{
    const CliRun en = stats({QStringLiteral("--org"), QStringLiteral("COM1"), QStringLiteral("--year"),
                             QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(en.exitCode, 0);
    QVERIFY2(en.out.contains(QStringLiteral("Members on the roll: 3\n")), qPrintable(en.out));
    // Shares with one decimal, half away from zero: 2 of 3 = 66.7%, 1 of 3 = 33.3%.
    QVERIFY(en.out.contains(QStringLiteral("College education or above: 2 (66.7%)\n")));
    QVERIFY(en.out.contains(QStringLiteral("Women: 1 (33.3%)\n")));
    QVERIFY(en.out.contains(QStringLiteral("市财政局机关党委 (COM1)")));
    // Text is the default format; Chinese category names follow --lang.
    const CliRun zh =
        stats({QStringLiteral("--org"), QStringLiteral("COM1"), QStringLiteral("--year"), QStringLiteral("2024")},
              QStringLiteral("zh"));
    QCOMPARE(zh.exitCode, 0);
    QVERIFY2(zh.out.contains(QStringLiteral("研究生: 1 (33.3%)")), qPrintable(zh.out));
}

void TestCliStats::csv()
{
    const CliRun run = stats({QStringLiteral("--org"), QStringLiteral("BR1"), QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("key,value"));
    QVERIFY(lines.contains(QStringLiteral("org.code,BR1")));
    QVERIFY(lines.contains(QStringLiteral("as_of,2024-12-31")));
    QVERIFY(lines.contains(QStringLiteral("members.total,3")));
    QVERIFY(lines.contains(QStringLiteral("members.age_bands.41_45,1")));
    QVERIFY(lines.contains(QStringLiteral("changes.increase.transferred_in,1")));  // 张伟 back from TMP1
    QVERIFY(lines.contains(QStringLiteral("changes.decrease.transferred_out,1"))); // 张伟 to TMP1
    // One row per figure: the same keys as the JSON.
    QStringList jsonKeys;
    std::function<void(const QJsonObject&, const QString&)> collect = [&](const QJsonObject& o, const QString& path) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (it.value().isObject()) {
                collect(it.value().toObject(), key);
            } else {
                jsonKeys << key;
            }
        }
    };
    collect(json({QStringLiteral("--org"), QStringLiteral("BR1"), QStringLiteral("--year"), QStringLiteral("2024")}),
            {});
    QStringList csvKeys;
    for (const QString& line : lines.mid(1)) {
        csvKeys << line.section(u',', 0, 0);
    }
    jsonKeys.sort();
    csvKeys.sort();
    QCOMPARE(csvKeys, jsonKeys);
}

void TestCliStats::periodOptions()
{
    const QStringList org{QStringLiteral("--org"), QStringLiteral("GB1")};
    const QJsonObject year = json(org + QStringList{QStringLiteral("--year"), QStringLiteral("2024")});
    const QJsonObject range = json(org + QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                                                     QStringLiteral("--to"), QStringLiteral("2024-12-31")});
    QVERIFY(!year.isEmpty());
    QCOMPARE(range, year);
    const QJsonObject part = json(org + QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                                                    QStringLiteral("--to"), QStringLiteral("2024-03-01")});
    // 张伟 moved from BR1 (in GB1) to TMP1 (outside it) that day.
    QCOMPARE(at(part, QStringLiteral("changes.decrease.transferred_out")).toInteger(), 1);
    QCOMPARE(at(part, QStringLiteral("period.from")).toString(), QStringLiteral("2024-03-01"));
    // Accepted date spellings of cli.md.
    const QJsonObject chinese = json(org + QStringList{QStringLiteral("--as-of"), QStringLiteral("2024年12月31日")});
    QCOMPARE(chinese, year);
    // Without a period: as of today (the system clock), from 1 January.
    const QJsonObject today = json({});
    QCOMPARE(at(today, QStringLiteral("period.from")).toString().right(6), QStringLiteral("-01-01"));
}

void TestCliStats::errorExits()
{
    // An unknown organization code is a refused request (cli.md, decisions.md): exit 2.
    const CliRun unknown = stats({QStringLiteral("--org"), QStringLiteral("NOPE")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("NOPE")), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
    // Bad dates and option combinations are usage errors: exit 2, one line saying why.
    const QList<QStringList> usage{
        {QStringLiteral("--as-of"), QStringLiteral("2024-13-01")},
        {QStringLiteral("--as-of"), QStringLiteral("2023-02-29")},
        {QStringLiteral("--year"), QStringLiteral("twenty")},
        {QStringLiteral("--from"), QStringLiteral("2024-01-01")},
        {QStringLiteral("--from"), QStringLiteral("2024-02-01"), QStringLiteral("--to"), QStringLiteral("2024-01-01")},
        {QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--as-of"), QStringLiteral("2024-06-30")},
        {QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("--bogus")},
    };
    for (const QStringList& arguments : usage) {
        const CliRun run = stats(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ') + QStringLiteral(": ") + run.err));
        QVERIFY(run.err.startsWith(QStringLiteral("partyroll-cli: ")));
    }
    const CliRun zh = stats({QStringLiteral("--org"), QStringLiteral("NOPE")}, QStringLiteral("zh"));
    QCOMPARE(zh.exitCode, 2);
    // A missing database is a database error.
    QCOMPARE(CliRunner::run(m_dir.filePath(QStringLiteral("none.db")), {QStringLiteral("stats")}).exitCode, 4);
    // Listed in the help.
    const CliRun help = CliRunner::run({}, {QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("stats")));
    QCOMPARE(CliRunner::run({}, {QStringLiteral("stats"), QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
