// The audit viewer: a lazy, read-only table of the trail with its filters, driven by
// objectName like a user would.

#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/audit/AuditModel.h"
#include "gui/audit/AuditViewer.h"
#include "gui/common/OrganizationPicker.h"
#include "services/MemberService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class TestAuditViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPagesLazily();
    void filterByMember();
    void filterByUserAndKind();
    void filterByDates();
    void unknownMemberShowsNothing();
    void filterByOrganization();
    void cellsInTheUsersTermsTooltipsAsStored();
    void readOnlyWithDetails();

private:
    template <typename T> T* child(const char* name)
    {
        T* found = m_viewer->findChild<T*>(QLatin1StringView(name));
        if (found == nullptr) {
            qFatal("no %s", name);
        }
        return found;
    }
    void apply() { QTest::mouseClick(child<QPushButton>("auditApplyButton"), Qt::LeftButton); }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<AuditViewer> m_viewer;
    UserContext m_user = UserContext::localUser();
    qint64 m_zhang = 0;
};

void TestAuditViewer::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestAuditViewer::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(Fixtures::import(m_temp->db(), true));
    // 450 changes by "frank": more than two pages of the model.
    m_temp->db().setActor(QStringLiteral("frank"));
    MemberService service(m_temp->db());
    Member m = *service.findByIdNumber(m_user, QStringLiteral("110105198003151015")).value();
    m_zhang = m.id;
    for (int i = 0; i < 450; ++i) {
        m.phone = QStringLiteral("139%1").arg(i, 8, 10, QChar(u'0'));
        QVERIFY(service.update(m_user, m).ok());
    }
    m_viewer = std::make_unique<AuditViewer>(m_temp->db(), m_user);
    m_viewer->resize(1000, 700);
    m_viewer->show();
}

void TestAuditViewer::cleanup()
{
    m_viewer.reset();
    m_temp.reset();
}

void TestAuditViewer::modelPagesLazily()
{
    // A model of its own: a shown view asks for more pages while its viewport is not full.
    auto ownModel = std::make_unique<AuditModel>(m_temp->db(), m_user);
    AuditModel* model = ownModel.get();
    QCOMPARE(model->rowCount(), 0); // nothing before a filter
    QVERIFY(!model->canFetchMore({}));
    model->setFilter(AuditFilter{});
    QCOMPARE(model->rowCount(), AuditModel::PageSize); // the first page only
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * AuditModel::PageSize);
    // The tester fetches more pages itself, and checks a new filter's reset and pages.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setFilter(AuditFilter{});
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    auto q = m_temp->db().exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(model->rowCount(), q->value(0).toInt());
    // Newest first, no row twice.
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->entry(row).id < model->entry(row - 1).id);
    }
    QCOMPARE(model->index(0, AuditModel::After).data().toString(), QStringLiteral("13900000449"));
    QCOMPARE(model->index(0, AuditModel::Before).data().toString(), QStringLiteral("13900000448"));
    QCOMPARE(model->index(0, AuditModel::Login).data().toString(), QStringLiteral("frank"));
    QCOMPARE(model->index(0, AuditModel::Field).data().toString(), QStringLiteral("Phone"));
    QCOMPARE(model->index(0, AuditModel::Action).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model->headerData(AuditModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time"));
}

void TestAuditViewer::filterByMember()
{
    QTest::keyClicks(child<QLineEdit>("auditMemberFilter"), QStringLiteral("440305197511113130"));
    apply();
    AuditModel* model = m_viewer->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < 20); // 刘洋: admission, conversion, move, a post
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->entry(row).memberId != m_zhang);
        QVERIFY(model->entry(row).memberId != 0);
    }
    QVERIFY(child<QLabel>("auditStatus")->text().isEmpty());
}

void TestAuditViewer::filterByUserAndKind()
{
    auto* login = child<QComboBox>("auditLoginFilter");
    QVERIFY(login->findText(QStringLiteral("frank")) >= 0); // offered from the trail
    login->setCurrentIndex(login->findText(QStringLiteral("local")));
    auto* kind = child<QComboBox>("auditKindFilter");
    kind->setCurrentIndex(kind->findData(QStringLiteral("posts")));
    apply();
    AuditModel* model = m_viewer->model();
    QCOMPARE(model->rowCount(), 3); // posts.csv
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entry(row).login, QStringLiteral("local"));
        QCOMPARE(model->entry(row).recordKind, QStringLiteral("posts"));
    }
    // Named by what the post is and whose: the oldest is 张伟's, secretary of BR1.
    QCOMPARE(model->index(2, AuditModel::Record).data().toString(),
             QStringLiteral("Secretary of 张伟 (110105198003151015) in 预算一科党支部 (BR1)"));
    // A login typed by hand.
    login->setCurrentIndex(0);
    QTest::keyClicks(login->lineEdit(), QStringLiteral("nobody"));
    apply();
    QCOMPARE(model->rowCount(), 0);
}

void TestAuditViewer::filterByDates()
{
    auto* sinceOn = child<QCheckBox>("auditSinceCheck");
    auto* since = child<QDateEdit>("auditSinceEdit");
    QVERIFY(!since->isEnabled());
    sinceOn->setChecked(true);
    QVERIFY(since->isEnabled());
    since->setDate(QDate::currentDate().addDays(1));
    apply();
    QCOMPARE(m_viewer->model()->rowCount(), 0);
    since->setDate(QDate::currentDate());
    apply();
    QVERIFY(m_viewer->model()->rowCount() >= AuditModel::PageSize);
    auto* untilOn = child<QCheckBox>("auditUntilCheck");
    untilOn->setChecked(true);
    child<QDateEdit>("auditUntilEdit")->setDate(QDate::currentDate().addDays(-1));
    since->setDate(QDate::currentDate().addDays(-10));
    apply();
    QCOMPARE(m_viewer->model()->rowCount(), 0);
}

void TestAuditViewer::unknownMemberShowsNothing()
{
    QTest::keyClicks(child<QLineEdit>("auditMemberFilter"), QStringLiteral("110105198003151023"));
    QTest::keyClick(child<QLineEdit>("auditMemberFilter"), Qt::Key_Return);
    QCOMPARE(m_viewer->model()->rowCount(), 0);
    QVERIFY(!m_viewer->model()->canFetchMore({}));
    QVERIFY(child<QLabel>("auditStatus")->text().contains(QStringLiteral("110105198003151023")));
    child<QLineEdit>("auditMemberFilter")->clear();
    apply();
    QVERIFY(m_viewer->model()->rowCount() >= AuditModel::PageSize);
    QVERIFY(child<QLabel>("auditStatus")->text().isEmpty());
}

void TestAuditViewer::readOnlyWithDetails()
{
    auto* table = child<QTableView>("auditTable");
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    AuditModel* model = m_viewer->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QVERIFY(!(model->flags(model->index(0, column)) & Qt::ItemIsEditable));
    }
    // No action of the viewer writes: the trail is as long after using it as before.
    auto count = [this] {
        auto q = m_temp->db().exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    };
    const qint64 before = count();
    table->setCurrentIndex(model->index(0, AuditModel::Field));
    const QString details = child<QPlainTextEdit>("auditDetails")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Field: Phone")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Before: 13900000448")));
    QVERIFY(details.contains(QStringLiteral("After: 13900000449")));
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(count(), before);
}

void TestAuditViewer::filterByOrganization()
{
    auto* picker = child<OrganizationPicker>("auditOrgFilter");
    auto* subtree = child<QCheckBox>("auditSubtreeCheck");
    QVERIFY(subtree->isChecked()); // the subtree by default, as the CLI's --org
    QVERIFY(picker->currentText().isEmpty());
    // Chosen from the list (QTest types ASCII only): 预算处党总支（GB1）.
    picker->setCurrentIndex(picker->findText(QStringLiteral("（GB1）"), Qt::MatchEndsWith));
    QCOMPARE(picker->currentText(), QStringLiteral("预算处党总支（GB1）"));
    const qint64 gb1 = picker->organizationId();
    QVERIFY(gb1 != 0);
    QTest::mouseClick(subtree, Qt::LeftButton);
    QVERIFY(!subtree->isChecked());
    apply();
    AuditModel* model = m_viewer->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entry(row).orgId, gb1);
    }
    const int alone = model->rowCount();
    QCOMPARE(model->index(alone - 1, AuditModel::Record).data().toString(),
             QStringLiteral("Organization 预算处党总支 (GB1)"));

    // With those under it: BR1, where frank changed 张伟's phone 450 times.
    QTest::mouseClick(subtree, Qt::LeftButton);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), AuditModel::PageSize);
    QCOMPARE(model->entry(0).memberId, m_zhang);
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QVERIFY(model->rowCount() > alone + 450);
    QVERIFY(child<QLabel>("auditStatus")->text().isEmpty());

    // A name that is no organization shows nothing, and says so.
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("nowhere"));
    apply();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(child<QLabel>("auditStatus")->text().contains(QStringLiteral("nowhere")));
    picker->lineEdit()->clear();
    apply();
    QVERIFY(model->rowCount() >= AuditModel::PageSize);
}

void TestAuditViewer::cellsInTheUsersTermsTooltipsAsStored()
{
    AuditModel* model = m_viewer->model();
    QCOMPARE(model->index(0, AuditModel::Record).data().toString(), QStringLiteral("Member 张伟 (110105198003151015)"));
    QCOMPARE(model->index(0, AuditModel::Record).data(Qt::ToolTipRole).toString(),
             QStringLiteral("members #%1").arg(m_zhang));
    QCOMPARE(model->index(0, AuditModel::Field).data(Qt::ToolTipRole).toString(), QStringLiteral("phone"));
    QCOMPARE(model->index(0, AuditModel::Before).data(Qt::ToolTipRole).toString(), QStringLiteral("13900000448"));

    // A record's insert: its fields in words, the stored JSON in the tooltip and the details.
    auto* kind = child<QComboBox>("auditKindFilter");
    kind->setCurrentIndex(kind->findData(QStringLiteral("posts")));
    apply();
    QCOMPARE(model->rowCount(), 3);
    const QString after = model->index(2, AuditModel::After).data().toString();
    QVERIFY2(after.contains(QStringLiteral("Post: Secretary")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("Organization: 预算一科党支部 (BR1)")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("Also administrative head: yes")), qPrintable(after));
    const QString stored = model->index(2, AuditModel::After).data(Qt::ToolTipRole).toString();
    QVERIFY2(stored.startsWith(u'{') && stored.contains(QStringLiteral("\"kind\":1")), qPrintable(stored));
    auto* table = child<QTableView>("auditTable");
    table->setCurrentIndex(model->index(2, AuditModel::After));
    const QString details = child<QPlainTextEdit>("auditDetails")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("After: ") + after), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Stored after: ") + stored), qPrintable(details));
}

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
