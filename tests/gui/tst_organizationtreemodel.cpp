#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "core/UserContext.h"
#include "gui/organizations/OrganizationTreeModel.h"
#include "services/ElectionService.h"
#include "services/OrganizationService.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QIcon>
#include <QTest>

#include <memory>

class TestOrganizationTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rollCountsOfTheService();
    void passesTheModelTester();
    void treeShape();
    void nameIconAndTooltip();
    void counts();
    void dissolvedOrganizationFollowsTheDate();
    void orphansAndCyclesBecomeRoots();
    void largeTreeTiming();

private:
    qint64 idOf(const QString& code);
    std::unique_ptr<TempDatabase> m_temp;
    std::shared_ptr<Database> m_db;
    UserContext m_user = UserContext::localUser();
};

namespace {

QModelIndex find(const QAbstractItemModel& model, const QString& code)
{
    const QModelIndexList found =
        model.match(model.index(0, 0), OrganizationTreeModel::CodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

QStringList childCodes(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        codes.append(model.index(row, 0, parent).data(OrganizationTreeModel::CodeRole).toString());
    }
    return codes;
}

qint64 ownCountsBelow(const QAbstractItemModel& model, const QModelIndex& index)
{
    qint64 sum = index.data(OrganizationTreeModel::OwnCountRole).toLongLong();
    for (int row = 0; row < model.rowCount(index); ++row) {
        sum += ownCountsBelow(model, model.index(row, 0, index));
    }
    return sum;
}

} // namespace

void TestOrganizationTreeModel::initTestCase()
{
    Language::install(QStringLiteral("en"));
    m_temp = std::make_unique<TempDatabase>(); // pins today to 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
    auto opened = Database::open(m_temp->path(), Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    m_db = *opened;
}

void TestOrganizationTreeModel::cleanupTestCase()
{
    m_db.reset();
    m_temp.reset();
}

qint64 TestOrganizationTreeModel::idOf(const QString& code)
{
    OrganizationService orgs(*m_db);
    const auto org = orgs.findByCode(m_user, code);
    return org.ok() && org.value() ? org.value()->id : 0;
}

void TestOrganizationTreeModel::rollCountsOfTheService()
{
    OrganizationService orgs(*m_db);
    const auto today = orgs.rollCountsOn(m_user, QDate(2026, 11, 21));
    QVERIFY(today.ok());
    QCOMPARE(today->value(idOf(QStringLiteral("BR1"))), qint64(3)); // 张伟 back from TMP1, 李娜, 刘洋 moved in
    QCOMPARE(today->value(idOf(QStringLiteral("BR2"))), qint64(1)); // 王强; 陈静 transferred out
    QVERIFY(!today->contains(idOf(QStringLiteral("BR3"))));
    QVERIFY(!today->contains(idOf(QStringLiteral("TMP1"))));
    qint64 total = 0;
    for (const qint64 n : *today) {
        total += n;
    }
    QCOMPARE(total, qint64(4));

    const auto training = orgs.rollCountsOn(m_user, QDate(2024, 4, 1));
    QVERIFY(training.ok());
    QCOMPARE(training->value(idOf(QStringLiteral("TMP1"))), qint64(1));
    QCOMPARE(training->value(idOf(QStringLiteral("BR1"))), qint64(2));
    QVERIFY(!training->contains(idOf(QStringLiteral("BR2"))));
}

void TestOrganizationTreeModel::passesTheModelTester()
{
    OrganizationTreeModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(QDate(2026, 11, 21)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    QVERIFY(model.reload(QDate(2024, 4, 1)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    QVERIFY(model.reload(QDate(1980, 1, 1)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker // before any organization: empty
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.reload(QDate(2026, 11, 21)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    QCOMPARE(model.organizationCount(), 7);
}

void TestOrganizationTreeModel::treeShape()
{
    OrganizationTreeModel model(m_db);
    QVERIFY(model.reload(QDate(2026, 11, 21)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(childCodes(model, {}), QStringList{QStringLiteral("CITY")});
    const QModelIndex city = model.index(0, 0);
    QCOMPARE(childCodes(model, city), QStringList{QStringLiteral("COM1")});
    const QModelIndex com1 = model.index(0, 0, city);
    QCOMPARE(childCodes(model, com1), (QStringList{QStringLiteral("BR3"), QStringLiteral("GB1")}));
    const QModelIndex gb1 = find(model, QStringLiteral("GB1"));
    QCOMPARE(gb1.parent(), com1);
    QCOMPARE(childCodes(model, gb1), (QStringList{QStringLiteral("BR1"), QStringLiteral("BR2")}));
    const QModelIndex br1 = find(model, QStringLiteral("BR1"));
    QCOMPARE(br1.parent(), gb1);
    QCOMPARE(childCodes(model, br1), QStringList{QStringLiteral("GRP1")});
    QVERIFY(!model.hasChildren(find(model, QStringLiteral("GRP1"))));
    QVERIFY(model.flags(find(model, QStringLiteral("GRP1"))).testFlag(Qt::ItemNeverHasChildren));

    QCOMPARE(br1.data(OrganizationTreeModel::OrgIdRole).toLongLong(), idOf(QStringLiteral("BR1")));
    QCOMPARE(model.indexOf(idOf(QStringLiteral("BR1"))), br1);
    QVERIFY(!model.indexOf(idOf(QStringLiteral("TMP1"))).isValid());
    QCOMPARE(br1.data(OrganizationTreeModel::TypeRole).toInt(), int(OrgType::Branch));
    QCOMPARE(city.data(OrganizationTreeModel::TypeRole).toInt(), int(OrgType::HigherCommittee));
    QCOMPARE(gb1.data(OrganizationTreeModel::TypeRole).toInt(), int(OrgType::GeneralBranch));
}

void TestOrganizationTreeModel::nameIconAndTooltip()
{
    OrganizationTreeModel model(m_db);
    QVERIFY(model.reload(QDate(2026, 11, 21)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    const QModelIndex br1 = find(model, QStringLiteral("BR1"));
    QCOMPARE(br1.data().toString(), QStringLiteral("预算一科党支部"));
    QCOMPARE(find(model, QStringLiteral("COM1")).data().toString(), QStringLiteral("市财政局机关党委"));
    const QIcon icon = br1.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(16, 16).isNull());
    // One distinct icon per type.
    QVERIFY(model.iconFor(OrgType::Branch).cacheKey() != model.iconFor(OrgType::Committee).cacheKey());
    const QString tip = br1.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("BR1")) && tip.contains(QStringLiteral("Branch")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("3 member(s) on its own roll")) ||
                 tip.contains(QStringLiteral("3 members on its own roll")),
             qPrintable(tip));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Organization"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Members"));
}

void TestOrganizationTreeModel::counts()
{
    OrganizationTreeModel model(m_db);
    QVERIFY(model.reload(QDate(2026, 11, 21)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    const QModelIndex br1 = find(model, QStringLiteral("BR1"));
    QCOMPARE(br1.data(OrganizationTreeModel::OwnCountRole).toLongLong(), qint64(3));
    QCOMPARE(br1.data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(3)); // GRP1 holds nobody
    QCOMPARE(br1.siblingAtColumn(OrganizationTreeModel::CountColumn).data().toLongLong(), qint64(3));

    const QModelIndex com1 = find(model, QStringLiteral("COM1"));
    QCOMPARE(com1.data(OrganizationTreeModel::OwnCountRole).toLongLong(), qint64(0));
    QCOMPARE(com1.data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), ownCountsBelow(model, com1));
    QCOMPARE(com1.data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(4));
    QCOMPARE(com1.siblingAtColumn(OrganizationTreeModel::CountColumn).data().toLongLong(), qint64(4));
    QCOMPARE(find(model, QStringLiteral("GB1")).data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(4));
    QCOMPARE(find(model, QStringLiteral("BR3")).data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(0));
    QCOMPARE(model.index(0, 0).data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(4)); // CITY

    // The election badge comes with the counts: no election recorded, so BR1's term (from its
    // establishment in 2000) is long overdue; the days agree with the election service.
    const auto badges = ElectionService(*m_db).dueBadges(UserContext::localUser(), QDate(2026, 11, 21));
    QVERIFY(badges.ok());
    QVERIFY(badges->contains(br1.data(OrganizationTreeModel::OrgIdRole).toLongLong()));
    QCOMPARE(br1.data(OrganizationTreeModel::DueDaysRole).toInt(),
             badges->value(br1.data(OrganizationTreeModel::OrgIdRole).toLongLong()));
    QVERIFY(br1.data(OrganizationTreeModel::DueDaysRole).toInt() > 365);
    QCOMPARE(br1.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(br1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("election due")));
    // The party group holds no term: no badge.
    const QModelIndex group = find(model, QStringLiteral("GRP1"));
    QVERIFY(!group.data(OrganizationTreeModel::DueDaysRole).isValid());
    QVERIFY(!group.data(Qt::ForegroundRole).isValid());
}

void TestOrganizationTreeModel::dissolvedOrganizationFollowsTheDate()
{
    OrganizationTreeModel model(m_db);
    QVERIFY(model.reload(QDate(2026, 11, 21)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    QVERIFY(!find(model, QStringLiteral("TMP1")).isValid());

    QVERIFY(model.reload(QDate(2024, 4, 1)).ok());

    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    QCOMPARE(model.date(), QDate(2024, 4, 1));
    const QModelIndex tmp1 = find(model, QStringLiteral("TMP1"));
    QVERIFY(tmp1.isValid());
    QCOMPARE(tmp1.data().toString(), QStringLiteral("培训班临时党支部"));
    const QModelIndex com1 = find(model, QStringLiteral("COM1"));
    QCOMPARE(tmp1.parent(), com1);
    QCOMPARE(childCodes(model, com1),
             (QStringList{QStringLiteral("BR3"), QStringLiteral("GB1"), QStringLiteral("TMP1")}));
    QCOMPARE(tmp1.data(OrganizationTreeModel::OwnCountRole).toLongLong(), qint64(1)); // 张伟 in training
    QCOMPARE(find(model, QStringLiteral("BR1")).data(OrganizationTreeModel::OwnCountRole).toLongLong(), qint64(2));
    QCOMPARE(com1.data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(3));
    QCOMPARE(com1.data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), ownCountsBelow(model, com1));

    // The day of the dissolution it is gone.
    QVERIFY(model.reload(QDate(2024, 6, 30)).ok());
    QTRY_VERIFY(!model.countsPending()); // counts come from a worker
    QVERIFY(!find(model, QStringLiteral("TMP1")).isValid());
}

void TestOrganizationTreeModel::orphansAndCyclesBecomeRoots()
{
    using Node = OrganizationStore::Node;
    OrganizationTreeModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Node> nodes{
        Node{1, QStringLiteral("B"), QStringLiteral("b"), OrgType::Committee, 0},
        Node{2, QStringLiteral("A"), QStringLiteral("a"), OrgType::Committee, 0},
        Node{3, QStringLiteral("A2"), QStringLiteral("a2"), OrgType::Branch, 2},
        Node{4, QStringLiteral("A1"), QStringLiteral("a1"), OrgType::Branch, 2},
        Node{5, QStringLiteral("O"), QStringLiteral("orphan"), OrgType::Branch, 99}, // parent absent that day
        Node{6, QStringLiteral("X"), QStringLiteral("x"), OrgType::Branch, 7},       // a cycle X <-> Y
        Node{7, QStringLiteral("Y"), QStringLiteral("y"), OrgType::Branch, 6},
    };
    model.setTree(nodes, {{3, 5}, {4, 2}, {5, 1}, {6, 1}, {7, 1}}, QDate(2026, 1, 1));
    QCOMPARE(model.organizationCount(), 7);
    QCOMPARE(childCodes(model, {}),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("O"), QStringLiteral("X")}));
    const QModelIndex a = model.index(0, 0);
    QCOMPARE(childCodes(model, a), (QStringList{QStringLiteral("A1"), QStringLiteral("A2")}));
    QCOMPARE(a.data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(7));
    const QModelIndex x = model.index(3, 0);
    QCOMPARE(childCodes(model, x), QStringList{QStringLiteral("Y")});
    QCOMPARE(x.data(OrganizationTreeModel::SubtreeCountRole).toLongLong(), qint64(2));
    QVERIFY(model.indexOf(7).isValid());
}

void TestOrganizationTreeModel::largeTreeTiming()
{
    // Not a pass/fail check: prints how long building takes. A synthetic tree shaped like a
    // province (committees -> general branches -> branches -> groups), 50,000 organizations.
    using Node = OrganizationStore::Node;
    QList<Node> nodes;
    QHash<qint64, qint64> counts;
    qint64 id = 0;
    nodes.append(Node{++id, QStringLiteral("P"), QStringLiteral("省直机关工委"), OrgType::HigherCommittee, 0});
    while (nodes.size() < 50000) {
        const qint64 parent = 1 + (id * 7919) % qMax<qint64>(1, id / 8);
        ++id;
        nodes.append(Node{id, QStringLiteral("C%1").arg(id, 6, 10, QLatin1Char('0')),
                          QStringLiteral("第%1党支部").arg(id), OrgType::Branch, parent});
        counts.insert(id, id % 40);
    }
    OrganizationTreeModel model(m_db);
    QElapsedTimer timer;
    timer.start();
    model.setTree(nodes, counts, QDate(2026, 1, 1));
    qInfo("building the model from 50,000 loaded organizations: %lld ms", qint64(timer.elapsed()));
    QCOMPARE(model.organizationCount(), 50000);

    // With PARTYROLL_TREE_BENCH_DB naming a generated database (partyroll-cli generate), times
    // the whole reload() against it as well.
    const QString path = qEnvironmentVariable("PARTYROLL_TREE_BENCH_DB");
    if (path.isEmpty()) {
        return;
    }
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    OrganizationService orgs(**opened);
    timer.restart();
    const auto tree = orgs.treeOn(m_user, QDate(2026, 11, 21));
    QVERIFY(tree.ok());
    const qint64 treeMs = timer.restart();
    const auto rollCounts = orgs.rollCountsOn(m_user, QDate(2026, 11, 21));
    QVERIFY(rollCounts.ok());
    const qint64 countsMs = timer.restart();
    OrganizationTreeModel big(*opened);
    timer.restart();
    big.setTree(*tree, *rollCounts, QDate(2026, 11, 21));
    const qint64 buildMs = timer.restart();
    QVERIFY(big.reload(QDate(2026, 11, 21)).ok());
    const qint64 reloadMs = timer.elapsed();
    qint64 members = 0;
    for (int row = 0; row < big.rowCount(); ++row) {
        members += big.index(row, 0).data(OrganizationTreeModel::SubtreeCountRole).toLongLong();
    }
    qInfo("%s: %d organizations, %lld members on the roll; treeOn %lld ms, rollCountsOn %lld ms, "
          "setTree %lld ms; reload() in all %lld ms",
          qPrintable(path), big.organizationCount(), members, treeMs, countsMs, buildMs, reloadMs);
}

QTEST_MAIN(TestOrganizationTreeModel)
#include "tst_organizationtreemodel.moc"
