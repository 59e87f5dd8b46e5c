#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/organizations/PostDialog.h"
#include "gui/organizations/PostsModel.h"
#include "gui/organizations/PostsWidget.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

// The posts of an organization: the model's order, assigning a secretary with 一肩挑 and
// ending the post, driven through PostsWidget and PostDialog by objectName.
class TestPostsWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelShowsCurrentPostsFirst();
    void assignSecretaryWithConcurrentHeadAndEnd();
    void serviceRefusalGoesNextToItsField();
    void groupsHaveNoPosts();

private:
    qint64 orgId(const QString& code);
    qint64 memberId(const QString& idNumber);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
};

namespace {

void clickSave(QWidget& dialog)
{
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

void TestPostsWidget::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestPostsWidget::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
    Dialogs::resetForTests();
}

void TestPostsWidget::cleanup()
{
    m_temp.reset();
}

qint64 TestPostsWidget::orgId(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestPostsWidget::memberId(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

void TestPostsWidget::modelShowsCurrentPostsFirst()
{
    // BR1 (posts.csv): secretary 张伟 since 2015 (一肩挑), organization member 李娜 since 2016;
    // add a past post of 李娜 and a deputy secretary.
    const qint64 br1 = orgId(QStringLiteral("BR1"));
    const qint64 li = memberId(QStringLiteral("110105198506201029"));
    const qint64 liu = memberId(QStringLiteral("440305197511113130"));
    PostService posts(m_temp->db());
    QVERIFY(
        posts.assign(m_user, Post{0, br1, li, PostKind::PublicityMember, QDate(2012, 1, 1), QDate(2015, 12, 31), false})
            .ok());
    QVERIFY(posts.assign(m_user, Post{0, br1, liu, PostKind::DeputySecretary, QDate(2020, 1, 1), {}, false}).ok());

    PostsModel model(m_temp->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setOrganization(br1).ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PostsModel::ColumnCount));
    auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, PostsModel::PostColumn), QStringLiteral("Secretary"));
    QCOMPARE(cell(0, PostsModel::MemberColumn), QStringLiteral("张伟"));
    QCOMPARE(cell(0, PostsModel::FromColumn), QStringLiteral("2015-01-01"));
    QCOMPARE(cell(0, PostsModel::ToColumn), QString());
    QCOMPARE(cell(0, PostsModel::ConcurrentAdminHeadColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(1, PostsModel::PostColumn), QStringLiteral("Deputy secretary"));
    QCOMPARE(cell(1, PostsModel::MemberColumn), QStringLiteral("刘洋"));
    QCOMPARE(cell(2, PostsModel::PostColumn), QStringLiteral("Organization member"));
    QCOMPARE(cell(2, PostsModel::ConcurrentAdminHeadColumn), QString());
    QCOMPARE(cell(3, PostsModel::PostColumn), QStringLiteral("Publicity member"));
    QCOMPARE(cell(3, PostsModel::ToColumn), QStringLiteral("2015-12-31"));
    for (int row = 0; row < 3; ++row) {
        QVERIFY(model.index(row, 0).data(PostsModel::CurrentRole).toBool());
    }
    QVERIFY(!model.index(3, 0).data(PostsModel::CurrentRole).toBool());
    QVERIFY(model.index(3, 0).data(Qt::ForegroundRole).isValid()); // past: muted
    QCOMPARE(model.index(3, 0).data(PostsModel::MemberIdRole).toLongLong(), li);
    QCOMPARE(model.headerData(PostsModel::ConcurrentAdminHeadColumn, Qt::Horizontal).toString(),
             QStringLiteral("Heads the unit"));

    // Another organization, then none.
    QVERIFY(model.setOrganization(orgId(QStringLiteral("BR3"))).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.index(0, 0).data(PostsModel::CurrentRole).toBool()); // ended 2020-12-31
    QVERIFY(model.setOrganization(0).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestPostsWidget::assignSecretaryWithConcurrentHeadAndEnd()
{
    // BR2 has no posts; 王强 is on its roll (admitted 2026-03-01).
    const qint64 br2 = orgId(QStringLiteral("BR2"));
    const qint64 wang = memberId(QStringLiteral("31010419900101213X"));
    PostsWidget widget(m_temp->db());
    widget.showOrganization(br2);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* assign = widget.findChild<QPushButton*>(QStringLiteral("assignPostButton"));
    auto* end = widget.findChild<QPushButton*>(QStringLiteral("endPostButton"));
    auto* view = widget.findChild<QTableView*>(QStringLiteral("postsView"));
    QVERIFY(assign && end && view);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(assign->isEnabled());
    QVERIFY(!end->isEnabled());
    QSignalSpy changed(&widget, &PostsWidget::postsChanged);

    QTest::mouseClick(assign, Qt::LeftButton);
    PostDialog* dialog = widget.openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!assign->isEnabled()); // one dialog at a time
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("postKindCombo"));
    auto* member = dialog->findChild<QComboBox*>(QStringLiteral("memberCombo"));
    auto* from = dialog->findChild<QLineEdit*>(QStringLiteral("fromEdit"));
    auto* head = dialog->findChild<QCheckBox*>(QStringLiteral("concurrentAdminHeadCheck"));
    auto* memberError = dialog->findChild<QLabel*>(QStringLiteral("memberError"));
    QVERIFY(kind && member && from && head && memberError);
    QCOMPARE(kind->currentData().toInt(), int(PostKind::Secretary));
    QCOMPARE(member->count(), 1); // the roll of BR2
    QCOMPARE(member->itemData(0).toLongLong(), wang);
    QVERIFY(member->currentText().isEmpty());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("toEdit"))->isHidden());

    // 一肩挑 is offered only for a secretary.
    QVERIFY(head->isEnabled());
    head->setChecked(true);
    kind->setCurrentIndex(kind->findData(int(PostKind::DeputySecretary)));
    QVERIFY(!head->isEnabled());
    QVERIFY(!head->isChecked());
    kind->setCurrentIndex(kind->findData(int(PostKind::Secretary)));
    QVERIFY(head->isEnabled());
    QTest::mouseClick(head, Qt::LeftButton);
    QVERIFY(head->isChecked());

    // No member: refused, marked next to the member.
    clickSave(*dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!memberError->text().isEmpty());
    // The member is found by typing part of the ID number and taking the completion.
    QTest::keyClicks(member->lineEdit(), QStringLiteral("3101"));
    QVERIFY(!memberError->text().isEmpty()); // "3101" names nobody yet
    QTRY_VERIFY(member->completer()->popup()->isVisible());
    QTest::keyClick(member->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(member->completer()->popup(), Qt::Key_Return);
    QCOMPARE(dialog->memberId(), wang);
    QVERIFY(memberError->text().isEmpty());
    typeInto(from, QStringLiteral("2026-04-01"));
    clickSave(*dialog);
    QTRY_VERIFY(!widget.openDialog());
    QCOMPARE(changed.count(), 1);

    auto saved = *PostService(m_temp->db()).postsOf(m_user, br2);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().memberId, wang);
    QCOMPARE(int(saved.constFirst().kind), int(PostKind::Secretary));
    QCOMPARE(saved.constFirst().from, QDate(2026, 4, 1));
    QVERIFY(saved.constFirst().concurrentAdminHead);
    QVERIFY(!saved.constFirst().to.isValid());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, PostsModel::ConcurrentAdminHeadColumn).data().toString(), QStringLiteral("Yes"));

    // End it: select the post, End post..., a date before its start is refused, then saved.
    view->selectRow(0);
    QVERIFY(end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    dialog = widget.openDialog();
    QVERIFY(dialog && dialog->isEnding());
    auto* to = dialog->findChild<QLineEdit*>(QStringLiteral("toEdit"));
    auto* toError = dialog->findChild<QLabel*>(QStringLiteral("toError"));
    QVERIFY(to && toError);
    QVERIFY(to->isVisible());
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("memberCombo"))->isEnabled());
    QCOMPARE(to->text(), QStringLiteral("2026-11-21"));
    typeInto(to, QStringLiteral("2026-03-15"));
    QVERIFY(!toError->text().isEmpty());
    clickSave(*dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!PostService(m_temp->db()).postsOf(m_user, br2)->constFirst().to.isValid());
    typeInto(to, QStringLiteral("2026-10-31"));
    QVERIFY(toError->text().isEmpty());
    clickSave(*dialog);
    QTRY_VERIFY(!widget.openDialog());
    QCOMPARE(changed.count(), 2);
    saved = *PostService(m_temp->db()).postsOf(m_user, br2);
    QCOMPARE(saved.constFirst().to, QDate(2026, 10, 31));
    QCOMPARE(view->model()->index(0, PostsModel::ToColumn).data().toString(), QStringLiteral("2026-10-31"));
    QVERIFY(!view->model()->index(0, 0).data(PostsModel::CurrentRole).toBool());
    view->selectRow(0);
    QVERIFY(!end->isEnabled()); // already ended
}

void TestPostsWidget::serviceRefusalGoesNextToItsField()
{
    // A post starting before the member's admission: only the service knows; its
    // Error.field ("from") puts the message next to the start date.
    const qint64 br2 = orgId(QStringLiteral("BR2"));
    PostDialog dialog(m_temp->db());
    QVERIFY(dialog.startAssign(br2));
    dialog.show();
    auto* member = dialog.findChild<QComboBox*>(QStringLiteral("memberCombo"));
    auto* from = dialog.findChild<QLineEdit*>(QStringLiteral("fromEdit"));
    auto* fromError = dialog.findChild<QLabel*>(QStringLiteral("fromError"));
    QVERIFY(member && from && fromError);
    member->setCurrentIndex(0);
    typeInto(from, QStringLiteral("2026-01-01")); // admitted 2026-03-01
    QVERIFY(fromError->text().isEmpty());
    clickSave(dialog);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(fromError->text().contains(QStringLiteral("2026-03-01")), qPrintable(fromError->text()));
    QVERIFY(PostService(m_temp->db()).postsOf(m_user, br2)->isEmpty());
    typeInto(from, QStringLiteral("2026-03-01"));
    QVERIFY(fromError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(PostService(m_temp->db()).postsOf(m_user, br2)->size(), 1);
    QVERIFY(!PostService(m_temp->db()).postsOf(m_user, br2)->constFirst().concurrentAdminHead);
}

void TestPostsWidget::groupsHaveNoPosts()
{
    PostsWidget widget(m_temp->db());
    widget.showOrganization(orgId(QStringLiteral("GRP1")));
    QVERIFY(!widget.findChild<QPushButton*>(QStringLiteral("assignPostButton"))->isEnabled());
    QVERIFY(!widget.assignPost());
    widget.showOrganization(orgId(QStringLiteral("TMP1"))); // dissolved in 2024
    QVERIFY(!widget.findChild<QPushButton*>(QStringLiteral("assignPostButton"))->isEnabled());
    widget.showOrganization(orgId(QStringLiteral("COM1")));
    QVERIFY(widget.findChild<QPushButton*>(QStringLiteral("assignPostButton"))->isEnabled());
    // A committee's members sit in its branches: the whole subtree's roll is offered.
    PostDialog* dialog = widget.assignPost();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("memberCombo"))->count(), 4);
    dialog->reject();
    QTRY_VERIFY(!widget.openDialog());
    widget.showOrganization(0);
    QVERIFY(!widget.findChild<QPushButton*>(QStringLiteral("assignPostButton"))->isEnabled());
    QCOMPARE(widget.model()->rowCount(), 0);
}

QTEST_MAIN(TestPostsWidget)
#include "tst_postswidget.moc"
