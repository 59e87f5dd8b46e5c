#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StartupDatabase.h"
#include "services/ImportService.h"
#include "store/MemberStore.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRoll();
    void firstRunCreatesDemo();
    void explicitMissingPathIsRefused();
};

void TestMainWindow::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestMainWindow::showsTheRoll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    auto db = Database::open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    ImportService service(**db);
    for (const auto& [kind, file] :
         {std::pair{TableKind::Orgs, "orgs.csv"}, std::pair{TableKind::Members, "members.csv"},
          std::pair{TableKind::Events, "events.csv"}}) {
        const auto report = service.importFile(UserContext::localUser(), kind,
                                               QStringLiteral(PARTYROLL_TEST_DATA "/") + QLatin1String(file));
        QVERIFY(report.ok() && report->written);
    }
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* summary = window.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    // Five members imported, one transferred out: four on the roll of eight organizations.
    QCOMPARE(summary->text(), QStringLiteral("4 members on the roll in 8 organizations"));
    QVERIFY(window.windowTitle().contains(path));
}

void TestMainWindow::firstRunCreatesDemo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/demo.db"));
    auto db = StartupDatabase::open(path, true);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
    MemberStore members(**db);
    const qint64 count = *members.count();
    QVERIFY2(count >= StartupDatabase::DemoMembers * 9 / 10 && count <= StartupDatabase::DemoMembers * 12 / 10,
             qPrintable(QString::number(count)));
    // Opened again, it is kept as it is.
    db = StartupDatabase::open(path, true);
    QVERIFY(db.ok());
    QCOMPARE(*MemberStore(**db).count(), count);
}

void TestMainWindow::explicitMissingPathIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(!StartupDatabase::open(dir.filePath(QStringLiteral("none.db")), false).ok());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
