#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/elections/DueElectionsModel.h"
#include "gui/elections/DueElectionsWidget.h"
#include "services/ElectionService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

// The department view of term elections across the tree: overdue and soon-due organizations
// on a date, for a subtree, filtered; a postponed or newly elected organization moves; a double
// click names the organization.
class TestElectionsDue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsOverdueAndSoonDue();
    void dateSubtreeAndActivation();

private:
    qint64 org(const QString& code);
    QStringList codes(const QAbstractItemModel* model);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
};

void TestElectionsDue::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestElectionsDue::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
}

void TestElectionsDue::cleanup()
{
    m_temp.reset();
}

qint64 TestElectionsDue::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

QStringList TestElectionsDue::codes(const QAbstractItemModel* model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        result.append(model->index(row, DueElectionsModel::CodeColumn).data().toString());
    }
    return result;
}

void TestElectionsDue::listsOverdueAndSoonDue()
{
    // BR1 elects its secretary directly on 2023-12-01: its term expires on 2026-12-01.
    Election e;
    e.orgId = org(QStringLiteral("BR1"));
    e.heldOn = QDate(2023, 12, 1);
    e.seats = 1;
    e.eligible = 3;
    e.present = 3;
    e.ballotsIssued = 3;
    e.ballotsReturned = 3;
    ElectionCandidate secretary;
    secretary.memberId =
        MemberService(m_temp->db()).findByIdNumber(m_user, QStringLiteral("110105198003151015"))->value().id;
    secretary.position = PostKind::Secretary;
    secretary.votes = 3;
    e.candidates = {secretary};
    auto id = ElectionService(m_temp->db()).record(m_user, e);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));

    DueElectionsWidget widget(m_temp->db());
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* view = widget.findChild<QTableView*>(QStringLiteral("dueView"));
    auto* summary = widget.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* filter = widget.findChild<QComboBox*>(QStringLiteral("filterCombo"));
    QVERIFY(view && summary && filter);
    // Never elected: counted from the establishment, most overdue first; BR1 is due in 10 days.
    QCOMPARE(codes(view->model()), (QStringList{QStringLiteral("COM1"), QStringLiteral("GB1"), QStringLiteral("BR3"),
                                                QStringLiteral("BR2"), QStringLiteral("BR1")}));
    QCOMPARE(summary->text(),
             QStringLiteral("5 organization(s): 4 with the term expired, 1 expiring within 6 month(s)."));
    const QAbstractItemModel* model = view->model();
    QCOMPARE(model->index(4, DueElectionsModel::StatusColumn).data().toString(), QStringLiteral("due in 10 day(s)"));
    QCOMPARE(model->index(4, DueElectionsModel::DueOnColumn).data().toString(), QStringLiteral("2026-12-01"));
    QCOMPARE(model->index(4, DueElectionsModel::TermStartedColumn).data().toString(), QStringLiteral("2023-12-01"));
    QCOMPARE(model->index(4, 0).data(DueElectionsModel::DaysOverdueRole).toInt(), -10);
    QVERIFY(!model->index(4, 0).data(DueElectionsModel::ExpiredRole).toBool());
    QVERIFY(!model->index(4, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model->index(3, DueElectionsModel::TermStartedColumn).data().toString(),
             QStringLiteral("2005-06-01 (established)"));
    QCOMPARE(model->index(3, DueElectionsModel::TypeColumn).data().toString(), QStringLiteral("Branch"));
    QVERIFY(
        model->index(3, DueElectionsModel::StatusColumn).data().toString().startsWith(QStringLiteral("overdue by")));
    QVERIFY(model->index(3, 0).data(Qt::ForegroundRole).isValid()); // expired: red

    filter->setCurrentIndex(filter->findData(int(DueElectionsModel::Filter::ExpiringSoon)));
    QCOMPARE(codes(view->model()), QStringList{QStringLiteral("BR1")});
    filter->setCurrentIndex(filter->findData(int(DueElectionsModel::Filter::Expired)));
    QCOMPARE(view->model()->rowCount(), 4);

    // Postponed by half a year: BR1 leaves the reminder window.
    Postponement p{0, org(QStringLiteral("BR1")), QDate(2026, 11, 1), QDate(2027, 6, 1), {}, {}};
    QVERIFY(ElectionService(m_temp->db()).recordPostponement(m_user, p).ok());
    filter->setCurrentIndex(filter->findData(int(DueElectionsModel::Filter::All)));
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(!codes(view->model()).contains(QStringLiteral("BR1")));
}

void TestElectionsDue::dateSubtreeAndActivation()
{
    DueElectionsWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* asOf = widget.findChild<QLineEdit*>(QStringLiteral("asOfEdit"));
    auto* refresh = widget.findChild<QPushButton*>(QStringLiteral("refreshButton"));
    auto* view = widget.findChild<QTableView*>(QStringLiteral("dueView"));
    QVERIFY(asOf && refresh && view);
    QCOMPARE(asOf->text(), QStringLiteral("2026-11-21"));

    // On 2002-12-31 BR1 (established 2000, 3 years) is due within six months, GB1 too;
    // BR2 did not exist; COM1 (1995 + 5) had expired.
    asOf->clear();
    QTest::keyClicks(asOf, QStringLiteral("2002-12-31"));
    QTest::mouseClick(refresh, Qt::LeftButton);
    QCOMPARE(widget.asOf(), QDate(2002, 12, 31));
    QCOMPARE(codes(view->model()), (QStringList{QStringLiteral("COM1"), QStringLiteral("BR1"), QStringLiteral("GB1")}));

    widget.setRootOrganization(org(QStringLiteral("GB1")));
    QCOMPARE(codes(view->model()), (QStringList{QStringLiteral("BR1"), QStringLiteral("GB1")}));
    QVERIFY(widget.findChild<QLabel*>(QStringLiteral("scopeLabel"))->text().contains(QStringLiteral("GB1")));

    // A date that is not one is said, the list stays.
    asOf->clear();
    QTest::keyClicks(asOf, QStringLiteral("2002-02-30"));
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(widget.findChild<QLabel*>(QStringLiteral("dueErrorLabel"))->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);

    QSignalSpy activated(&widget, &DueElectionsWidget::organizationActivated);
    const QModelIndex gb1 = view->model()->index(1, DueElectionsModel::NameColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gb1).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gb1).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), org(QStringLiteral("GB1")));
}

QTEST_MAIN(TestElectionsDue)
#include "tst_electionsdue.moc"
