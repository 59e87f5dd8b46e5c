#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "core/Vocabulary.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/members/MemberHistoryModel.h"
#include "gui/members/MemberHistoryWidget.h"
#include "gui/members/MemberPostsModel.h"
#include "gui/members/MembershipEventDialog.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

// The member history panel and the event actions, driven by objectName over the fixture roll
// of tests/data (today is pinned to 2026-11-21): 王强 is a probationary member of BR2 admitted
// on 2026-03-01, 张伟, 李娜 and 刘洋 are full members of BR1, 陈静 transferred out in 2023.
class TestMemberHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyState();
    void listsTheAdmission();
    void listsEventsAndPosts();
    void conversionThroughTheDialog();
    void earlyConversionIsRefused();
    void refusalAtOkKeepsTheDialogOpen();
    void moveToAnotherOrganization();
    void deathTakesTheMemberOffTheRoll();
    void restorationAfterSuspension();
    void transferInAfterTransferOut();
    void readmissionAfterWithdrawal();
    void modelsPassTheTester();

private:
    qint64 memberId(const QString& idNumber);
    qint64 orgId(const QString& code);
    QList<MembershipEvent> history(qint64 memberId);
    Member member(qint64 memberId);
    // Clicks the named tool button of the widget and returns the form it opened.
    MembershipEventDialog* clickAction(MemberHistoryWidget& widget, const QString& buttonName);
    static void clickOk(MembershipEventDialog* dialog);
    static QString labelText(QWidget* parent, const QString& name);

    std::unique_ptr<TempDatabase> m_temp;
    std::shared_ptr<Database> m_db;
    UserContext m_user = UserContext::localUser();
};

namespace {

const QString WangQiang = QStringLiteral("31010419900101213X");
const QString ZhangWei = QStringLiteral("110105198003151015");
const QString LiNa = QStringLiteral("110105198506201029");
const QString LiuYang = QStringLiteral("440305197511113130");
const QString ChenJing = QStringLiteral("510107199512304253");

const QStringList AllButtons{
    QStringLiteral("recordConversionButton"), QStringLiteral("extendProbationButton"),
    QStringLiteral("cancelProbationButton"),  QStringLiteral("moveButton"),
    QStringLiteral("transferOutButton"),      QStringLiteral("transferInButton"),
    QStringLiteral("departureButton"),        QStringLiteral("restoreButton"),
    QStringLiteral("readmitButton"),
};

QString categoryLabel(MemberCategory category)
{
    return Vocabulary::memberCategories().label(int(category));
}

} // namespace

void TestMemberHistory::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestMemberHistory::init()
{
    Dialogs::resetForTests();
    m_temp = std::make_unique<TempDatabase>(); // pins today to 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
    auto opened = Database::open(m_temp->path(), Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    m_db = *opened;
}

void TestMemberHistory::cleanup()
{
    m_db.reset();
    m_temp.reset();
}

qint64 TestMemberHistory::memberId(const QString& idNumber)
{
    auto found = MemberService(*m_db).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestMemberHistory::orgId(const QString& code)
{
    auto found = OrganizationService(*m_db).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

QList<MembershipEvent> TestMemberHistory::history(qint64 memberId)
{
    auto events = MemberService(*m_db).history(m_user, memberId);
    return events.ok() ? *events : QList<MembershipEvent>();
}

Member TestMemberHistory::member(qint64 memberId)
{
    auto found = MemberService(*m_db).findById(m_user, memberId);
    return found.ok() && found.value() ? *found.value() : Member();
}

MembershipEventDialog* TestMemberHistory::clickAction(MemberHistoryWidget& widget, const QString& buttonName)
{
    auto* button = widget.findChild<QToolButton*>(buttonName);
    if (!button || !button->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return widget.findChild<MembershipEventDialog*>(QStringLiteral("membershipEventDialog"));
}

void TestMemberHistory::clickOk(MembershipEventDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString TestMemberHistory::labelText(QWidget* parent, const QString& name)
{
    auto* label = parent->findChild<QLabel*>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

void TestMemberHistory::emptyState()
{
    MemberHistoryWidget widget(m_db);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* empty = widget.findChild<QLabel*>(QStringLiteral("emptyLabel"));
    auto* view = widget.findChild<QTableView*>(QStringLiteral("historyView"));
    QVERIFY(empty && view);
    QVERIFY(empty->isVisible());
    QVERIFY(!view->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Select a member to see their history."));
    QCOMPARE(widget.historyModel()->rowCount(), 0);
    QCOMPARE(widget.postsModel()->rowCount(), 0);
    QVERIFY(!widget.recordEvent(EventKind::Died)); // nothing to record for nobody

    widget.showMember(memberId(ZhangWei));
    QVERIFY(!empty->isVisible());
    QVERIFY(view->isVisible());
    widget.showMember(0);
    QVERIFY(empty->isVisible());
    QCOMPARE(widget.historyModel()->rowCount(), 0);

    // A member id that names nobody: the empty state says so.
    widget.showMember(999999);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("The member does not exist."));
}

void TestMemberHistory::listsTheAdmission()
{
    MemberHistoryWidget widget(m_db);
    widget.show();
    const qint64 wang = memberId(WangQiang);
    widget.showMember(wang);
    QCOMPARE(widget.memberId(), wang);

    const MemberHistoryModel& model = *widget.historyModel();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MemberHistoryModel::DateColumn).data().toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(model.index(0, MemberHistoryModel::KindColumn).data().toString(), QStringLiteral("Admitted"));
    QCOMPARE(model.index(0, MemberHistoryModel::OrganizationColumn).data().toString(),
             QStringLiteral("预算二科党支部"));
    QCOMPARE(model.index(0, MemberHistoryModel::CategoryColumn).data().toString(),
             categoryLabel(MemberCategory::Probationary));
    QCOMPARE(model.index(0, 0).data(MemberHistoryModel::EventKindRole).toInt(), int(EventKind::Admitted));
    QCOMPARE(model.index(0, 0).data(MemberHistoryModel::EventIdRole).toLongLong(), history(wang).first().id);

    QCOMPARE(labelText(&widget, QStringLiteral("memberNameLabel")), QStringLiteral("王强"));
    QCOMPARE(labelText(&widget, QStringLiteral("memberIdNumberLabel")), WangQiang);
    QCOMPARE(labelText(&widget, QStringLiteral("memberCategoryLabel")), categoryLabel(MemberCategory::Probationary));
    QCOMPARE(labelText(&widget, QStringLiteral("memberOrganizationLabel")), QStringLiteral("预算二科党支部"));

    // A probationary member on a roll: every step but transfer in, restoration and re-admission.
    const QStringList enabled{QStringLiteral("recordConversionButton"), QStringLiteral("extendProbationButton"),
                              QStringLiteral("cancelProbationButton"),  QStringLiteral("moveButton"),
                              QStringLiteral("transferOutButton"),      QStringLiteral("departureButton")};
    for (const QString& name : AllButtons) {
        auto* button = widget.findChild<QToolButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QCOMPARE(button->isEnabled(), enabled.contains(name));
    }
    // No delete action anywhere.
    for (const QAction* action : widget.findChildren<QAction*>()) {
        QVERIFY(!action->objectName().contains(QStringLiteral("delete"), Qt::CaseInsensitive));
    }
}

void TestMemberHistory::listsEventsAndPosts()
{
    MemberHistoryWidget widget(m_db);
    widget.showMember(memberId(ZhangWei));
    const MemberHistoryModel& model = *widget.historyModel();
    // Admitted, converted, moved to the temporary branch for a course, moved back.
    QCOMPARE(model.rowCount(), 4);
    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(1, MemberHistoryModel::KindColumn), QStringLiteral("Converted to full member"));
    // A conversion names no organization: it happened in the one the member was in.
    QCOMPARE(cell(1, MemberHistoryModel::OrganizationColumn), QStringLiteral("预算一科党支部"));
    QCOMPARE(cell(1, MemberHistoryModel::CategoryColumn), categoryLabel(MemberCategory::Full));
    QCOMPARE(cell(2, MemberHistoryModel::DateColumn), QStringLiteral("2024-03-01"));
    QCOMPARE(cell(2, MemberHistoryModel::KindColumn), QStringLiteral("Moved"));
    QCOMPARE(cell(2, MemberHistoryModel::OrganizationColumn), QStringLiteral("培训班临时党支部"));
    QCOMPARE(cell(2, MemberHistoryModel::NoteColumn), QStringLiteral("参加培训"));
    QCOMPARE(cell(3, MemberHistoryModel::NoteColumn), QStringLiteral("培训结束"));
    QCOMPARE(model.headerData(MemberHistoryModel::CategoryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Category after"));

    const MemberPostsModel& posts = *widget.postsModel();
    QCOMPARE(posts.rowCount(), 1);
    QCOMPARE(posts.index(0, MemberPostsModel::OrganizationColumn).data().toString(), QStringLiteral("预算一科党支部"));
    QCOMPARE(posts.index(0, MemberPostsModel::PostColumn).data().toString(), QStringLiteral("Secretary"));
    QCOMPARE(posts.index(0, MemberPostsModel::FromColumn).data().toString(), QStringLiteral("2015-01-01"));
    QCOMPARE(posts.index(0, MemberPostsModel::ToColumn).data().toString(), QString());
    QCOMPARE(posts.index(0, MemberPostsModel::HeadsUnitColumn).data().toString(), QStringLiteral("Yes"));

    widget.showMember(memberId(LiuYang));
    QCOMPARE(posts.rowCount(), 1);
    QCOMPARE(posts.index(0, MemberPostsModel::OrganizationColumn).data().toString(), QStringLiteral("综合科党支部"));
    QCOMPARE(posts.index(0, MemberPostsModel::ToColumn).data().toString(), QStringLiteral("2020-12-31"));
    QCOMPARE(posts.index(0, MemberPostsModel::HeadsUnitColumn).data().toString(), QString());

    // The organization is named as it was called on the event's date.
    OrgEvent renaming;
    renaming.orgId = orgId(QStringLiteral("BR3"));
    renaming.date = QDate(2020, 1, 1);
    renaming.kind = OrgEventKind::Renamed;
    renaming.name = QStringLiteral("综合处党支部");
    QVERIFY(OrganizationService(*m_db).recordEvent(m_user, renaming).ok());
    widget.refresh();
    QCOMPARE(model.index(0, MemberHistoryModel::OrganizationColumn).data().toString(), QStringLiteral("综合科党支部"));
    QCOMPARE(posts.index(0, MemberPostsModel::OrganizationColumn).data().toString(), QStringLiteral("综合科党支部"));
}

void TestMemberHistory::conversionThroughTheDialog()
{
    // A probationary member whose year of probation is over.
    Member newcomer;
    newcomer.name = QStringLiteral("赵敏");
    newcomer.idNumber = QStringLiteral("110105199005050028");
    newcomer.ethnicity = QStringLiteral("汉族");
    auto admitted = MemberService(*m_db).admit(m_user, newcomer, QDate(2025, 6, 1), orgId(QStringLiteral("BR1")));
    QVERIFY2(admitted.ok(), admitted.ok() ? "" : qPrintable(admitted.error().message()));
    const qint64 zhao = *admitted;

    MemberHistoryWidget widget(m_db);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.showMember(zhao);
    QSignalSpy changed(&widget, &MemberHistoryWidget::historyChanged);

    QPointer<MembershipEventDialog> dialog = clickAction(widget, QStringLiteral("recordConversionButton"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->kind(), EventKind::ConvertedFull);
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
    QVERIFY(date && note);
    QCOMPARE(date->date(), QDate(2026, 11, 21)); // today by default
    QCOMPARE(labelText(dialog, QStringLiteral("currentOrganizationLabel")), QStringLiteral("预算一科党支部"));
    QVERIFY(labelText(dialog, QStringLiteral("dateErrorLabel")).isEmpty());
    QTest::keyClicks(note, QStringLiteral("approved 2026-11-20"));
    clickOk(dialog);

    QVERIFY(dialog->recordedEventId() != 0);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), zhao);
    const QList<MembershipEvent> events = history(zhao);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().kind, EventKind::ConvertedFull);
    QCOMPARE(events.last().date, QDate(2026, 11, 21));
    QCOMPARE(events.last().note, QStringLiteral("approved 2026-11-20"));
    QCOMPARE(member(zhao).category, MemberCategory::Full);
    QCOMPARE(member(zhao).fullOn, QDate(2026, 11, 21));

    // The panel shows it at once, and a full member can no longer be converted or extended.
    QCOMPARE(widget.historyModel()->rowCount(), 2);
    QCOMPARE(labelText(&widget, QStringLiteral("memberCategoryLabel")), QStringLiteral("Full member"));
    QVERIFY(!widget.findChild<QToolButton*>(QStringLiteral("recordConversionButton"))->isEnabled());
    QVERIFY(!widget.findChild<QToolButton*>(QStringLiteral("extendProbationButton"))->isEnabled());
    QVERIFY(!widget.findChild<QToolButton*>(QStringLiteral("cancelProbationButton"))->isEnabled());
    QVERIFY(widget.findChild<QToolButton*>(QStringLiteral("moveButton"))->isEnabled());
    QTRY_VERIFY(!dialog); // deleted on close

    // The UI ships in Chinese: the header says 正式党员.
    Language::install(QStringLiteral("zh"));
    widget.refresh();
    const QString chinese = labelText(&widget, QStringLiteral("memberCategoryLabel"));
    Language::install(QStringLiteral("en"));
    QCOMPARE(chinese, QStringLiteral("正式党员"));
}

void TestMemberHistory::earlyConversionIsRefused()
{
    const qint64 wang = memberId(WangQiang);
    MemberHistoryWidget widget(m_db);
    widget.show();
    widget.showMember(wang);
    QSignalSpy changed(&widget, &MemberHistoryWidget::historyChanged);

    QPointer<MembershipEventDialog> dialog = clickAction(widget, QStringLiteral("recordConversionButton"));
    QVERIFY(dialog);
    // The service's own answer for this event (refused, so nothing is written by asking).
    const MembershipEvent early{0, wang, QDate(2026, 11, 21), EventKind::ConvertedFull, 0, {}};
    auto refused = MemberService(*m_db).recordEvent(m_user, early);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message(), QStringLiteral("converted before the probation ends on 2027-03-01"));

    // Shown as soon as the form opens, next to the date, and OK is off.
    QCOMPARE(labelText(dialog, QStringLiteral("dateErrorLabel")), refused.error().message());
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->recordedEventId(), qint64(0));

    // Pressing OK another way still asks the service, which refuses: the dialog stays.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(labelText(dialog, QStringLiteral("dateErrorLabel")), refused.error().message());

    // An earlier date is refused alike; a date before the admission too.
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    date->setDate(QDate(2026, 1, 1));
    QCOMPARE(labelText(dialog, QStringLiteral("dateErrorLabel")),
             QStringLiteral("Converted to full member before admission"));
    QVERIFY(!ok->isEnabled());

    QCOMPARE(changed.size(), 0);
    QCOMPARE(history(wang).size(), 1);
    QCOMPARE(member(wang).category, MemberCategory::Probationary);
    dialog->reject();
    QCOMPARE(history(wang).size(), 1);
}

void TestMemberHistory::refusalAtOkKeepsTheDialogOpen()
{
    const qint64 liu = memberId(LiuYang);
    MemberHistoryWidget widget(m_db);
    widget.show();
    widget.showMember(liu);
    QSignalSpy changed(&widget, &MemberHistoryWidget::historyChanged);
    auto* died = widget.findChild<QAction*>(QStringLiteral("departureDiedAction"));
    QVERIFY(died);
    died->trigger();
    QPointer<MembershipEventDialog> dialog = widget.findChild<MembershipEventDialog*>();
    QVERIFY(dialog);
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    // Meanwhile somebody else records the member's transfer out.
    const MembershipEvent out{0, liu, QDate(2026, 11, 1), EventKind::TransferredOut, 0, QStringLiteral("调往外省")};
    QVERIFY(MemberService(*m_db).recordEvent(m_user, out).ok());

    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->recordedEventId(), qint64(0));
    QCOMPARE(labelText(dialog, QStringLiteral("errorLabel")),
             QStringLiteral("Died: the member already left on 2026-11-01"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(history(liu).size(), 4); // admitted, converted, moved, transferred out: no death
    QCOMPARE(history(liu).last().kind, EventKind::TransferredOut);
    dialog->reject();
}

void TestMemberHistory::moveToAnotherOrganization()
{
    const qint64 wang = memberId(WangQiang);
    const qint64 br1 = orgId(QStringLiteral("BR1"));
    const qint64 br2 = orgId(QStringLiteral("BR2"));
    MemberHistoryWidget widget(m_db);
    widget.show();
    widget.showMember(wang);
    QSignalSpy changed(&widget, &MemberHistoryWidget::historyChanged);

    QPointer<MembershipEventDialog> dialog = clickAction(widget, QStringLiteral("moveButton"));
    QVERIFY(dialog);
    auto* picker = dialog->findChild<OrganizationPicker*>(QStringLiteral("organizationPicker"));
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(picker && picker->isVisible());
    QCOMPARE(picker->date(), QDate(2026, 11, 21)); // organizations of the event's date
    QCOMPARE(labelText(dialog, QStringLiteral("currentOrganizationLabel")), QStringLiteral("预算二科党支部"));
    // Nothing chosen yet.
    QCOMPARE(labelText(dialog, QStringLiteral("organizationErrorLabel")),
             QStringLiteral("Choose the organization from the list."));
    QVERIFY(!ok->isEnabled());

    // A typed name that names no organization.
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("nowhere"));
    QVERIFY(labelText(dialog, QStringLiteral("organizationErrorLabel")).contains(QStringLiteral("nowhere")));
    QVERIFY(!ok->isEnabled());

    // The organization the member is already in: the timeline refuses.
    picker->setOrganizationId(br2);
    QCOMPARE(labelText(dialog, QStringLiteral("errorLabel")),
             QStringLiteral("moved into the organization the member is already in"));
    QVERIFY(!ok->isEnabled());

    // A party group holds no roll: the service names the organization field.
    picker->setOrganizationId(orgId(QStringLiteral("GRP1")));
    QVERIFY(labelText(dialog, QStringLiteral("organizationErrorLabel")).contains(QStringLiteral("GRP1")));
    QVERIFY(labelText(dialog, QStringLiteral("errorLabel")).isEmpty());
    QVERIFY(!ok->isEnabled());

    picker->setOrganizationId(br1);
    QVERIFY(labelText(dialog, QStringLiteral("organizationErrorLabel")).isEmpty());
    QVERIFY(ok->isEnabled());
    clickOk(dialog);
    QCOMPARE(changed.size(), 1);

    // On BR1's roll now, off BR2's.
    QCOMPARE(member(wang).orgId, br1);
    QVERIFY(member(wang).onRoll);
    QCOMPARE(history(wang).last().kind, EventKind::Moved);
    QCOMPARE(history(wang).last().orgId, br1);
    auto counts = OrganizationService(*m_db).rollCountsOn(m_user, QDate(2026, 11, 21));
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(br1), qint64(4));
    QCOMPARE(counts->value(br2), qint64(0));
    QCOMPARE(labelText(&widget, QStringLiteral("memberOrganizationLabel")), QStringLiteral("预算一科党支部"));
}

void TestMemberHistory::deathTakesTheMemberOffTheRoll()
{
    const qint64 liu = memberId(LiuYang);
    const qint64 br1 = orgId(QStringLiteral("BR1"));
    MemberHistoryWidget widget(m_db);
    widget.show();
    widget.showMember(liu);
    QVERIFY(widget.findChild<QToolButton*>(QStringLiteral("departureButton"))->isEnabled());
    auto* died = widget.findChild<QAction*>(QStringLiteral("departureDiedAction"));
    QVERIFY(died && died->isEnabled());
    died->trigger();
    QPointer<MembershipEventDialog> dialog = widget.findChild<MembershipEventDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), EventKind::Died);
    QVERIFY(!dialog->findChild<OrganizationPicker*>()->isVisible());
    QCOMPARE(labelText(dialog, QStringLiteral("currentOrganizationLabel")), QStringLiteral("预算一科党支部"));
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 10, 3));
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());

    // The death names the organization left and takes the member off its roll.
    const MembershipEvent death = history(liu).last();
    QCOMPARE(death.kind, EventKind::Died);
    QCOMPARE(death.date, QDate(2026, 10, 3));
    QCOMPARE(death.orgId, br1);
    QVERIFY(!member(liu).onRoll);
    auto counts = OrganizationService(*m_db).rollCountsOn(m_user, QDate(2026, 11, 21));
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(br1), qint64(2));
    QCOMPARE(labelText(&widget, QStringLiteral("memberOrganizationLabel")),
             QStringLiteral("Not on the roll since 2026-10-03 (Died)"));

    // Nothing follows a death.
    for (const QString& name : AllButtons) {
        QVERIFY2(!widget.findChild<QToolButton*>(name)->isEnabled(), qPrintable(name));
    }
    QVERIFY(!died->isEnabled());
    QVERIFY(!widget.recordEvent(EventKind::Restored));
}

void TestMemberHistory::restorationAfterSuspension()
{
    const qint64 li = memberId(LiNa);
    const qint64 br1 = orgId(QStringLiteral("BR1"));
    MemberHistoryWidget widget(m_db);
    widget.show();
    widget.showMember(li);
    QVERIFY(!widget.findChild<QToolButton*>(QStringLiteral("restoreButton"))->isEnabled());

    widget.findChild<QAction*>(QStringLiteral("departureSuspendedAction"))->trigger();
    QPointer<MembershipEventDialog> dialog = widget.findChild<MembershipEventDialog*>();
    QVERIFY(dialog && dialog->kind() == EventKind::Suspended);
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2025, 1, 10));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noteEdit")), QStringLiteral("lost contact"));
    clickOk(dialog);
    QVERIFY(!member(li).onRoll);
    QTRY_VERIFY(!dialog);

    // A suspended member can only be restored.
    for (const QString& name : AllButtons) {
        QCOMPARE(widget.findChild<QToolButton*>(name)->isEnabled(), name == QStringLiteral("restoreButton"));
    }
    dialog = clickAction(widget, QStringLiteral("restoreButton"));
    QVERIFY(dialog && dialog->kind() == EventKind::Restored);
    // Restoring before the suspension is refused by the rules.
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    date->setDate(QDate(2024, 12, 1));
    QCOMPARE(labelText(dialog, QStringLiteral("errorLabel")),
             QStringLiteral("only a suspended member can be restored"));
    date->setDate(QDate(2026, 2, 1));
    QVERIFY(labelText(dialog, QStringLiteral("errorLabel")).isEmpty());
    // No organization chosen: back into the one left.
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());
    QVERIFY(member(li).onRoll);
    QCOMPARE(member(li).orgId, br1);
    QCOMPARE(member(li).category, MemberCategory::Full);
    QCOMPARE(widget.historyModel()->rowCount(), 4);
    const QModelIndex last = widget.historyModel()->index(3, MemberHistoryModel::OrganizationColumn);
    QCOMPARE(last.data().toString(), QStringLiteral("预算一科党支部"));
    QCOMPARE(widget.historyModel()->index(2, MemberHistoryModel::NoteColumn).data().toString(),
             QStringLiteral("lost contact"));
    QVERIFY(widget.findChild<QToolButton*>(QStringLiteral("departureButton"))->isEnabled());
    QVERIFY(!widget.findChild<QToolButton*>(QStringLiteral("restoreButton"))->isEnabled());
}

void TestMemberHistory::transferInAfterTransferOut()
{
    const qint64 chen = memberId(ChenJing);
    const qint64 br3 = orgId(QStringLiteral("BR3"));
    MemberHistoryWidget widget(m_db);
    widget.show();
    widget.showMember(chen);
    QCOMPARE(labelText(&widget, QStringLiteral("memberOrganizationLabel")),
             QStringLiteral("Not on the roll since 2023-09-01 (Transferred out)"));
    for (const QString& name : AllButtons) {
        QCOMPARE(widget.findChild<QToolButton*>(name)->isEnabled(), name == QStringLiteral("transferInButton"));
    }
    QPointer<MembershipEventDialog> dialog = clickAction(widget, QStringLiteral("transferInButton"));
    QVERIFY(dialog);
    auto* picker = dialog->findChild<OrganizationPicker*>(QStringLiteral("organizationPicker"));
    picker->setOrganizationId(br3);
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 5, 6));
    // The picker follows the event's date once the date stops changing.
    QTRY_COMPARE(picker->date(), QDate(2026, 5, 6));
    QCOMPARE(picker->organizationId(), br3);
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());
    QVERIFY(member(chen).onRoll);
    QCOMPARE(member(chen).orgId, br3);
    QCOMPARE(labelText(&widget, QStringLiteral("memberOrganizationLabel")), QStringLiteral("综合科党支部"));
}

void TestMemberHistory::readmissionAfterWithdrawal()
{
    const qint64 liu = memberId(LiuYang);
    MemberHistoryWidget widget(m_db);
    widget.show();
    widget.showMember(liu);
    const MembershipEvent withdrew{0, liu, QDate(2020, 3, 1), EventKind::Withdrew, 0, {}};
    QVERIFY(MemberService(*m_db).recordEvent(m_user, withdrew).ok());
    widget.refresh();
    for (const QString& name : AllButtons) {
        QCOMPARE(widget.findChild<QToolButton*>(name)->isEnabled(), name == QStringLiteral("readmitButton"));
    }
    QPointer<MembershipEventDialog> dialog = clickAction(widget, QStringLiteral("readmitButton"));
    QVERIFY(dialog && dialog->kind() == EventKind::Admitted);
    dialog->findChild<OrganizationPicker*>()->setOrganizationId(orgId(QStringLiteral("BR3")));
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(member(liu).category, MemberCategory::Probationary);
    QCOMPARE(member(liu).orgId, orgId(QStringLiteral("BR3")));
    QVERIFY(widget.findChild<QToolButton*>(QStringLiteral("recordConversionButton"))->isEnabled());
}

void TestMemberHistory::modelsPassTheTester()
{
    MemberHistoryModel history(*m_db);
    MemberPostsModel posts(*m_db);
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester postsTester(&posts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy historyErrors(&history, &MemberHistoryModel::errorOccurred);

    QCOMPARE(history.columnCount(), int(MemberHistoryModel::ColumnCount));
    QCOMPARE(posts.columnCount(), int(MemberPostsModel::ColumnCount));
    QCOMPARE(history.headerData(MemberHistoryModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QCOMPARE(posts.headerData(MemberPostsModel::HeadsUnitColumn, Qt::Horizontal).toString(),
             QStringLiteral("Also heads the unit"));
    for (const QString& idNumber : {ZhangWei, WangQiang, LiuYang, ChenJing}) {
        const qint64 id = memberId(idNumber);
        history.setMember(id);
        posts.setMember(id);
        QVERIFY(history.rowCount() > 0);
        QCOMPARE(history.memberId(), id);
        for (int row = 0; row < history.rowCount(); ++row) {
            QVERIFY(history.index(row, 0).data(MemberHistoryModel::DateRole).toDate().isValid());
        }
    }
    QCOMPARE(posts.rowCount(), 0); // 陈静 held no post
    history.refresh();
    posts.refresh();
    history.setMember(0);
    posts.setMember(0);
    QCOMPARE(history.rowCount(), 0);
    QCOMPARE(posts.rowCount(), 0);
    QCOMPARE(historyErrors.size(), 0);
    history.setMember(999999);
    QCOMPARE(history.rowCount(), 0);
    QCOMPARE(historyErrors.size(), 1);
}

QTEST_MAIN(TestMemberHistory)
#include "tst_memberhistory.moc"
