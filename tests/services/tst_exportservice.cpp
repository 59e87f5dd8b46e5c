#include "DatabaseDump.h"
#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "io/TableReader.h"
#include "services/ExportService.h"
#include "services/ImportService.h"

#include <QTest>

class TestExportService : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void limitedToSubtree();

private:
    void importFixtures(TempDatabase& temp);
    UserContext m_user = UserContext::localUser();
};

void TestExportService::importFixtures(TempDatabase& temp)
{
    ImportService service(temp.db());
    QVERIFY(Fixtures::import(temp.db(), true));
    // Some organization history too: a renaming and a re-affiliation.
    const QString events =
        temp.writeFile(QStringLiteral("oe.csv"), QStringLiteral("代码,日期,事件,新上级代码,新名称\n"
                                                                "BR3,2021-01-01,更名,,综合处党支部\n"
                                                                "BR2,2022-01-01,调整隶属关系,COM1,\n"));
    const auto report = service.importFile(m_user, TableKind::OrgEvents, events);
    QVERIFY(report.ok());
    QVERIFY(report->written);
}

void TestExportService::roundTrip_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("extension");
    QTest::newRow("zh csv") << QStringLiteral("zh") << QStringLiteral("csv");
    QTest::newRow("en csv") << QStringLiteral("en") << QStringLiteral("csv");
    QTest::newRow("zh xlsx") << QStringLiteral("zh") << QStringLiteral("xlsx");
}

void TestExportService::roundTrip()
{
    QFETCH(QString, language);
    QFETCH(QString, extension);
    Language::install(language);
    TempDatabase source;
    importFixtures(source);
    const QList<TableKind> order{TableKind::Orgs, TableKind::OrgEvents, TableKind::Members, TableKind::Events,
                                 TableKind::Posts};
    ExportService exporter(source.db());
    QStringList files;
    for (const TableKind kind : order) {
        const QString file = source.file(ImportFormats::name(kind) + u'.' + extension);
        const auto rows = exporter.exportTable(m_user, kind, file);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message()));
        QVERIFY(*rows > 0);
        files << file;
    }
    TempDatabase target;
    ImportService importer(target.db());
    for (int i = 0; i < order.size(); ++i) {
        const auto report = importer.importFile(m_user, order.at(i), files.at(i));
        QVERIFY(report.ok());
        for (const RowIssue& issue : report->issues) {
            qWarning("%s:%d: %s: %s", qPrintable(files.at(i)), issue.row, qPrintable(issue.column),
                     qPrintable(issue.message));
        }
        QVERIFY(report->written);
    }
    QCOMPARE(DatabaseDump::canonical(target.db()), DatabaseDump::canonical(source.db()));
}

void TestExportService::limitedToSubtree()
{
    Language::install(QStringLiteral("en"));
    TempDatabase temp;
    importFixtures(temp);
    ExportService exporter(temp.db());
    const QString file = temp.file(QStringLiteral("gb1.csv"));
    const auto rows = exporter.exportTable(m_user, TableKind::Orgs, file, QStringLiteral("GB1"));
    QVERIFY(rows.ok());
    QStringList codes;
    auto reader = TableReader::open(file);
    QVERIFY(reader.ok());
    TableRow row;
    while ((*reader)->next(row)) {
        codes << row.cells.first();
    }
    codes.sort();
    QCOMPARE(codes, QStringList({QStringLiteral("BR1"), QStringLiteral("GB1"), QStringLiteral("GRP1")}));
    QVERIFY(!exporter.exportTable(m_user, TableKind::Orgs, file, QStringLiteral("NOPE")).ok());
}

QTEST_GUILESS_MAIN(TestExportService)
#include "tst_exportservice.moc"
