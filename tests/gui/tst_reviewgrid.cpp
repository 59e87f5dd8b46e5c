#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/review/ReviewGridModel.h"
#include "gui/review/ReviewGridWidget.h"
#include "gui/review/ReviewHandlingDialog.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/ReviewService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

// The review grid of an organization, driven by objectName and keys: recording the campaign,
// "set all to qualified" then the exceptions with the keys 1-7 (the cursor moves down), an
// exemption waiting for its reason, a probationary member refused a grade, the 1/3 warning,
// the handling dialog (a correction's default deadline; persuaded to withdraw takes the member
// off the roll after a question), the date changed and the review deleted, and a roll of 100
// members entered by keyboard. Everything is read back through the services.
class TestReviewGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void recordTheReviewThenSetAllAndExceptions();
    void exemptionWaitsForItsReason();
    void probationaryMemberIsNotGraded();
    void excellentAboveAThirdIsWarned();
    void correctionThroughTheDialog();
    void persuadedLeavesTheRoll();
    void changeDateAndDelete();
    void hundredMembersByKeyboard();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    // Shows GB1's review of 2026 held on 2026-11-01 (recorded through the widget).
    void openGb1(ReviewGridWidget& widget);
    int rowOf(ReviewGridWidget& widget, qint64 memberId);
    void select(ReviewGridWidget& widget, qint64 memberId);
    ReviewEntry recorded(const ReviewGridWidget& widget, qint64 memberId);
    template <typename T> T* child(QWidget* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no %s", name);
        }
        return found;
    }

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
    qint64 m_zhang = 0;
    qint64 m_li = 0;
    qint64 m_liu = 0;
    qint64 m_wang = 0;
};

namespace {

QString makeIdNumber(int n)
{
    const QString first17 = QStringLiteral("110105") +
                            QDate(1970, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(2 * n + 1, 3, 10, QChar(u'0'));
    return first17 + CitizenId::checkCharacter(first17);
}

} // namespace

void TestReviewGrid::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestReviewGrid::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
    m_zhang = member(QStringLiteral("110105198003151015"));
    m_li = member(QStringLiteral("110105198506201029"));
    m_liu = member(QStringLiteral("440305197511113130"));
    m_wang = member(QStringLiteral("31010419900101213X"));
    Dialogs::resetForTests();
}

void TestReviewGrid::cleanup()
{
    m_temp.reset();
}

qint64 TestReviewGrid::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestReviewGrid::member(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

void TestReviewGrid::openGb1(ReviewGridWidget& widget)
{
    widget.showReview(org(QStringLiteral("GB1")), 2026);
    auto* create = child<QPushButton>(&widget, "createCampaignButton");
    QVERIFY(create && create->isVisibleTo(&widget) && create->isEnabled());
    QVERIFY(!child<QPushButton>(&widget, "setAllQualifiedButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&widget, "heldOnEdit"), QStringLiteral("2026-11-01"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(widget.campaignId() != 0, qPrintable(child<QLabel>(&widget, "errorLabel")->text()));
}

int TestReviewGrid::rowOf(ReviewGridWidget& widget, qint64 memberId)
{
    return widget.model()->rowOfMember(memberId);
}

void TestReviewGrid::select(ReviewGridWidget& widget, qint64 memberId)
{
    widget.view()->setCurrentIndex(widget.model()->index(rowOf(widget, memberId), ReviewGridModel::ResultColumn));
}

ReviewEntry TestReviewGrid::recorded(const ReviewGridWidget& widget, qint64 memberId)
{
    auto roster = ReviewService(m_temp->db()).roster(m_user, widget.campaignId());
    if (roster.ok()) {
        for (const ReviewService::RosterRow& row : std::as_const(*roster)) {
            if (row.member.memberId == memberId) {
                return row.entry;
            }
        }
    }
    return ReviewEntry();
}

void TestReviewGrid::modelPassesTheTester()
{
    ReviewGridModel model(m_temp->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ReviewGridModel::ColumnCount));
    QCOMPARE(model.headerData(ReviewGridModel::ResultColumn, Qt::Horizontal).toString(), QStringLiteral("Result"));
    ReviewCampaign c{0, org(QStringLiteral("GB1")), 2026, QDate(2026, 11, 1), {}};
    auto id = ReviewService(m_temp->db()).createCampaign(m_user, c);
    QVERIFY(id.ok());
    QVERIFY(model.load(*id).ok());
    QCOMPARE(model.rowCount(), 4); // 张伟, 李娜, 刘洋 (BR1) and 王强 (BR2)
    QVERIFY(model.setAllQualified() == 4);
    QVERIFY(model.setResult(model.rowOfMember(m_zhang), ReviewResult::Exempt)); // pending
    QVERIFY(model.isPending(model.rowOfMember(m_zhang)));
    QVERIFY(model.index(model.rowOfMember(m_zhang), 0).data(ReviewGridModel::PendingRole).toBool());
    QVERIFY(model.setData(model.index(model.rowOfMember(m_zhang), ReviewGridModel::ReasonColumn),
                          int(ExemptReason::Bedridden)));
    QVERIFY(!model.isPending(model.rowOfMember(m_zhang)));
    QCOMPARE(model.index(model.rowOfMember(m_wang), ReviewGridModel::CategoryColumn).data().toString(),
             QStringLiteral("Probationary member"));
    QVERIFY(model.load(0).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestReviewGrid::recordTheReviewThenSetAllAndExceptions()
{
    ReviewGridWidget widget(m_temp->db());
    QSignalSpy changed(&widget, &ReviewGridWidget::reviewChanged);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    openGb1(widget);
    QCOMPARE(changed.count(), 1);
    auto campaign = ReviewService(m_temp->db()).findCampaign(m_user, org(QStringLiteral("GB1")), 2026);
    QVERIFY(campaign.ok() && campaign.value());
    QCOMPARE(campaign.value()->heldOn, QDate(2026, 11, 1));
    QVERIFY(!child<QPushButton>(&widget, "createCampaignButton")->isVisibleTo(&widget));
    QVERIFY(child<QPushButton>(&widget, "changeDateButton")->isVisibleTo(&widget));
    QCOMPARE(widget.model()->rowCount(), 4);

    QTest::mouseClick(child<QPushButton>(&widget, "setAllQualifiedButton"), Qt::LeftButton);
    QCOMPARE(recorded(widget, m_zhang).result, ReviewResult::Qualified);
    QCOMPARE(recorded(widget, m_wang).result, ReviewResult::Participated); // probationary: took part
    QVERIFY(child<QLabel>(&widget, "summaryLabel")->text().startsWith(QStringLiteral("4 on the roll")));

    // The exceptions by keyboard: 1 = excellent, and the cursor moves to the next member.
    widget.view()->setFocus();
    select(widget, m_zhang);
    const int zhangRow = rowOf(widget, m_zhang);
    QTest::keyClick(widget.view(), Qt::Key_1);
    QCOMPARE(recorded(widget, m_zhang).result, ReviewResult::Excellent);
    QCOMPARE(widget.view()->currentIndex().row(), zhangRow + 1);
    select(widget, m_liu);
    QTest::keyClick(widget.view(), Qt::Key_6);
    QCOMPARE(recorded(widget, m_liu).result, ReviewResult::Absent);
    select(widget, m_liu);
    QTest::keyClick(widget.view(), Qt::Key_4);
    QCOMPARE(recorded(widget, m_liu).result, ReviewResult::Unqualified);
    select(widget, m_liu);
    QVERIFY(child<QPushButton>(&widget, "handleButton")->isEnabled());
    QTest::keyClick(widget.view(), Qt::Key_Delete);
    QCOMPARE(recorded(widget, m_liu).result, ReviewResult::None);
    QVERIFY(!child<QPushButton>(&widget, "handleButton")->isEnabled());
    QCOMPARE(widget.model()->index(rowOf(widget, m_liu), ReviewGridModel::ResultColumn).data().toString(), QString());
    const QString summary = child<QLabel>(&widget, "summaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("3 took part (75.00%)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 without result")), qPrintable(summary));
    QVERIFY(changed.count() >= 5);
}

void TestReviewGrid::exemptionWaitsForItsReason()
{
    ReviewGridWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    openGb1(widget);
    widget.view()->setFocus();
    select(widget, m_li);
    QTest::keyClick(widget.view(), Qt::Key_7);
    // Not saved until the reason is chosen; the reason's list opens on the row.
    QCOMPARE(recorded(widget, m_li).result, ReviewResult::None);
    QVERIFY(widget.model()->isPending(rowOf(widget, m_li)));
    QVERIFY(child<QLabel>(&widget, "warningLabel")->text().contains(QStringLiteral("not saved")));
    QComboBox* editor = nullptr;
    QTRY_VERIFY((editor = widget.view()->findChild<QComboBox*>(QStringLiteral("reviewComboEditor"))) != nullptr);
    QCOMPARE(widget.view()->currentIndex().column(), int(ReviewGridModel::ReasonColumn));
    const int abroad = editor->findData(int(ExemptReason::Abroad));
    QVERIFY(abroad >= 0);
    editor->setCurrentIndex(abroad);
    emit editor->activated(abroad);
    const ReviewEntry li = recorded(widget, m_li);
    QCOMPARE(li.result, ReviewResult::Exempt);
    QCOMPARE(li.exemptReason, ExemptReason::Abroad);
    QVERIFY(!widget.model()->isPending(rowOf(widget, m_li)));
    QCOMPARE(widget.model()->index(rowOf(widget, m_li), ReviewGridModel::ReasonColumn).data().toString(),
             QStringLiteral("Abroad for more than 6 months"));
    QVERIFY(widget.model()->tally().exempt == 1);
}

void TestReviewGrid::probationaryMemberIsNotGraded()
{
    ReviewGridWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    openGb1(widget);
    widget.view()->setFocus();
    select(widget, m_wang);
    QTest::keyClick(widget.view(), Qt::Key_2);
    QVERIFY(child<QLabel>(&widget, "errorLabel")->text().contains(QStringLiteral("probationary")));
    QCOMPARE(recorded(widget, m_wang).result, ReviewResult::None);
    QCOMPARE(widget.view()->currentIndex().row(), rowOf(widget, m_wang)); // stays on the member
    QTest::keyClick(widget.view(), Qt::Key_5);
    QCOMPARE(recorded(widget, m_wang).result, ReviewResult::Participated);
    QVERIFY(child<QLabel>(&widget, "errorLabel")->text().isEmpty());
}

void TestReviewGrid::excellentAboveAThirdIsWarned()
{
    ReviewGridWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    openGb1(widget);
    QVERIFY(widget.setAllQualified() == 4);
    QVERIFY(child<QLabel>(&widget, "warningLabel")->text().isEmpty());
    widget.view()->setFocus();
    select(widget, m_zhang);
    QTest::keyClick(widget.view(), Qt::Key_1); // 1 of 3 graded: a third exactly
    QVERIFY(child<QLabel>(&widget, "warningLabel")->text().isEmpty());
    select(widget, m_li);
    QTest::keyClick(widget.view(), Qt::Key_1);                        // 2 of 3
    QCOMPARE(recorded(widget, m_li).result, ReviewResult::Excellent); // saved: only a warning
    QCOMPARE(child<QLabel>(&widget, "warningLabel")->text(),
             QStringLiteral("2 of 3 graded full members rated excellent: at most 1/3 (1) should be"));
}

void TestReviewGrid::correctionThroughTheDialog()
{
    ReviewGridWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    openGb1(widget);
    widget.view()->setFocus();
    select(widget, m_li);
    QTest::keyClick(widget.view(), Qt::Key_4);
    select(widget, m_li);
    QTest::keyClick(widget.view(), Qt::Key_Return); // Enter on an unqualified member
    QPointer<ReviewHandlingDialog> dialog = widget.openHandlingDialog();
    QVERIFY(dialog);
    auto* combo = child<QComboBox>(dialog, "handlingCombo");
    auto* save = child<QPushButton>(dialog, "saveButton");
    combo->setCurrentIndex(combo->findData(int(ReviewHandling::Correction)));
    QVERIFY(!save->isEnabled()); // the date is missing
    QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("missing")));
    QTest::keyClicks(child<QLineEdit>(dialog, "handledOnEdit"), QStringLiteral("2026-11-05"));
    QVERIFY(save->isEnabled());
    QVERIFY(child<QLabel>(dialog, "consequenceLabel")->text().contains(QStringLiteral("2027-05-05")));
    // A deadline beyond a year is refused as typed.
    QTest::keyClicks(child<QLineEdit>(dialog, "correctionDueEdit"), QStringLiteral("2027-11-06"));
    QVERIFY(!save->isEnabled());
    child<QLineEdit>(dialog, "correctionDueEdit")->clear();
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const ReviewEntry li = recorded(widget, m_li);
    QCOMPARE(li.handling, ReviewHandling::Correction);
    QCOMPARE(li.correctionDue, QDate(2027, 5, 5));
    QCOMPARE(widget.model()->index(rowOf(widget, m_li), ReviewGridModel::HandlingColumn).data().toString(),
             QStringLiteral("Correction by 2027-05-05 (decided 2026-11-05)"));
    QVERIFY(widget.model()->index(0, 0).data(ReviewGridModel::OnRollRole).toBool());
    // A member who is not unqualified cannot be handled.
    select(widget, m_zhang);
    QVERIFY(!child<QPushButton>(&widget, "handleButton")->isEnabled());
}

void TestReviewGrid::persuadedLeavesTheRoll()
{
    ReviewGridWidget widget(m_temp->db());
    QSignalSpy membership(&widget, &ReviewGridWidget::membershipChanged);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    openGb1(widget);
    widget.view()->setFocus();
    select(widget, m_liu);
    QTest::keyClick(widget.view(), Qt::Key_4);
    select(widget, m_liu);
    QTest::mouseClick(child<QPushButton>(&widget, "handleButton"), Qt::LeftButton);
    QPointer<ReviewHandlingDialog> dialog = widget.openHandlingDialog();
    QVERIFY(dialog);
    auto* combo = child<QComboBox>(dialog, "handlingCombo");
    combo->setCurrentIndex(combo->findData(int(ReviewHandling::Persuaded)));
    QTest::keyClicks(child<QLineEdit>(dialog, "handledOnEdit"), QStringLiteral("2026-11-10"));
    QVERIFY(child<QLabel>(dialog, "consequenceLabel")->text().contains(QStringLiteral("2031-11-10")));
    // Refused at the question: nothing happens.
    Dialogs::answerQuestions({false});
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(MemberService(m_temp->db()).findById(m_user, m_liu)->value().onRoll);
    Dialogs::answerQuestions({true});
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(membership.count(), 1);
    QCOMPARE(membership.first().first().toLongLong(), m_liu);
    const Member liu = MemberService(m_temp->db()).findById(m_user, m_liu)->value();
    QVERIFY(!liu.onRoll);
    QCOMPARE(MemberService(m_temp->db()).history(m_user, m_liu)->constLast().kind, EventKind::Withdrew);
    // Final here: the row is read-only and the keys do nothing.
    const int row = rowOf(widget, m_liu);
    QVERIFY(!(widget.model()->flags(widget.model()->index(row, ReviewGridModel::ResultColumn)) & Qt::ItemIsEditable));
    select(widget, m_liu);
    QTest::keyClick(widget.view(), Qt::Key_2);
    QCOMPARE(recorded(widget, m_liu).result, ReviewResult::Unqualified);
    QCOMPARE(widget.model()->index(row, ReviewGridModel::HandlingColumn).data().toString(),
             QStringLiteral("Persuaded to withdraw on 2026-11-10"));
    // The dialog refuses to change it.
    ReviewHandlingDialog again(m_temp->db());
    QVERIFY(!again.start(widget.campaignId(), m_liu));
    QVERIFY(!again.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

void TestReviewGrid::changeDateAndDelete()
{
    ReviewGridWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    openGb1(widget);
    QVERIFY(widget.setAllQualified() == 4);
    auto* heldOn = child<QLineEdit>(&widget, "heldOnEdit");
    // Before 王强's admission (2026-03-01) his "took part" no longer fits: refused.
    heldOn->clear();
    QTest::keyClicks(heldOn, QStringLiteral("2026-02-01"));
    QTest::mouseClick(child<QPushButton>(&widget, "changeDateButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(&widget, "errorLabel")->text().startsWith(QStringLiteral("王强")));
    heldOn->clear();
    QTest::keyClicks(heldOn, QStringLiteral("2026-10-30"));
    QTest::mouseClick(child<QPushButton>(&widget, "changeDateButton"), Qt::LeftButton);
    QCOMPARE(ReviewService(m_temp->db()).campaign(m_user, widget.campaignId())->value().heldOn, QDate(2026, 10, 30));
    // Another year shows no review.
    child<QSpinBox>(&widget, "yearSpin")->setValue(2025);
    QCOMPARE(widget.campaignId(), qint64(0));
    QCOMPARE(widget.model()->rowCount(), 0);
    child<QSpinBox>(&widget, "yearSpin")->setValue(2026);
    QVERIFY(widget.campaignId() != 0);
    // Deleting asks first.
    Dialogs::answerQuestions({false});
    QTest::mouseClick(child<QPushButton>(&widget, "deleteCampaignButton"), Qt::LeftButton);
    QVERIFY(widget.campaignId() != 0);
    Dialogs::answerQuestions({true});
    QTest::mouseClick(child<QPushButton>(&widget, "deleteCampaignButton"), Qt::LeftButton);
    QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("4 recorded result(s)")));
    QCOMPARE(widget.campaignId(), qint64(0));
    QVERIFY(!ReviewService(m_temp->db()).findCampaign(m_user, org(QStringLiteral("GB1")), 2026)->has_value());
}

void TestReviewGrid::hundredMembersByKeyboard()
{
    MemberService members(m_temp->db());
    const qint64 br3 = org(QStringLiteral("BR3"));
    for (int i = 0; i < 100; ++i) {
        Member m;
        m.name = QStringLiteral("党员%1").arg(i, 3, 10, QChar(u'0'));
        m.idNumber = makeIdNumber(i);
        QVERIFY(members.admit(m_user, m, QDate(2000, 7, 1), br3, QDate(2001, 7, 1)).ok());
    }
    ReviewGridWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.showReview(br3, 2025);
    QTest::keyClicks(child<QLineEdit>(&widget, "heldOnEdit"), QStringLiteral("2026-01-08"));
    QTest::keyClick(child<QLineEdit>(&widget, "heldOnEdit"), Qt::Key_Return); // records it
    QVERIFY(widget.campaignId() != 0);
    QCOMPARE(widget.model()->rowCount(), 100);

    // Row by row from the top: one key per member, the cursor follows.
    QElapsedTimer timer;
    timer.start();
    widget.view()->setFocus();
    widget.view()->setCurrentIndex(widget.model()->index(0, ReviewGridModel::ResultColumn));
    const Qt::Key keys[] = {Qt::Key_2, Qt::Key_2, Qt::Key_1, Qt::Key_3, Qt::Key_2, Qt::Key_6};
    for (int i = 0; i < 100; ++i) {
        QTest::keyClick(widget.view(), keys[i % 6]);
    }
    qInfo("100 results by keyboard in %lld ms", timer.elapsed());
    QCOMPARE(widget.view()->currentIndex().row(), 99);
    auto tally = ReviewService(m_temp->db()).tally(m_user, widget.campaignId());
    QVERIFY(tally.ok());
    QCOMPARE(tally->onRoll, 100);
    QCOMPARE(tally->notRecorded, 0);
    QCOMPARE(tally->excellent, 17);
    QCOMPARE(tally->basicallyQualified, 17);
    QCOMPARE(tally->absent, 16);
    QCOMPARE(tally->qualified, 50);
    QCOMPARE(tally->participated, 84);
    QCOMPARE(widget.model()->tally().qualified, 50); // the grid shows what is stored
}

QTEST_MAIN(TestReviewGrid)
#include "tst_reviewgrid.moc"
