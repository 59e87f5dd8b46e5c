#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "core/UserContext.h"
#include "gui/members/RosterPrinter.h"
#include "services/DataGenerator.h"
#include "services/OrganizationService.h"

#include <QFile>
#include <QPrinter>
#include <QTest>

// Printing the roster: what the roster shows, numbered, under a title; a PDF comes out; a list
// too long to read on paper is refused with a message.
class TestRosterPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }
    void printsTheRoll();
    void refusesHugeLists();
};

void TestRosterPrinter::printsTheRoll()
{
    TempDatabase temp;
    QVERIFY(Fixtures::import(temp.db()));
    const auto br1 = OrganizationService(temp.db()).findByCode(UserContext::localUser(), QStringLiteral("BR1"));
    QVERIFY(br1.ok() && br1->has_value());
    RosterQuery query;
    query.orgIds = {(*br1)->id};
    query.sortColumn = RosterColumn::Name;
    RosterPrinter printer(temp.db(), query, QStringLiteral("Roster of <BR1>"));
    const auto html = printer.html();
    QVERIFY(html.ok());
    QVERIFY(html->contains(QStringLiteral("Roster of &lt;BR1&gt;"))); // escaped, not markup
    QVERIFY(html->contains(QStringLiteral("3 members")));
    QCOMPARE(html->count(QStringLiteral("<tr>")), 4); // header + three members
    QVERIFY(html->contains(QStringLiteral("张伟")));
    QVERIFY(!html->contains(QStringLiteral("陈静"))); // not on BR1's roll

    const QString pdf = temp.file(QStringLiteral("roster.pdf"));
    QPrinter file(QPrinter::HighResolution);
    file.setOutputFormat(QPrinter::PdfFormat);
    file.setOutputFileName(pdf);
    QVERIFY(printer.print(&file).ok());
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QVERIFY(written.size() > 1000);
}

void TestRosterPrinter::refusesHugeLists()
{
    TempDatabase temp;
    GeneratorOptions options;
    options.members = RosterPrinter::MaxRows + 600;
    options.years = 1;
    QVERIFY(DataGenerator(temp.db()).generate(UserContext::localUser(), options).ok());
    RosterQuery everyone;
    everyone.allOrganizations = true;
    const auto html = RosterPrinter(temp.db(), everyone, QStringLiteral("All")).html();
    QVERIFY(!html.ok());
    QVERIFY(html.error().message().contains(QString::number(RosterPrinter::MaxRows)));
}

QTEST_MAIN(TestRosterPrinter)
#include "tst_rosterprinter.moc"
