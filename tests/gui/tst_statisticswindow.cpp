#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/statistics/StatisticsWindow.h"
#include "io/XlsxReader.h"
#include "services/StatisticsService.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>

#include <memory>

// The "Annual statistics" window on the fixture roll: a year and an organization chosen in
// its widgets compute the engine's figures; the tables, the charts and the exported files
// show the Statistics value the service returns for the same request.
class TestStatisticsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void yearAndOrganizationCompute();
    void chartsShowTheBreakdownsAndTenYears();
    void exportsPdfAndXlsx();

private:
    Statistics expected(const QString& code, int year);
    static QBarSet* bars(StatisticsWindow& window, const char* chart);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
};

void TestStatisticsWindow::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestStatisticsWindow::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
    Dialogs::resetForTests();
}

void TestStatisticsWindow::cleanup()
{
    m_temp.reset();
}

Statistics TestStatisticsWindow::expected(const QString& code, int year)
{
    StatisticsService service(m_temp->db());
    const qint64 root = code.isEmpty() ? 0 : *service.organizationId(m_user, code);
    return *service.compute(m_user, StatisticsRequest::forYear(year, root));
}

QBarSet* TestStatisticsWindow::bars(StatisticsWindow& window, const char* chart)
{
    auto* view = window.findChild<QChartView*>(QLatin1String(chart));
    if (!view || view->chart()->series().isEmpty()) {
        return nullptr;
    }
    auto* series = qobject_cast<QBarSeries*>(view->chart()->series().first());
    return series && series->count() == 1 ? series->barSets().first() : nullptr;
}

void TestStatisticsWindow::yearAndOrganizationCompute()
{
    StatisticsWindow window(m_temp->db());
    window.show();
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());

    // The whole database in 2024: type the year, press Compute.
    auto* year = window.findChild<QSpinBox*>(QStringLiteral("yearSpin"));
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2024"));
    QCOMPARE(year->value(), 2024);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("computeButton")), Qt::LeftButton);
    QVERIFY(window.statistics().has_value());
    const Statistics all = expected(QString(), 2024);
    QCOMPARE(window.statistics()->members.total, all.members.total);
    QCOMPARE(window.statistics()->asOf, QDate(2024, 12, 31));
    QVERIFY(window.statistics()->orgCode.isEmpty());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());

    // COM1 through the picker (its completer matches the code), then Compute again.
    auto* picker = window.findChild<OrganizationPicker*>(QStringLiteral("organizationPicker"));
    const qint64 com1 = *StatisticsService(m_temp->db()).organizationId(m_user, QStringLiteral("COM1"));
    picker->setOrganizationId(com1);
    QCOMPARE(picker->organizationId(), com1);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("computeButton")), Qt::LeftButton);
    const Statistics com = expected(QStringLiteral("COM1"), 2024);
    QCOMPARE(window.statistics()->orgCode, QStringLiteral("COM1"));
    QCOMPARE(window.statistics()->members.total, com.members.total);
    QCOMPARE(window.statistics()->members.female, com.members.female);
    QCOMPARE(window.statistics()->changes.increaseTotal(), com.changes.increaseTotal());

    // The tables: the report's title, organization, shares and the footer.
    const QString text = window.findChild<QTextBrowser*>(QStringLiteral("reportView"))->toPlainText();
    QVERIFY(text.contains(QStringLiteral("2024")));
    QVERIFY(text.contains(QStringLiteral("COM1")));
    QVERIFY2(text.contains(Statistics::shareText(com.members.female, com.members.total)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Reporting unit")));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("COM1")));

    // The lead's entry points.
    window.setYear(2026);
    QCOMPARE(window.statistics()->members.total, expected(QStringLiteral("COM1"), 2026).members.total);
    window.showOrganization(0);
    QVERIFY(window.statistics()->orgCode.isEmpty());
    QCOMPARE(window.statistics()->members.total, expected(QString(), 2026).members.total);
}

void TestStatisticsWindow::chartsShowTheBreakdownsAndTenYears()
{
    StatisticsWindow window(m_temp->db());
    window.setYear(2026);
    const Statistics s = expected(QString(), 2026);

    QBarSet* ages = bars(window, "ageChart");
    QVERIFY(ages);
    QCOMPARE(ages->count(), int(Statistics::AgeBandCount));
    for (int i = 0; i < Statistics::AgeBandCount; ++i) {
        QCOMPARE(qint64(ages->at(i)), s.members.ageBands[size_t(i)]);
    }
    QBarSet* education = bars(window, "educationChart");
    QVERIFY(education);
    QCOMPARE(education->count(), int(Statistics::EducationCount));
    QCOMPARE(qint64(education->sum()), s.members.total);
    QBarSet* occupation = bars(window, "occupationChart");
    QVERIFY(occupation);
    QCOMPARE(qint64(occupation->sum()), s.members.total);

    // Ten years, 2017 to 2026, each the members on the roll at the year's end.
    QBarSet* roll = bars(window, "rollChart");
    QVERIFY(roll);
    QCOMPARE(roll->count(), 10);
    QCOMPARE(window.years().size(), 10);
    QCOMPARE(window.years().first().to, QDate(2017, 12, 31));
    QCOMPARE(qint64(roll->at(9)), s.members.total);
    QCOMPARE(qint64(roll->at(7)), expected(QString(), 2024).members.total);
}

void TestStatisticsWindow::exportsPdfAndXlsx()
{
    StatisticsWindow window(m_temp->db());
    window.setYear(2026);
    const QString xlsx = m_temp->file(QStringLiteral("annual.xlsx"));
    const QString pdf = m_temp->file(QStringLiteral("annual")); // the suffix is added
    Dialogs::answerFileDialogs({xlsx, pdf, QString()});
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("exportXlsxButton")), Qt::LeftButton);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
    QVERIFY(!window.exportPdf()); // cancelled: nothing written, no message
    QVERIFY(Dialogs::shownMessages().isEmpty());

    auto reader = XlsxReader::open(xlsx);
    QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message()));
    QString total;
    TableRow row;
    while ((*reader)->next(row)) {
        if (row.cells.value(4) == QStringLiteral("members.total")) {
            total = row.cells.value(1);
        }
    }
    QCOMPARE(total, QString::number(window.statistics()->members.total));

    QFile file(pdf + QStringLiteral(".pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(file.size() > 10000); // the embedded font subset
}

QTEST_MAIN(TestStatisticsWindow)
#include "tst_statisticswindow.moc"
