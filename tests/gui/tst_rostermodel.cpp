#include "TempDatabase.h"
#include "gui/members/RosterModel.h"
#include "services/DataGenerator.h"
#include "services/OrganizationService.h"
#include "store/MemberStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// RosterModel on a generated database of a few hundred members: lazy pages, SQL sorting,
// search, checked throughout by QAbstractItemModelTester.
class TestRosterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void headers();
    void fetchMoreLoadsPages();
    void sortingRequeries();
    void searchResetsAndCounts();
    void organizations();
    void keysetPagesThenPositionPages();

private:
    void fetchAll();
    QSet<qint64> ids() const;

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<RosterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_onRoll = 0;
};

void TestRosterModel::initTestCase()
{
    m_temp = std::make_unique<TempDatabase>();
    GeneratorOptions options;
    options.members = 700;
    options.orgs = 30;
    options.years = 5;
    options.seed = 7;
    const auto generated = DataGenerator(m_temp->db()).generate(UserContext::localUser(), options);
    QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().message()));
    const auto onRoll = MemberStore(m_temp->db()).countOnRoll();
    QVERIFY(onRoll.ok());
    m_onRoll = *onRoll;
    QVERIFY2(m_onRoll > 2 * RosterModel::PageSize, "the test needs more than two pages");
}

void TestRosterModel::cleanupTestCase()
{
    m_temp.reset();
}

void TestRosterModel::init()
{
    m_model = std::make_unique<RosterModel>(m_temp->db());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setAllOrganizations();
}

void TestRosterModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestRosterModel::fetchAll()
{
    // Pages come from the worker's snapshot (only the whole roll in record order before it).
    QTRY_VERIFY(!m_model->isCounting());
    for (int guard = 0; guard < 1000 && m_model->canFetchMore({}); ++guard) {
        m_model->fetchMore({});
    }
    QVERIFY(!m_model->canFetchMore({}));
}

QSet<qint64> TestRosterModel::ids() const
{
    QSet<qint64> result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        result.insert(m_model->index(row, 0).data(RosterModel::MemberIdRole).toLongLong());
    }
    return result;
}

void TestRosterModel::headers()
{
    QCOMPARE(m_model->columnCount(), 11);
    const QStringList expected{QStringLiteral("Name"),
                               QStringLiteral("Gender"),
                               QStringLiteral("Citizen ID number"),
                               QStringLiteral("Birth date"),
                               QStringLiteral("Category"),
                               QStringLiteral("Organization"),
                               QStringLiteral("Admitted"),
                               QStringLiteral("Full member since"),
                               QStringLiteral("Education"),
                               QStringLiteral("Occupation"),
                               QStringLiteral("Phone")};
    for (int column = 0; column < expected.size(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected[column]);
    }
}

void TestRosterModel::fetchMoreLoadsPages()
{
    // The whole roll in record order: the first page at once, before the snapshot.
    QVERIFY(m_model->isCounting());
    QVERIFY(m_model->canFetchMore({}));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), RosterModel::PageSize);
    QTRY_COMPARE(m_model->totalCount(), m_onRoll);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 2 * RosterModel::PageSize);
    QCOMPARE(inserted.count(), 2);
    fetchAll();
    QCOMPARE(qint64(m_model->rowCount()), m_onRoll);
    QCOMPARE(qint64(ids().size()), m_onRoll); // every member once

    // Display values: vocabulary labels and dates as text.
    const QSet<QString> categories{QStringLiteral("Probationary member"), QStringLiteral("Full member")};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(categories.contains(m_model->index(row, RosterModel::CategoryColumn).data().toString()));
        QVERIFY(!m_model->index(row, RosterModel::NameColumn).data().toString().isEmpty());
        QVERIFY(!m_model->index(row, RosterModel::OrganizationColumn).data().toString().isEmpty());
        QCOMPARE(m_model->index(row, RosterModel::BirthDateColumn).data().toString().size(), 10);
        QCOMPARE(m_model->index(row, RosterModel::PhoneColumn).data(RosterModel::MemberIdRole).toLongLong(),
                 m_model->memberId(row));
    }
}

void TestRosterModel::sortingRequeries()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(RosterModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    // A sorted query shows nothing before its snapshot, then its first page by itself.
    QVERIFY(!m_model->canFetchMore({}));
    QTRY_COMPARE(m_model->rowCount(), RosterModel::PageSize);
    fetchAll();
    QCOMPARE(qint64(m_model->rowCount()), m_onRoll);
    QCOMPARE(qint64(ids().size()), m_onRoll);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QString previous = m_model->index(row - 1, RosterModel::NameColumn).data().toString();
        const QString current = m_model->index(row, RosterModel::NameColumn).data().toString();
        QVERIFY2(previous.toUtf8() >= current.toUtf8(), qPrintable(previous + QStringLiteral(" < ") + current));
    }

    m_model->sort(RosterModel::AdmittedColumn, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 2);
    fetchAll();
    QCOMPARE(qint64(ids().size()), m_onRoll);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1, RosterModel::AdmittedColumn).data().toString() <=
                m_model->index(row, RosterModel::AdmittedColumn).data().toString());
    }
    m_model->sort(RosterModel::AdmittedColumn, Qt::AscendingOrder); // unchanged: no reset
    QCOMPARE(reset.count(), 2);
    m_model->sort(-1); // record order
    QCOMPARE(reset.count(), 3);
    m_model->fetchMore({});
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->memberId(row - 1) < m_model->memberId(row));
    }
}

void TestRosterModel::searchResetsAndCounts()
{
    m_model->fetchMore({});
    const QString surname = m_model->index(0, RosterModel::NameColumn).data().toString().left(1);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counted(m_model.get(), &RosterModel::totalCountChanged);
    m_model->setSearchText(surname);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(counted.first().first().toLongLong(), -1); // counting, on a worker
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_VERIFY(m_model->totalCount() > 0);
    QVERIFY(m_model->totalCount() < m_onRoll);
    QCOMPARE(counted.count(), 2);
    QCOMPARE(counted.last().first().toLongLong(), m_model->totalCount());
    fetchAll();
    QTRY_COMPARE(qint64(m_model->rowCount()), m_model->totalCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, RosterModel::NameColumn).data().toString().contains(surname));
    }

    m_model->setSearchText(surname); // unchanged
    QCOMPARE(reset.count(), 1);

    // An ID number prefix finds that member.
    const QString idNumber = m_model->index(0, RosterModel::IdNumberColumn).data().toString();
    const qint64 memberId = m_model->memberId(0);
    m_model->setSearchText(idNumber.left(17));
    QTRY_VERIFY(m_model->totalCount() >= 1);
    fetchAll();
    QVERIFY(ids().contains(memberId));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, RosterModel::IdNumberColumn).data().toString().startsWith(idNumber.left(17)));
    }

    m_model->setSearchText(QStringLiteral("no such member 无此人"));
    QTRY_COMPARE(m_model->totalCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 0);

    m_model->setSearchText(QString());
    QTRY_COMPARE(m_model->totalCount(), m_onRoll);
}

void TestRosterModel::organizations()
{
    OrganizationService orgs(m_temp->db());
    const auto all = orgs.all(UserContext::localUser());
    QVERIFY(all.ok());
    QVERIFY(!all->isEmpty());
    // The roll of every organization is the roll of the whole database.
    QList<qint64> every;
    for (const Organization& org : *all) {
        every.append(org.id);
    }
    m_model->setOrganizations(every);
    QTRY_COMPARE(m_model->totalCount(), m_onRoll);
    fetchAll();
    QCOMPARE(qint64(ids().size()), m_onRoll);

    // One root and its subtree: a part of it, with codes of that subtree only.
    const qint64 root = all->first().id;
    const auto subtree = orgs.subtreeOn(UserContext::localUser(), root, QDate(2026, 11, 21));
    QVERIFY(subtree.ok());
    QSet<QString> codes;
    for (const Organization& org : *all) {
        if (subtree->contains(org.id)) {
            codes.insert(org.code);
        }
    }
    m_model->setOrganizations(*subtree);
    fetchAll();
    QTRY_COMPARE(qint64(m_model->rowCount()), m_model->totalCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        // Shown by name, with the code in the tooltip "name（code）".
        const QString tip = m_model->index(row, RosterModel::OrganizationColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(codes.contains(tip.section(QStringLiteral("（"), -1).chopped(1)));
    }

    m_model->setOrganizations({});
    QTRY_COMPARE(m_model->totalCount(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestRosterModel::keysetPagesThenPositionPages()
{
    // The first page comes from the keyset query at once; once the worker's ordered ids arrive
    // the next pages are read by position. The hand-over keeps the order, loses and repeats no row.
    m_model->sort(RosterModel::NameColumn, Qt::DescendingOrder);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->totalCount(), m_onRoll);
    fetchAll();
    QCOMPARE(qint64(m_model->rowCount()), m_onRoll);
    QCOMPARE(qint64(ids().size()), m_onRoll);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QString before = m_model->index(row - 1, RosterModel::NameColumn).data().toString();
        const QString here = m_model->index(row, RosterModel::NameColumn).data().toString();
        QVERIFY2(before >= here, qPrintable(before + QStringLiteral(" / ") + here));
    }
}

QTEST_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"
