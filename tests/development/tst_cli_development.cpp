#include "CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The path applicant -> member -> conversion end to end on the real partyroll-cli: `import
// applicants` (every bad row reported as FILE:ROW: COLUMN with exit 3 and nothing written; a
// dry run writes nothing), the admission creating the member, the statistics' development
// figures, the conversion refused the day before the probation ends and accepted on the day,
// and `export applicants` reading back.
class TestCliDevelopment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applicantToFullMember();
    void badRowsWriteNothing();

private:
    QString write(const QString& name, const QString& text);
    QString freshDatabase(const QString& name);
    QJsonObject development(const QString& db, const QString& org, int year);

    QTemporaryDir m_dir;
};

namespace {

// 林一 (born 1998-01-01): applied 2024-03-01, activist 2024-04-01, target 2025-04-01, trained
// 2025-05-01, admitted by BR1 on 2025-06-01 with 张伟 and 李娜 as sponsors. 林二 applied 2024.
const char* const Applicants =
    "姓名,性别,公民身份号码,学历,所在党组织,申请日期,确定积极分子日期,确定发展对象日期,培训结业日期,"
    "接收预备党员日期,介绍人,培养联系人\n"
    "林一,男,110105199801010019,大学本科,BR1,2024-03-01,2024-04-01,2025-04-01,2025-05-01,2025-06-01,"
    "110105198003151015;110105198506201029,110105198003151015\n"
    "林二,女,110105199901010024,大专,BR1,2024-05-01,,,,,,\n";

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

void TestCliDevelopment::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliDevelopment::write(const QString& name, const QString& text)
{
    return CliRunner::writeFile(m_dir.path(), name, text);
}

QString TestCliDevelopment::freshDatabase(const QString& name)
{
    return CliRunner::fixtureDatabase(m_dir.path(), name);
}

QJsonObject TestCliDevelopment::development(const QString& db, const QString& org, int year)
{
    const CliRun stats =
        CliRunner::run(db, {QStringLiteral("stats"), QStringLiteral("--org"), org, QStringLiteral("--year"),
                            QString::number(year), QStringLiteral("--format"), QStringLiteral("json")});
    if (stats.exitCode != 0) {
        qWarning("%s", qPrintable(stats.err));
    }
    return QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("development")).toObject();
}

void TestCliDevelopment::applicantToFullMember()
{
    const QString db = freshDatabase(QStringLiteral("path.sqlite"));
    const QString file = write(QStringLiteral("applicants.csv"), QString::fromUtf8(Applicants));

    // A dry run checks and writes nothing.
    CliRun dry =
        CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("applicants"), file, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(development(db, QStringLiteral("BR1"), 2024).value(QStringLiteral("applicants_received")).toInt(), 0);

    CliRun imported = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("applicants"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    QJsonObject y2024 = development(db, QStringLiteral("BR1"), 2024);
    QCOMPARE(y2024.value(QStringLiteral("applicants_received")).toInt(), 2);
    QCOMPARE(y2024.value(QStringLiteral("activists_designated")).toInt(), 1);
    QCOMPARE(y2024.value(QStringLiteral("activists_at_end")).toInt(), 1);
    QCOMPARE(y2024.value(QStringLiteral("targets_at_end")).toInt(), 0);
    QJsonObject y2025 = development(db, QStringLiteral("BR1"), 2025);
    QCOMPARE(y2025.value(QStringLiteral("admitted")).toInt(), 1);
    QCOMPARE(y2025.value(QStringLiteral("aged_35_or_under")).toInt(), 1);
    QCOMPARE(y2025.value(QStringLiteral("college_or_above")).toInt(), 1);
    QCOMPARE(y2025.value(QStringLiteral("activists_at_end")).toInt(), 0);
    QCOMPARE(y2025.value(QStringLiteral("targets_at_end")).toInt(), 0);

    // The member exists: its conversion is a membership event, refused before the probation ends.
    const QString early = write(QStringLiteral("early.csv"),
                                QStringLiteral("公民身份号码,日期,事件\n110105199801010019,2026-05-31,转正\n"));
    CliRun refused = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("events"), early});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("early.csv:2:")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("2026-06-01")), qPrintable(refused.err));
    const QString onTime = write(QStringLiteral("ontime.csv"),
                                 QStringLiteral("公民身份号码,日期,事件\n110105199801010019,2026-06-01,转正\n"));
    CliRun converted = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("events"), onTime});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    QCOMPARE(development(db, QStringLiteral("BR1"), 2026).value(QStringLiteral("converted_to_full")).toInt(), 1);

    // The export imports back unchanged.
    const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
    CliRun exportRun = CliRunner::run(db, {QStringLiteral("export"), QStringLiteral("applicants"), exported});
    QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
    QFile file2(exported);
    QVERIFY(file2.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(file2.readAll()));
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1).contains(QStringLiteral("110105198003151015;110105198506201029")));
    CliRun back = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("applicants"), exported});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QCOMPARE(development(db, QStringLiteral("BR1"), 2024).value(QStringLiteral("applicants_received")).toInt(), 2);
}

void TestCliDevelopment::badRowsWriteNothing()
{
    const QString db = freshDatabase(QStringLiteral("bad.sqlite"));
    // Row 2: 17 years old on the application date; row 3: a development target after half a year
    // as activist; row 4: one sponsor; row 5 is good but must not be written.
    const QString file =
        write(QStringLiteral("bad.csv"),
              QStringLiteral("姓名,公民身份号码,所在党组织,申请日期,确定积极分子日期,确定发展对象日期,培训结业日期,"
                             "接收预备党员日期,介绍人\n"
                             "甲,110105200801010014,BR1,2025-06-01,,,,,\n"
                             "乙,110105199801010035,BR1,2024-03-01,2024-04-01,2024-10-01,,,\n"
                             "丙,110105199801010051,BR1,2024-03-01,2024-04-01,2025-04-01,2025-05-01,2025-06-01,"
                             "110105198003151015\n"
                             "丁,110105199801010078,BR1,2024-03-01,,,,,\n"));
    CliRun run = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("applicants"), file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv:2: 申请日期:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv:3: 确定发展对象日期:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv:4: 介绍人:")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("bad.csv:5:")), qPrintable(run.err));
    QCOMPARE(development(db, QStringLiteral("BR1"), 2024).value(QStringLiteral("applicants_received")).toInt(), 0);

    // The reason of an approved exception makes row 3 acceptable (row 2 and 4 removed).
    const QString fixed =
        write(QStringLiteral("fixed.csv"),
              QStringLiteral("姓名,公民身份号码,所在党组织,申请日期,确定积极分子日期,确定发展对象日期,例外原因\n"
                             "乙,110105199801010035,BR1,2024-03-01,2024-04-01,2024-10-01,县委组织部批准\n"));
    CliRun accepted = CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("applicants"), fixed});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(development(db, QStringLiteral("BR1"), 2024).value(QStringLiteral("targets_at_end")).toInt(), 1);

    // An unknown kind is a usage error.
    QCOMPARE(CliRunner::run(db, {QStringLiteral("import"), QStringLiteral("applicant"), fixed}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliDevelopment)
#include "tst_cli_development.moc"
