#include "TempDatabase.h"
#include "core/OrgHistory.h"
#include "store/OrganizationStore.h"

#include <QTest>

class TestOrganizationStore : public QObject
{
    Q_OBJECT

private slots:
    void subtreeFollowsDatedLinks();
    void nameOnDate();
};

namespace {

qint64 add(OrganizationStore& store, const QString& code, OrgType type, qint64 parent, const QDate& established)
{
    Organization org;
    org.code = code;
    org.name = code;
    org.type = type;
    org.parentId = parent;
    org.establishedOn = established;
    org.id = *store.insert(org);
    if (!store.saveDerived(org.id, OrgHistory::build(org, {})).ok()) {
        qFatal("saveDerived failed");
    }
    return org.id;
}

} // namespace

void TestOrganizationStore::subtreeFollowsDatedLinks()
{
    TempDatabase temp;
    OrganizationStore store(temp.db());
    const qint64 root = add(store, QStringLiteral("R"), OrgType::Committee, 0, QDate(1990, 1, 1));
    const qint64 a = add(store, QStringLiteral("A"), OrgType::GeneralBranch, root, QDate(1990, 1, 1));
    const qint64 b = add(store, QStringLiteral("B"), OrgType::Branch, a, QDate(2000, 1, 1));
    const qint64 c = add(store, QStringLiteral("C"), OrgType::GeneralBranch, root, QDate(1995, 1, 1));
    // B moves from A to C on 2010-01-01.
    Organization bOrg = **store.findById(b);
    const OrgEvent move{0, b, QDate(2010, 1, 1), OrgEventKind::Reaffiliated, c, {}};
    QVERIFY(store.insertEvent(move).ok());
    QVERIFY(store.saveDerived(b, OrgHistory::build(bOrg, {move})).ok());

    auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(sorted(*store.subtreeOn(a, QDate(2009, 12, 31))), QList<qint64>({a, b}));
    QCOMPARE(sorted(*store.subtreeOn(a, QDate(2010, 1, 1))), QList<qint64>({a}));
    QCOMPARE(sorted(*store.subtreeOn(c, QDate(2010, 1, 1))), QList<qint64>({b, c}));
    QCOMPARE(sorted(*store.subtreeOn(root, QDate(1999, 1, 1))), QList<qint64>({root, a, c}));
    QCOMPARE(store.subtreeOn(0, QDate(1989, 1, 1))->size(), 0);
    QCOMPARE(*store.parentOn(b, QDate(2009, 1, 1)), std::optional<qint64>(a));
    QCOMPARE(*store.parentOn(b, QDate(2011, 1, 1)), std::optional<qint64>(c));
    QCOMPARE(*store.parentOn(b, QDate(1999, 1, 1)), std::optional<qint64>());
}

void TestOrganizationStore::nameOnDate()
{
    TempDatabase temp;
    OrganizationStore store(temp.db());
    const qint64 a = add(store, QStringLiteral("A"), OrgType::Branch, 0, QDate(1990, 1, 1));
    QVERIFY(store.insertEvent(OrgEvent{0, a, QDate(2000, 1, 1), OrgEventKind::Renamed, 0, QStringLiteral("新")}).ok());
    QCOMPARE(*store.nameOn(a, QDate(1999, 12, 31)), QStringLiteral("A"));
    QCOMPARE(*store.nameOn(a, QDate(2000, 1, 1)), QStringLiteral("新"));
}

QTEST_GUILESS_MAIN(TestOrganizationStore)
#include "tst_organizationstore.moc"
