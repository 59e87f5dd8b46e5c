#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "gui/common/Dialogs.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StartupDatabase.h"
#include "gui/members/RosterModel.h"
#include "gui/members/RosterWidget.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "store/MemberStore.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRoll();
    void treeDrivesTheRoster();
    void openAndCreateDatabases();
    void columnChooserIsRemembered();
    void languageIsASetting();
    void firstRunCreatesDemo();
    void explicitMissingPathIsRefused();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    Language::install(QStringLiteral("en"));
    Settings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    Dialogs::resetForTests();
}

void TestMainWindow::showsTheRoll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    auto db = Database::open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    QVERIFY(Fixtures::import(**db));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* summary = window.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    // Five members imported, one transferred out: four on the roll of eight organizations.
    QTRY_COMPARE(summary->text(), QStringLiteral("4 members on the roll in 8 organizations")); // counted on a worker
    QVERIFY(window.windowTitle().contains(path));
}

void TestMainWindow::treeDrivesTheRoster()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("roll.db")), Database::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    QVERIFY(Fixtures::import(**db));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tree = window.findChild<OrganizationTreeWidget*>();
    auto* roster = window.findChild<QTableView*>(QStringLiteral("rosterView"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("rosterSearchEdit"));
    auto* subtree = window.findChild<QCheckBox*>(QStringLiteral("includeSubtreeCheck"));
    QVERIFY(tree && roster && search && subtree);
    auto* model = qobject_cast<RosterModel*>(roster->model());
    QVERIFY(model);
    QTRY_COMPARE(model->totalCount(), 4); // the whole database at start

    auto orgId = [&db](const char* code) {
        auto q = (*db)->exec(QStringLiteral("SELECT id FROM organizations WHERE code=?"), {QLatin1String(code)});
        q->next();
        return q->value(0).toLongLong();
    };
    QVERIFY(tree->selectOrganization(orgId("GB1")));
    QTRY_COMPARE(model->totalCount(), 4); // BR1 (3) and BR2 (1) under GB1
    subtree->setChecked(false);
    QTRY_COMPARE(model->totalCount(), 0); // nobody on GB1's own roll
    subtree->setChecked(true);
    QVERIFY(tree->selectOrganization(orgId("BR1")));
    QTRY_COMPARE(model->totalCount(), 3);

    // Enter applies the search at once.
    search->setText(QStringLiteral("张")); // (QTest::keyClicks types ASCII only)
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->rowCount(), 1); // the view fetches the rows after it lays out
    QCOMPARE(model->index(0, RosterModel::NameColumn).data().toString(), QStringLiteral("张伟"));
    // Typing waits for a pause, then searches.
    search->clear();
    QTRY_COMPARE(model->totalCount(), 3);
    auto* shown = window.findChild<QLabel*>(QStringLiteral("shownLabel"));
    QVERIFY(shown && shown->text().contains(QStringLiteral("3")));
}

void TestMainWindow::openAndCreateDatabases()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.db"));
    auto db = Database::open(first, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    MainWindow window(*db);
    window.show();
    auto* open = window.findChild<QAction*>(QStringLiteral("actionOpenDatabase"));
    auto* create = window.findChild<QAction*>(QStringLiteral("actionNewDatabase"));
    auto* recent = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(open && create && recent);

    // A demo database with members, opened through File > Open.
    const QString demo = dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(StartupDatabase::open(demo, true).ok());
    Dialogs::answerFileDialogs({demo});
    open->trigger();
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.db")));
    auto* roster = window.findChild<QTableView*>(QStringLiteral("rosterView"));
    QVERIFY(roster);
    QTRY_VERIFY(qobject_cast<RosterModel*>(roster->model())->totalCount() > 1000);
    QCOMPARE(Settings::value(Settings::Key::RecentDatabases).toStringList().value(0), demo);
    QCOMPARE(recent->actions().size(), 1);

    // A file that is not a database: refused with a message, the demo stays open.
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    Dialogs::resetForTests();
    Dialogs::answerFileDialogs({junk});
    open->trigger();
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.db")));

    // File > New makes an empty database (".db" added) and shows it.
    Dialogs::answerFileDialogs({dir.filePath(QStringLiteral("fresh"))});
    create->trigger();
    QVERIFY(window.windowTitle().contains(QStringLiteral("fresh.db")));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("fresh.db"))));
    QTRY_COMPARE(
        qobject_cast<RosterModel*>(window.findChild<QTableView*>(QStringLiteral("rosterView"))->model())->totalCount(),
        0);
    QCOMPARE(recent->actions().size(), 2);
    // A cancelled dialog changes nothing.
    Dialogs::answerFileDialogs({QString()});
    open->trigger();
    QVERIFY(window.windowTitle().contains(QStringLiteral("fresh.db")));
}

void TestMainWindow::columnChooserIsRemembered()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.db")), Database::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    {
        RosterWidget roster(*db);
        QMenu* menu = roster.columnMenu();
        QAction* phone = menu->actions().at(RosterModel::PhoneColumn);
        QVERIFY(!menu->actions().at(RosterModel::NameColumn)->isEnabled());
        phone->setChecked(false);
        auto* view = roster.findChild<QTableView*>(QStringLiteral("rosterView"));
        QVERIFY(view->isColumnHidden(RosterModel::PhoneColumn));
        delete menu;
    }
    {
        // A new roster (next start) keeps the choice; "Reset columns" brings every column back.
        RosterWidget roster(*db);
        auto* view = roster.findChild<QTableView*>(QStringLiteral("rosterView"));
        QVERIFY(view->isColumnHidden(RosterModel::PhoneColumn));
        roster.resetColumns();
        QVERIFY(!view->isColumnHidden(RosterModel::PhoneColumn));
    }
    RosterWidget again(*db);
    QVERIFY(!again.findChild<QTableView*>(QStringLiteral("rosterView"))->isColumnHidden(RosterModel::PhoneColumn));
}

void TestMainWindow::languageIsASetting()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("l.db")), Database::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    MainWindow window(*db);
    auto* english = window.findChild<QAction*>(QStringLiteral("actionLanguage_en"));
    auto* chinese = window.findChild<QAction*>(QStringLiteral("actionLanguage_zh"));
    QVERIFY(english && chinese);
    Dialogs::resetForTests();
    chinese->trigger();
    QCOMPARE(Settings::value(Settings::Key::Language).toString(), QStringLiteral("zh"));
    QCOMPARE(Dialogs::shownMessages().size(), 1); // "applies at the next start"
    english->trigger();
    QCOMPARE(Settings::value(Settings::Key::Language).toString(), QStringLiteral("en"));
    QVERIFY(english->isChecked() && !chinese->isChecked());
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
