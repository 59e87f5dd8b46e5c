#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/review/ReviewActions.h"
#include "gui/review/ReviewCorrectionsModel.h"
#include "gui/review/ReviewCorrectionsWidget.h"
#include "gui/review/ReviewGridWidget.h"
#include "gui/review/ReviewOverviewModel.h"
#include "gui/review/ReviewOverviewWidget.h"
#include "gui/review/ReviewSettingsDialog.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/ReviewService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

// The department's views of the democratic review: the overview of a year by organization
// (held, covered by a review above, not held; participation rates; the subtree; a double click
// names the review), the correction deadlines running out (window, subtree, a double click
// names the review and the member), the review rules dialog, and the actions the lead puts in
// a menu. Every model under QAbstractItemModelTester.
class TestReviewOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void overviewOfTheYear();
    void correctionDeadlines();
    void settingsDialog();
    void actionsOpenTheirWindows();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    qint64 campaign(const QString& code, int year, const QDate& heldOn);
    void set(qint64 campaignId, qint64 memberId, ReviewResult result);
    QStringList column(const QAbstractItemModel* model, int column);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
    qint64 m_zhang = 0;
    qint64 m_li = 0;
    qint64 m_liu = 0;
};

void TestReviewOverview::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestReviewOverview::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
    m_zhang = member(QStringLiteral("110105198003151015"));
    m_li = member(QStringLiteral("110105198506201029"));
    m_liu = member(QStringLiteral("440305197511113130"));
}

void TestReviewOverview::cleanup()
{
    m_temp.reset();
}

qint64 TestReviewOverview::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestReviewOverview::member(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestReviewOverview::campaign(const QString& code, int year, const QDate& heldOn)
{
    auto id = ReviewService(m_temp->db()).createCampaign(m_user, {0, org(code), year, heldOn, {}});
    return id.ok() ? *id : 0;
}

void TestReviewOverview::set(qint64 campaignId, qint64 memberId, ReviewResult result)
{
    ReviewEntry e;
    e.campaignId = campaignId;
    e.memberId = memberId;
    e.result = result;
    const Status written = ReviewService(m_temp->db()).setEntry(m_user, e);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
}

QStringList TestReviewOverview::column(const QAbstractItemModel* model, int column)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        result.append(model->index(row, column).data().toString());
    }
    return result;
}

void TestReviewOverview::overviewOfTheYear()
{
    // 2026: BR1 held its review (3 full members: 2 excellent, 1 absent); BR2 (王强) none.
    const qint64 br1 = campaign(QStringLiteral("BR1"), 2026, QDate(2026, 11, 2));
    QVERIFY(br1 != 0);
    set(br1, m_zhang, ReviewResult::Excellent);
    set(br1, m_li, ReviewResult::Excellent);
    set(br1, m_liu, ReviewResult::Absent);

    ReviewOverviewWidget widget(m_temp->db());
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy activated(&widget, &ReviewOverviewWidget::reviewActivated);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* year = widget.findChild<QSpinBox*>(QStringLiteral("yearSpin"));
    auto* filter = widget.findChild<QComboBox*>(QStringLiteral("filterCombo"));
    auto* summary = widget.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* view = widget.findChild<QTableView*>(QStringLiteral("overviewView"));
    QVERIFY(year && filter && summary && view);
    QCOMPARE(year->value(), 2026);
    // The rolls are read on a worker.
    QTRY_VERIFY(!widget.model()->isLoading());
    const QAbstractItemModel* model = view->model();
    QCOMPARE(column(model, ReviewOverviewModel::CodeColumn),
             (QStringList{QStringLiteral("BR1"), QStringLiteral("BR2")}));
    QCOMPARE(model->index(0, ReviewOverviewModel::StatusColumn).data().toString(),
             QStringLiteral("Held on 2026-11-02"));
    QCOMPARE(model->index(0, ReviewOverviewModel::OnRollColumn).data().toInt(), 3);
    QCOMPARE(model->index(0, ReviewOverviewModel::ParticipatedColumn).data().toInt(), 2);
    QCOMPARE(model->index(0, ReviewOverviewModel::RateColumn).data().toString(), QStringLiteral("66.67%"));
    QVERIFY(!model->index(0, ReviewOverviewModel::WarningColumn).data().toString().isEmpty()); // 2 of 2 excellent
    QCOMPARE(model->index(1, ReviewOverviewModel::StatusColumn).data().toString(), QStringLiteral("Not held"));
    QVERIFY(model->index(1, 0).data(Qt::ForegroundRole).isValid()); // red
    QCOMPARE(summary->text(), QStringLiteral("2 organization(s): 1 held their own review of 2026, 0 covered by a "
                                             "review above, 1 without review. 2 of 3 members to be reviewed took part "
                                             "(66.67%)."));
    filter->setCurrentIndex(filter->findData(int(ReviewOverviewModel::Filter::NotCovered)));
    QCOMPARE(column(model, ReviewOverviewModel::CodeColumn), QStringList{QStringLiteral("BR2")});

    // GB1's review covers BR2 too.
    campaign(QStringLiteral("GB1"), 2026, QDate(2026, 11, 10));
    QSignalSpy finished(widget.model(), &ReviewOverviewModel::finished);
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QVERIFY(summary->text().startsWith(QStringLiteral("Reading")));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model->rowCount(), 0); // still "not covered" only
    filter->setCurrentIndex(filter->findData(int(ReviewOverviewModel::Filter::All)));
    QCOMPARE(column(model, ReviewOverviewModel::CodeColumn),
             (QStringList{QStringLiteral("BR1"), QStringLiteral("BR2"), QStringLiteral("GB1")}));
    QCOMPARE(model->index(1, ReviewOverviewModel::StatusColumn).data().toString(),
             QStringLiteral("Covered by GB1's review on 2026-11-10"));
    QCOMPARE(model->index(1, ReviewOverviewModel::RateColumn).data().toString(), QStringLiteral("0.00%"));
    filter->setCurrentIndex(filter->findData(int(ReviewOverviewModel::Filter::NotCovered)));
    QCOMPARE(model->rowCount(), 0);
    filter->setCurrentIndex(filter->findData(int(ReviewOverviewModel::Filter::Held)));
    QCOMPARE(column(model, ReviewOverviewModel::CodeColumn),
             (QStringList{QStringLiteral("BR1"), QStringLiteral("GB1")}));

    // A subtree, another year; a double click names the organization's review.
    widget.setRootOrganization(org(QStringLiteral("BR1")));
    QTRY_VERIFY(!widget.model()->isLoading());
    QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("scopeLabel"))->text(),
             QStringLiteral("BR1 and its sub-organizations"));
    QCOMPARE(column(model, ReviewOverviewModel::CodeColumn), QStringList{QStringLiteral("BR1")});
    emit view->activated(model->index(0, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), org(QStringLiteral("BR1")));
    QCOMPARE(activated.first().at(1).toInt(), 2026);
    year->setValue(2025);
    QTRY_VERIFY(!widget.model()->isLoading());
    QCOMPARE(model->rowCount(), 0); // BR1 has members but held no review of 2025: "held" shows none
    filter->setCurrentIndex(filter->findData(int(ReviewOverviewModel::Filter::All)));
    QCOMPARE(model->index(0, ReviewOverviewModel::StatusColumn).data().toString(), QStringLiteral("Not held"));
}

void TestReviewOverview::correctionDeadlines()
{
    const qint64 br1 = campaign(QStringLiteral("BR1"), 2026, QDate(2026, 6, 1));
    ReviewEntry li;
    li.campaignId = br1;
    li.memberId = m_li;
    li.result = ReviewResult::Unqualified;
    li.handling = ReviewHandling::Correction;
    li.handledOn = QDate(2026, 6, 10); // deadline 2026-12-10
    ReviewEntry zhang = li;
    zhang.memberId = m_zhang;
    zhang.handledOn = QDate(2026, 6, 1);
    zhang.correctionDue = QDate(2026, 11, 1); // passed
    QVERIFY(ReviewService(m_temp->db()).setEntries(m_user, {li, zhang}).ok());

    ReviewCorrectionsWidget widget(m_temp->db());
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy activated(&widget, &ReviewCorrectionsWidget::reviewActivated);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* view = widget.findChild<QTableView*>(QStringLiteral("correctionsView"));
    auto* within = widget.findChild<QSpinBox*>(QStringLiteral("withinSpin"));
    auto* asOf = widget.findChild<QLineEdit*>(QStringLiteral("asOfEdit"));
    auto* summary = widget.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(view && within && asOf && summary);
    QCOMPARE(asOf->text(), QStringLiteral("2026-11-21"));
    const QAbstractItemModel* model = view->model();
    QCOMPARE(column(model, ReviewCorrectionsModel::NameColumn),
             (QStringList{QStringLiteral("张伟"), QStringLiteral("李娜")}));
    QCOMPARE(model->index(0, ReviewCorrectionsModel::StatusColumn).data().toString(),
             QStringLiteral("overdue by 20 day(s)"));
    QCOMPARE(model->index(1, ReviewCorrectionsModel::StatusColumn).data().toString(), QStringLiteral("19 day(s) left"));
    QCOMPARE(model->index(1, ReviewCorrectionsModel::DeadlineColumn).data().toString(), QStringLiteral("2026-12-10"));
    QVERIFY(model->index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(summary->text(),
             QStringLiteral("2 correction(s) not yet closed: 1 past the deadline, 1 due within 30 day(s)."));
    within->setValue(10);
    QCOMPARE(column(model, ReviewCorrectionsModel::NameColumn), QStringList{QStringLiteral("张伟")});
    asOf->clear();
    QTest::keyClicks(asOf, QStringLiteral("2026-10-01"));
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    within->setValue(31);
    QCOMPARE(column(model, ReviewCorrectionsModel::NameColumn), QStringList{QStringLiteral("张伟")});
    QCOMPARE(model->index(0, ReviewCorrectionsModel::StatusColumn).data().toString(), QStringLiteral("31 day(s) left"));
    widget.setRootOrganization(org(QStringLiteral("BR2")));
    QCOMPARE(model->rowCount(), 0);
    widget.setRootOrganization(org(QStringLiteral("COM1")));
    QCOMPARE(model->rowCount(), 1);
    emit view->activated(model->index(0, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), org(QStringLiteral("BR1")));
    QCOMPARE(activated.first().at(1).toInt(), 2026);
    QCOMPARE(activated.first().at(2).toLongLong(), m_zhang);
}

void TestReviewOverview::settingsDialog()
{
    ReviewSettingsDialog dialog(m_temp->db());
    QSignalSpy saved(&dialog, &ReviewSettingsDialog::settingsSaved);
    QVERIFY(dialog.load());
    auto* numerator = dialog.findChild<QSpinBox*>(QStringLiteral("excellentNumeratorSpin"));
    auto* denominator = dialog.findChild<QSpinBox*>(QStringLiteral("excellentDenominatorSpin"));
    auto* months = dialog.findChild<QSpinBox*>(QStringLiteral("correctionMonthsSpin"));
    QVERIFY(numerator && denominator && months);
    QCOMPARE(numerator->value(), 1);
    QCOMPARE(denominator->value(), 3);
    QCOMPARE(months->value(), 6);
    QCOMPARE(months->maximum(), 12);
    // 3/2 is refused: the share is at most the whole.
    numerator->setValue(3);
    denominator->setValue(2);
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().isEmpty());
    numerator->setValue(1);
    denominator->setValue(4);
    months->setValue(3);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    auto stored = ReviewService(m_temp->db()).settings(m_user);
    QCOMPARE(stored->excellentDenominator, 4);
    QCOMPARE(stored->correctionMonths, 3);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("restoreDefaultsButton")), Qt::LeftButton);
    QCOMPARE(dialog.settings(), ReviewSettings());
}

void TestReviewOverview::actionsOpenTheirWindows()
{
    QWidget window;
    ReviewActions actions(&window);
    QStringList names;
    for (const QAction* action : actions.actions()) {
        names.append(action->objectName());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("actionReview"), QStringLiteral("actionReviewOverview"),
                                 QStringLiteral("actionReviewCorrections"), QStringLiteral("actionReviewSettings")}));
    auto database = Database::open(m_temp->path(), Database::OpenMode::ExistingOnly);
    QVERIFY(database.ok());
    actions.setDatabase(*database);
    QAction* review = actions.actions().at(0);
    QVERIFY(!review->isEnabled()); // no organization chosen
    actions.setOrganization(org(QStringLiteral("BR1")));
    QVERIFY(review->isEnabled());

    QString shown;
    qint64 shownOrg = 0;
    auto closeWhenShown = [&] {
        QTimer::singleShot(0, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            shown = modal ? modal->objectName() : QString();
            if (auto* grid = modal ? modal->findChild<ReviewGridWidget*>() : nullptr) {
                shownOrg = grid->organizationId();
            }
            if (modal) {
                modal->close();
            }
        });
    };
    closeWhenShown();
    review->trigger();
    QCOMPARE(shown, QStringLiteral("reviewWindow"));
    QCOMPARE(shownOrg, org(QStringLiteral("BR1")));
    closeWhenShown();
    actions.actions().at(1)->trigger();
    QCOMPARE(shown, QStringLiteral("reviewOverviewWindow"));
    closeWhenShown();
    actions.actions().at(2)->trigger();
    QCOMPARE(shown, QStringLiteral("reviewCorrectionsWindow"));
    closeWhenShown();
    actions.actions().at(3)->trigger();
    QCOMPARE(shown, QStringLiteral("ReviewSettingsDialog"));
}

QTEST_MAIN(TestReviewOverview)
#include "tst_reviewoverview.moc"
