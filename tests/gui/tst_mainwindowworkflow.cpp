#include "Fixtures.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/UserContext.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/elections/ElectionsWidget.h"
#include "gui/main/MainWindow.h"
#include "gui/members/MemberEditDialog.h"
#include "gui/members/MemberHistoryWidget.h"
#include "gui/members/MembershipEventDialog.h"
#include "gui/members/RosterModel.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "gui/statistics/StatisticsWindow.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// A secretary's day in the main window, driven through its actions by objectName: open a
// database, add a member with a wrong ID number (inline error), correct it (saved), record a
// move to another branch, find the member by searching.
class TestMainWindowWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shortcuts();
    void addMemberMoveAndSearch();

private:
    QTemporaryDir m_dir;
};

namespace {

// A valid citizen ID number for a birth date and sequence.
QString validId(const QString& first17)
{
    return first17 + CitizenId::checkCharacter(first17);
}

QAction* action(QWidget& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

void TestMainWindowWorkflow::initTestCase()
{
    Language::install(QStringLiteral("en"));
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::resetForTests();
}

void TestMainWindowWorkflow::shortcuts()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("shortcuts.db")), Database::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    MainWindow window(*db);
    QCOMPARE(action(window, "actionNewMember")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(action(window, "actionFind")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(action(window, "actionImport")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(action(window, "actionPrint")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    // Editing and organization actions wait for a member / an organization.
    QVERIFY(!action(window, "actionEditMember")->isEnabled());
    QVERIFY(!action(window, "actionDissolveOrganization")->isEnabled());
    QVERIFY(action(window, "actionNewOrganization")->isEnabled());
    QVERIFY(!action(window, "actionElections")->isEnabled());
    QVERIFY(action(window, "actionElectionsDue")->isEnabled());
}

void TestMainWindowWorkflow::addMemberMoveAndSearch()
{
    // The roster file, then File > Open on it.
    const QString path = m_dir.filePath(QStringLiteral("branch.db"));
    {
        auto created = Database::open(path, Database::OpenMode::CreateOrMigrate);
        QVERIFY(created.ok());
        QVERIFY(Fixtures::import(**created));
    }
    auto empty = Database::open(m_dir.filePath(QStringLiteral("empty.db")), Database::OpenMode::CreateOrMigrate);
    QVERIFY(empty.ok());
    MainWindow window(*empty);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Dialogs::answerFileDialogs({path});
    action(window, "actionOpenDatabase")->trigger();
    QVERIFY(window.windowTitle().contains(QStringLiteral("branch.db")));

    // Choose branch BR1 in the tree, then Members > New member.
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    const auto br1 = OrganizationService(**opened).findByCode(UserContext::localUser(), QStringLiteral("BR1"));
    const auto br2 = OrganizationService(**opened).findByCode(UserContext::localUser(), QStringLiteral("BR2"));
    QVERIFY(br1.ok() && br1->has_value() && br2.ok() && br2->has_value());
    QVERIFY(window.findChild<OrganizationTreeWidget*>()->selectOrganization((*br1)->id));

    // Organizations > Elections and terms opens BR1's elections page.
    bool electionsShown = false;
    QTimer::singleShot(0, this, [&] {
        QWidget* shown = QApplication::activeModalWidget();
        electionsShown = shown && shown->objectName() == QStringLiteral("electionsWindow") &&
                         shown->findChild<ElectionsWidget*>() != nullptr;
        if (shown) {
            shown->close();
        }
    });
    QVERIFY(action(window, "actionElections")->isEnabled());
    action(window, "actionElections")->trigger();
    QVERIFY(electionsShown);

    // Statistics > Annual statistics opens the statistics of BR1; it computes first (with its
    // own progress dialog), so wait until the window itself is the modal one, then close it.
    bool statisticsShown = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget* shown = QApplication::activeModalWidget();
        if (shown && shown->objectName() == QStringLiteral("statisticsDialog")) {
            statisticsShown = shown->findChild<StatisticsWindow*>() != nullptr;
            shown->close();
        }
    });
    poll.start(20);
    action(window, "actionAnnualStatistics")->trigger();
    poll.stop();
    QVERIFY(statisticsShown);

    const QString goodId = validId(QStringLiteral("11010519900307002"));
    QString badId = goodId;
    badId.back() = goodId.back() == u'1' ? u'2' : u'1';
    bool sawInlineError = false;
    bool refusedWhileInvalid = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<MemberEditDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->insert(QStringLiteral("测试员")); // typed
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("idNumberEdit")), badId);
        auto* idError = dialog->findChild<QLabel*>(QStringLiteral("idNumberError"));
        sawInlineError = idError->isVisible() && !idError->text().isEmpty();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("admittedOnEdit")), QStringLiteral("2020-07-01"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        refusedWhileInvalid = dialog->isVisible();
        // Correct the check character: the error goes, the save goes through.
        auto* idEdit = dialog->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"));
        idEdit->clear();
        QTest::keyClicks(idEdit, goodId);
        QVERIFY(!idError->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    action(window, "actionNewMember")->trigger();
    QVERIFY(sawInlineError);
    QVERIFY(refusedWhileInvalid);
    const auto saved = MemberService(**opened).findByIdNumber(UserContext::localUser(), goodId);
    QVERIFY(saved.ok() && saved->has_value());
    const qint64 memberId = (*saved)->id;

    // The new member is shown in the history panel: record a move to BR2 through the menu.
    auto* history = window.findChild<MemberHistoryWidget*>();
    QCOMPARE(history->memberId(), memberId);
    auto* eventMenu = window.findChild<QMenu*>(QStringLiteral("recordEventMenu"));
    QVERIFY(eventMenu);
    // The menu holds the history panel's own actions (same words, same enabled state).
    QAction* move = nullptr;
    for (QAction* candidate : eventMenu->actions()) {
        if (candidate->objectName() == QStringLiteral("moveAction")) {
            move = candidate;
        }
    }
    QVERIFY(move && move->isEnabled());
    move->trigger();
    auto* dialog = window.findChild<MembershipEventDialog*>();
    QVERIFY(dialog);
    dialog->findChild<OrganizationPicker*>(QStringLiteral("organizationPicker"))->setOrganizationId((*br2)->id);
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    const auto events = MemberService(**opened).history(UserContext::localUser(), memberId);
    QVERIFY(events.ok());
    QCOMPARE(events->constLast().kind, EventKind::Moved);
    QCOMPARE(events->constLast().orgId, (*br2)->id);

    // Search the whole roll by name: the one member is found.
    auto* roster = window.findChild<QTableView*>(QStringLiteral("rosterView"));
    auto* model = qobject_cast<RosterModel*>(roster->model());
    QVERIFY(window.findChild<OrganizationTreeWidget*>()->selectOrganization((*br2)->id));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("rosterSearchEdit"));
    action(window, "actionFind")->trigger();
    search->insert(QStringLiteral("测试"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->memberId(0), memberId);

    // Edit > All members: back to the roll of the whole database (the search stays).
    action(window, "actionAllMembers")->trigger();
    QVERIFY(model->query().allOrganizations);
    QCOMPARE(window.findChild<OrganizationTreeWidget*>()->currentOrganization(), 0);
    QTRY_COMPARE(model->totalCount(), 1);
}

QTEST_MAIN(TestMainWindowWorkflow)
#include "tst_mainwindowworkflow.moc"
