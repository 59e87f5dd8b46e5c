#include "TempDatabase.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QTest>

class TestOrganizationService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAndRefusesDuplicates();
    void refusesBadParents();
    void treeOnDate();
    void renameIsDated();
    void dissolutionNeedsEmptyRoll();

private:
    Organization make(const QString& code, OrgType type, qint64 parent, const QDate& established = QDate(2000, 1, 1));
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<OrganizationService> m_service;
    UserContext m_user = UserContext::localUser();
};

void TestOrganizationService::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_service = std::make_unique<OrganizationService>(m_temp->db());
}

void TestOrganizationService::cleanup()
{
    m_service.reset();
    m_temp.reset();
}

Organization TestOrganizationService::make(const QString& code, OrgType type, qint64 parent, const QDate& established)
{
    Organization org;
    org.code = code;
    org.name = code + QStringLiteral("党组织");
    org.type = type;
    org.parentId = parent;
    org.establishedOn = established;
    return org;
}

void TestOrganizationService::createsAndRefusesDuplicates()
{
    const auto id = m_service->create(m_user, make(QStringLiteral("C1"), OrgType::Committee, 0));
    QVERIFY(id.ok());
    const auto again = m_service->create(m_user, make(QStringLiteral("C1"), OrgType::Committee, 0));
    QVERIFY(!again.ok());
    QCOMPARE(int(again.error().kind()), int(Error::Kind::Conflict));
    QCOMPARE(again.error().field(), QStringLiteral("code"));
    const auto noName = m_service->create(m_user, Organization{});
    QVERIFY(!noName.ok());
}

void TestOrganizationService::refusesBadParents()
{
    const qint64 branch = *m_service->create(m_user, make(QStringLiteral("B1"), OrgType::Branch, 0));
    // A committee under a branch.
    const auto wrongType = m_service->create(m_user, make(QStringLiteral("C1"), OrgType::Committee, branch));
    QVERIFY(!wrongType.ok());
    QCOMPARE(wrongType.error().field(), QStringLiteral("parent"));
    // A parent established after the child.
    const qint64 late =
        *m_service->create(m_user, make(QStringLiteral("C2"), OrgType::Committee, 0, QDate(2010, 1, 1)));
    QVERIFY(!m_service->create(m_user, make(QStringLiteral("B2"), OrgType::Branch, late, QDate(2005, 1, 1))).ok());
    QVERIFY(m_service->create(m_user, make(QStringLiteral("B3"), OrgType::Branch, late, QDate(2011, 1, 1))).ok());
    // Unknown parent.
    QVERIFY(!m_service->create(m_user, make(QStringLiteral("B4"), OrgType::Branch, 999)).ok());
}

void TestOrganizationService::treeOnDate()
{
    const qint64 c1 = *m_service->create(m_user, make(QStringLiteral("C1"), OrgType::Committee, 0));
    const qint64 c2 = *m_service->create(m_user, make(QStringLiteral("C2"), OrgType::Committee, 0));
    const qint64 b1 = *m_service->create(m_user, make(QStringLiteral("B1"), OrgType::Branch, c1));
    QVERIFY(
        m_service->recordEvent(m_user, OrgEvent{0, b1, QDate(2015, 1, 1), OrgEventKind::Reaffiliated, c2, {}}).ok());
    const auto before = m_service->subtreeOn(m_user, c1, QDate(2014, 12, 31));
    QVERIFY(before->contains(b1));
    QVERIFY(!m_service->subtreeOn(m_user, c1, QDate(2015, 1, 1))->contains(b1));
    QVERIFY(m_service->subtreeOn(m_user, c2, QDate(2015, 1, 1))->contains(b1));
    // Before its establishment an organization is in no tree.
    QVERIFY(m_service->subtreeOn(m_user, 0, QDate(1999, 12, 31))->isEmpty());
    // A cycle is refused: C2 cannot go under B1 (and B1 is of a lower type anyway).
    QVERIFY(
        !m_service->recordEvent(m_user, OrgEvent{0, c2, QDate(2016, 1, 1), OrgEventKind::Reaffiliated, b1, {}}).ok());
    // Recording the same event twice changes nothing.
    const auto events = m_service->events(m_user, b1);
    QVERIFY(
        m_service->recordEvent(m_user, OrgEvent{0, b1, QDate(2015, 1, 1), OrgEventKind::Reaffiliated, c2, {}}).ok());
    QCOMPARE(m_service->events(m_user, b1)->size(), events->size());
}

void TestOrganizationService::renameIsDated()
{
    const qint64 c1 = *m_service->create(m_user, make(QStringLiteral("C1"), OrgType::Committee, 0));
    QVERIFY(m_service
                ->recordEvent(
                    m_user, OrgEvent{0, c1, QDate(2020, 1, 1), OrgEventKind::Renamed, 0, QStringLiteral("新名称党委")})
                .ok());
    const auto tree2019 = m_service->treeOn(m_user, QDate(2019, 6, 1));
    const auto tree2021 = m_service->treeOn(m_user, QDate(2021, 6, 1));
    QCOMPARE(tree2019->first().name, QStringLiteral("C1党组织"));
    QCOMPARE(tree2021->first().name, QStringLiteral("新名称党委"));
    // nameOn agrees with the tree, the day before and on the day of the renaming.
    QCOMPARE(*m_service->nameOn(m_user, c1, QDate(2019, 12, 31)), QStringLiteral("C1党组织"));
    QCOMPARE(*m_service->nameOn(m_user, c1, QDate(2020, 1, 1)), QStringLiteral("新名称党委"));
    QVERIFY(m_service->nameOn(m_user, 999999, QDate(2020, 1, 1))->isEmpty());
}

void TestOrganizationService::dissolutionNeedsEmptyRoll()
{
    const qint64 c1 = *m_service->create(m_user, make(QStringLiteral("C1"), OrgType::Committee, 0));
    const qint64 b1 = *m_service->create(m_user, make(QStringLiteral("B1"), OrgType::Branch, c1));
    const qint64 b2 = *m_service->create(m_user, make(QStringLiteral("B2"), OrgType::Branch, c1));
    MemberService members(m_temp->db());
    Member m;
    m.name = QStringLiteral("张伟");
    m.idNumber = QStringLiteral("110105198003151015");
    const auto id = members.admit(m_user, m, QDate(2005, 7, 1), b1);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    const auto refused =
        m_service->recordEvent(m_user, OrgEvent{0, b1, QDate(2020, 1, 1), OrgEventKind::Dissolved, 0, {}});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message().contains(QStringLiteral("B1")));
    // The parent cannot be dissolved while B1 and B2 hang under it.
    QVERIFY(!m_service->recordEvent(m_user, OrgEvent{0, c1, QDate(2020, 1, 1), OrgEventKind::Dissolved, 0, {}}).ok());
    QVERIFY(members.recordEvent(m_user, MembershipEvent{0, *id, QDate(2019, 12, 1), EventKind::Moved, b2, {}}).ok());
    QVERIFY(m_service->recordEvent(m_user, OrgEvent{0, b1, QDate(2020, 1, 1), OrgEventKind::Dissolved, 0, {}}).ok());
    // Nobody can be moved into a dissolved organization.
    const auto late = members.recordEvent(m_user, MembershipEvent{0, *id, QDate(2021, 1, 1), EventKind::Moved, b1, {}});
    QVERIFY(!late.ok());
    QCOMPARE(m_service->subtreeOn(m_user, c1, QDate(2020, 6, 1))->size(), 2); // C1 and B2
}

QTEST_GUILESS_MAIN(TestOrganizationService)
#include "tst_organizationservice.moc"
