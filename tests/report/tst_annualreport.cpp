#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "core/UserContext.h"
#include "io/XlsxReader.h"
#include "report/AnnualReport.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportXlsxWriter.h"
#include "services/StatisticsService.h"
#include "services/statistics/StatisticsFigures.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// The annual report lays out one Statistics value: every number of its tables is the
// engine's, the PDF carries Chinese text in an embedded CJK font, and the XLSX workbook reads
// back with the same numbers. On the fixture roll of tests/data, subtree COM1.
class TestAnnualReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tablesFollowTheStatistics();
    void sharesAndRatesOnRoundingBoundaries();
    void wholeDatabaseTitle();
    void pdfRendersChinese();
    void xlsxReadsBack();

private:
    Statistics compute(const QString& code, int year);
    static QHash<QString, AnnualReport::Row> rowsByKey(const AnnualReport& report);
    static QString runTool(const QString& tool, const QStringList& arguments);

    TempDatabase m_temp;
    Statistics m_statistics;
};

void TestAnnualReport::initTestCase()
{
    QVERIFY(Fixtures::import(m_temp.db(), true));
    m_statistics = compute(QStringLiteral("COM1"), 2026);
    QVERIFY(m_statistics.members.total > 0);
}

void TestAnnualReport::cleanup()
{
    Language::install(QStringLiteral("en"));
}

Statistics TestAnnualReport::compute(const QString& code, int year)
{
    StatisticsService service(m_temp.db());
    StatisticsRequest request = StatisticsRequest::forYear(year);
    if (!code.isEmpty()) {
        auto id = service.organizationId(UserContext::localUser(), code);
        if (!id.ok()) {
            qWarning("%s", qPrintable(id.error().message()));
            return {};
        }
        request.rootId = *id;
    }
    auto statistics = service.compute(UserContext::localUser(), request);
    if (!statistics.ok()) {
        qWarning("%s", qPrintable(statistics.error().message()));
        return {};
    }
    return *statistics;
}

QHash<QString, AnnualReport::Row> TestAnnualReport::rowsByKey(const AnnualReport& report)
{
    QHash<QString, AnnualReport::Row> rows;
    for (const auto& table : report.tables()) {
        for (const auto& row : table.rows) {
            rows.insert(row.key, row);
        }
    }
    return rows;
}

QString TestAnnualReport::runTool(const QString& tool, const QStringList& arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        qWarning("%s is not installed (poppler-utils)", qPrintable(tool));
        return {};
    }
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestAnnualReport::tablesFollowTheStatistics()
{
    const AnnualReport report = AnnualReport::of(m_statistics, QDate(2026, 11, 21));
    QCOMPARE(report.year(), 2026);
    QVERIFY(report.organization().contains(QStringLiteral("COM1")));
    QVERIFY(report.organization().contains(m_statistics.orgName));
    QVERIFY(report.period().contains(QStringLiteral("2026-01-01")));
    QVERIFY(report.period().contains(QStringLiteral("2026-12-31")));

    // One table per section of statistics.md, in its order.
    QStringList sections;
    for (const auto& table : report.tables()) {
        sections.append(table.key);
        QVERIFY(!table.rows.isEmpty());
    }
    QCOMPARE(sections,
             (QStringList{QStringLiteral("organizations"), QStringLiteral("members"), QStringLiteral("changes"),
                          QStringLiteral("development"), QStringLiteral("elections"), QStringLiteral("review")}));

    // Every figure of the engine is a row, with the engine's number and ratio.
    const auto rows = rowsByKey(report);
    int figures = 0;
    for (const auto& f : StatisticsFigures::of(m_statistics)) {
        if (f.depth == 0) {
            continue;
        }
        ++figures;
        QVERIFY2(rows.contains(f.key), qPrintable(f.key));
        const auto& row = rows.value(f.key);
        QCOMPARE(row.label, f.label);
        QCOMPARE(row.value, f.valueText());
        QCOMPARE(row.ratio, f.ratioText());
        QCOMPARE(row.base, f.ratio == StatisticsFigures::Ratio::None ? QString() : QString::number(f.base));
    }
    QCOMPARE(rows.size(), figures);

    // A few figures read straight from the Statistics value.
    const auto& m = m_statistics.members;
    QCOMPARE(rows.value(QStringLiteral("members.total")).value, QString::number(m.total));
    QCOMPARE(rows.value(QStringLiteral("members.female")).value, QString::number(m.female));
    QCOMPARE(rows.value(QStringLiteral("members.female")).ratio, Statistics::shareText(m.female, m.total));
    QCOMPARE(rows.value(QStringLiteral("members.female")).base, QString::number(m.total));
    QCOMPARE(rows.value(QStringLiteral("members.average_age")).value,
             Statistics::decimalText(m.age.sum, m.age.count, 1));
    QCOMPARE(rows.value(QStringLiteral("changes.increase.total")).value,
             QString::number(m_statistics.changes.increaseTotal()));
    QCOMPARE(rows.value(QStringLiteral("organizations.grassroots")).value,
             QString::number(m_statistics.organizations.grassroots));

    QCOMPARE(report.footer().size(), 4);
    QVERIFY(report.footer().at(0).contains(m_statistics.orgName));
    QVERIFY(report.footer().at(3).contains(QStringLiteral("2026-11-21")));
}

void TestAnnualReport::sharesAndRatesOnRoundingBoundaries()
{
    Statistics s;
    s.from = QDate(2025, 1, 1);
    s.to = s.asOf = QDate(2025, 12, 31);
    s.members.total = 8;
    s.members.female = 1;
    s.members.probationary = 2;
    s.development.admitted = 3;
    s.development.female = 2;
    s.review.eligible = 9875;
    s.review.participated = 9695;
    const auto rows = rowsByKey(AnnualReport::of(s, QDate(2026, 1, 5)));
    QCOMPARE(rows.value(QStringLiteral("members.female")).ratio, QStringLiteral("12.5%"));
    QCOMPARE(rows.value(QStringLiteral("members.probationary")).ratio, QStringLiteral("25.0%"));
    QCOMPARE(rows.value(QStringLiteral("development.female")).ratio, QStringLiteral("66.7%"));
    QCOMPARE(rows.value(QStringLiteral("development.female")).base, QStringLiteral("3"));
    QCOMPARE(rows.value(QStringLiteral("review.participated")).ratio, QStringLiteral("98.18%"));
    QCOMPARE(rows.value(QStringLiteral("review.participated")).base, QStringLiteral("9875"));
    QCOMPARE(rows.value(QStringLiteral("review.excellent")).ratio, QStringLiteral("0.0%"));
    // An empty base prints "-", not 0% or nan.
    QCOMPARE(rows.value(QStringLiteral("elections.invalid")).ratio, QStringLiteral("-"));
}

void TestAnnualReport::wholeDatabaseTitle()
{
    const Statistics all = compute(QString(), 2026);
    const AnnualReport report = AnnualReport::of(all, QDate(2026, 11, 21));
    QVERIFY(report.title().contains(QStringLiteral("2026")));
    QCOMPARE(report.organization(), QStringLiteral("All organizations in the database"));
    QCOMPARE(rowsByKey(report).value(QStringLiteral("members.total")).value, QString::number(all.members.total));
    QVERIFY(all.members.total >= m_statistics.members.total);
}

void TestAnnualReport::pdfRendersChinese()
{
    QVERIFY(Language::install(QStringLiteral("zh")));
    const Statistics statistics = compute(QStringLiteral("COM1"), 2026); // names of the Chinese run
    const AnnualReport report = AnnualReport::of(statistics, QDate(2026, 11, 21));
    const QString path = m_temp.file(QStringLiteral("report.pdf"));
    const Status written = ReportPdfWriter::write(report, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));

    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    QVERIFY2(text.contains(QStringLiteral("党员")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(statistics.orgName));
    QVERIFY(text.contains(QStringLiteral("2026-11-21")));
    // The footer as the report wrote it, in the language of the run ...
    for (const QString& line : report.footer()) {
        const QString word = line.section(QRegularExpression(QStringLiteral("[:：]")), 0, 0);
        QVERIFY2(text.contains(word), qPrintable(word));
    }
    // ... which in Chinese are the words of the statistical form.
    QVERIFY(text.contains(QStringLiteral("填报单位")) && text.contains(QStringLiteral("填报人")) &&
            text.contains(QStringLiteral("审核人")) && text.contains(QStringLiteral("填报日期")));
    // Every table with its numbers: the roll's total appears in the text.
    QVERIFY(text.contains(QString::number(statistics.members.total)));

    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    bool embeddedCjk = false;
    for (const QString& fontLine : fonts.split(u'\n')) {
        // name type encoding emb sub uni object ID: the CJK font must say emb = yes.
        if (fontLine.contains(QStringLiteral("CJK"))) {
            const QStringList columns = fontLine.simplified().split(u' ');
            embeddedCjk =
                embeddedCjk || (columns.size() >= 5 && columns.at(columns.size() - 5) == QStringLiteral("yes"));
        }
    }
    QVERIFY2(embeddedCjk, qPrintable(fonts));
}

void TestAnnualReport::xlsxReadsBack()
{
    const AnnualReport report = AnnualReport::of(m_statistics, QDate(2026, 11, 21));
    const QString path = m_temp.file(QStringLiteral("report.xlsx"));
    const Status written = ReportXlsxWriter::write(report, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));

    auto reader = XlsxReader::open(path);
    QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message()));
    QCOMPARE((*reader)->headers(), AnnualReport::columnHeadings() + QStringList{ReportXlsxWriter::keyHeading()});
    QHash<QString, QStringList> cellsByKey;
    QStringList firstCells;
    TableRow row;
    while ((*reader)->next(row)) {
        firstCells.append(row.cells.value(0));
        if (const QString key = row.cells.value(4); !key.isEmpty()) {
            cellsByKey.insert(key, row.cells);
        }
    }
    QVERIFY(!(*reader)->error().has_value());
    QVERIFY(firstCells.contains(report.title()));
    QVERIFY(firstCells.contains(report.organization()));
    QVERIFY(firstCells.contains(report.period()));
    for (const QString& line : report.footer()) {
        QVERIFY2(firstCells.contains(line), qPrintable(line));
    }
    // Every figure with the engine's number, ratio and base.
    for (const auto& f : StatisticsFigures::of(m_statistics)) {
        if (f.depth == 0 || f.heading) {
            continue;
        }
        QVERIFY2(cellsByKey.contains(f.key), qPrintable(f.key));
        const QStringList cells = cellsByKey.value(f.key);
        QCOMPARE(cells.value(0).trimmed(), f.label);
        QCOMPARE(cells.value(1), f.valueText());
        QCOMPARE(cells.value(2), f.ratioText());
        QCOMPARE(cells.value(3), f.ratio == StatisticsFigures::Ratio::None ? QString() : QString::number(f.base));
    }
    QCOMPARE(cellsByKey.value(QStringLiteral("members.total")).value(1), QString::number(m_statistics.members.total));
    QCOMPARE(cellsByKey.value(QStringLiteral("members.probationary")).value(1),
             QString::number(m_statistics.members.probationary));
}

QTEST_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
