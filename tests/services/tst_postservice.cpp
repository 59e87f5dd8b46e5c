#include "TempDatabase.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"
#include "store/PostStore.h"

#include <QTest>

class TestPostService : public QObject
{
    Q_OBJECT

private slots:
    void assignAndEnd();
    void refusals();
};

namespace {

struct Fixture
{
    TempDatabase temp;
    qint64 branch = 0;
    qint64 group = 0;
    qint64 member = 0;
    UserContext user = UserContext::localUser();

    Fixture()
    {
        OrganizationService orgs(temp.db());
        Organization b;
        b.code = QStringLiteral("B1");
        b.name = QStringLiteral("第一党支部");
        branch = *orgs.create(user, b);
        Organization g;
        g.code = QStringLiteral("G1");
        g.name = QStringLiteral("第一党小组");
        g.type = OrgType::Group;
        g.parentId = branch;
        group = *orgs.create(user, g);
        MemberService members(temp.db());
        Member m;
        m.name = QStringLiteral("张伟");
        m.idNumber = QStringLiteral("110105198003151015");
        member = *members.admit(user, m, QDate(2005, 7, 1), branch, QDate(2006, 7, 1));
    }
};

} // namespace

void TestPostService::assignAndEnd()
{
    Fixture f;
    PostService posts(f.temp.db());
    const Post secretary{0, f.branch, f.member, PostKind::Secretary, QDate(2015, 1, 1), QDate(), true};
    const auto id = posts.assign(f.user, secretary);
    QVERIFY(id.ok());
    QCOMPARE(*posts.assign(f.user, secretary), *id); // idempotent
    PostStore store(f.temp.db());
    QCOMPARE(store.heldOn(f.branch, QDate(2020, 1, 1))->size(), 1);
    QVERIFY(posts.end(f.user, *id, QDate(2021, 1, 1)).ok());
    QCOMPARE(store.heldOn(f.branch, QDate(2020, 12, 31))->size(), 1);
    QCOMPARE(store.heldOn(f.branch, QDate(2021, 1, 1))->size(), 0);
    QVERIFY(posts.postsOf(f.user, f.branch)->first().concurrentAdminHead);
}

void TestPostService::refusals()
{
    Fixture f;
    PostService posts(f.temp.db());
    // 一肩挑 only for a secretary.
    QVERIFY(!posts.assign(f.user, Post{0, f.branch, f.member, PostKind::DeputySecretary, QDate(2015, 1, 1), {}, true})
                 .ok());
    // Ends before it starts.
    QVERIFY(!posts
                 .assign(f.user,
                         Post{0, f.branch, f.member, PostKind::Secretary, QDate(2015, 1, 1), QDate(2014, 1, 1), false})
                 .ok());
    // Before admission.
    QVERIFY(!posts.assign(f.user, Post{0, f.branch, f.member, PostKind::Secretary, QDate(2004, 1, 1), {}, false}).ok());
    // In a party group.
    QVERIFY(!posts.assign(f.user, Post{0, f.group, f.member, PostKind::Secretary, QDate(2015, 1, 1), {}, false}).ok());
    // Unknown member.
    QVERIFY(!posts.assign(f.user, Post{0, f.branch, 424242, PostKind::Secretary, QDate(2015, 1, 1), {}, false}).ok());
}

QTEST_GUILESS_MAIN(TestPostService)
#include "tst_postservice.moc"
