#include "TempDatabase.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/EventStore.h"

#include <QTest>

class TestMemberService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void admitDerivesFromIdNumber();
    void admitRefusesBadRecords();
    void idNumbersAreUnique();
    void historyDrivesCurrentState();
    void rollOnDate();
    void refusedEventWritesNothing();
    void correctionKeepsHistoryPossible();
    void moveRollMovesTheWholeRoll();
    void moveRollIsAllOrNothing();
    void dissolveMovingRoll();

private:
    Member person(const QString& idNumber, const QString& name = QStringLiteral("李娜"));
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<MemberService> m_members;
    qint64 m_b1 = 0;
    qint64 m_b2 = 0;
    UserContext m_user = UserContext::localUser();
};

void TestMemberService::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_members = std::make_unique<MemberService>(m_temp->db());
    OrganizationService orgs(m_temp->db());
    Organization c;
    c.code = QStringLiteral("C1");
    c.name = QStringLiteral("机关党委");
    c.type = OrgType::Committee;
    const qint64 c1 = *orgs.create(m_user, c);
    Organization b;
    b.code = QStringLiteral("B1");
    b.name = QStringLiteral("第一党支部");
    b.parentId = c1;
    m_b1 = *orgs.create(m_user, b);
    b.code = QStringLiteral("B2");
    b.name = QStringLiteral("第二党支部");
    m_b2 = *orgs.create(m_user, b);
}

void TestMemberService::cleanup()
{
    m_members.reset();
    m_temp.reset();
}

Member TestMemberService::person(const QString& idNumber, const QString& name)
{
    Member m;
    m.name = name;
    m.idNumber = idNumber;
    return m;
}

void TestMemberService::admitDerivesFromIdNumber()
{
    const auto id = m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1,
                                     QDate(2011, 7, 1));
    QVERIFY(id.ok());
    const auto m = m_members->findById(m_user, *id);
    QCOMPARE(m->value().birthDate, QDate(1985, 6, 20));
    QCOMPARE(int(m->value().gender), int(Gender::Female));
    QCOMPARE(int(m->value().category), int(MemberCategory::Full));
    QCOMPARE(m->value().orgId, m_b1);
    QCOMPARE(m->value().admittedOn, QDate(2010, 6, 30));
    QCOMPARE(m->value().fullOn, QDate(2011, 7, 1));
    QCOMPARE(m_members->history(m_user, *id)->size(), 2);
}

void TestMemberService::admitRefusesBadRecords()
{
    const auto badId = m_members->admit(m_user, person(QStringLiteral("110105198506201028")), QDate(2010, 6, 30), m_b1);
    QVERIFY(!badId.ok());
    QCOMPARE(badId.error().field(), QStringLiteral("id_number"));
    const auto young = m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2003, 6, 19), m_b1);
    QVERIFY(!young.ok());
    QCOMPARE(young.error().field(), QStringLiteral("admitted_on"));
    const auto early = m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1,
                                        QDate(2011, 6, 29));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().field(), QStringLiteral("full_on"));
    const auto future = m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2027, 1, 1), m_b1);
    QVERIFY(!future.ok());
    auto count = m_temp->db().exec(QStringLiteral("SELECT count(*) FROM members"));
    QVERIFY(count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestMemberService::idNumbersAreUnique()
{
    QVERIFY(m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1).ok());
    const auto twice = m_members->admit(m_user, person(QStringLiteral("110105198506201029"), QStringLiteral("别人")),
                                        QDate(2012, 6, 30), m_b2);
    QVERIFY(!twice.ok());
    QCOMPARE(int(twice.error().kind()), int(Error::Kind::Conflict));
}

void TestMemberService::historyDrivesCurrentState()
{
    const qint64 id = *m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1);
    QVERIFY(m_members->recordEvent(m_user, MembershipEvent{0, id, QDate(2011, 7, 1), EventKind::ConvertedFull, 0, {}})
                .ok());
    QVERIFY(m_members->recordEvent(m_user, MembershipEvent{0, id, QDate(2015, 1, 1), EventKind::Moved, m_b2, {}}).ok());
    QVERIFY(m_members
                ->recordEvent(m_user, MembershipEvent{0, id, QDate(2020, 1, 1), EventKind::TransferredOut, 0,
                                                      QStringLiteral("调往外省")})
                .ok());
    auto m = *m_members->findById(m_user, id);
    QCOMPARE(m->orgId, 0);
    QVERIFY(!m->onRoll);
    // No second departure.
    const auto died = m_members->recordEvent(m_user, MembershipEvent{0, id, QDate(2021, 1, 1), EventKind::Died, 0, {}});
    QVERIFY(!died.ok());
    // Coming back.
    QVERIFY(
        m_members->recordEvent(m_user, MembershipEvent{0, id, QDate(2022, 1, 1), EventKind::TransferredIn, m_b1, {}})
            .ok());
    m = *m_members->findById(m_user, id);
    QCOMPARE(m->orgId, m_b1);
    QCOMPARE(int(m->category), int(MemberCategory::Full));
}

void TestMemberService::rollOnDate()
{
    const qint64 id = *m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1);
    QVERIFY(m_members->recordEvent(m_user, MembershipEvent{0, id, QDate(2015, 1, 1), EventKind::Moved, m_b2, {}}).ok());
    EventStore events(m_temp->db());
    QCOMPARE(*events.onRollCount({m_b1}, QDate(2010, 6, 29)), 0);
    QCOMPARE(*events.onRollCount({m_b1}, QDate(2010, 6, 30)), 1);
    QCOMPARE(*events.onRollCount({m_b1}, QDate(2014, 12, 31)), 1);
    QCOMPARE(*events.onRollCount({m_b1}, QDate(2015, 1, 1)), 0);
    QCOMPARE(*events.onRollCount({m_b2}, QDate(2015, 1, 1)), 1);
    QCOMPARE(*events.onRollCount({m_b1, m_b2}, QDate(2026, 1, 1)), 1);
}

void TestMemberService::refusedEventWritesNothing()
{
    const qint64 id = *m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1);
    const auto before = m_members->history(m_user, id);
    const auto refused =
        m_members->recordEvent(m_user, MembershipEvent{0, id, QDate(2010, 12, 1), EventKind::ConvertedFull, 0, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(m_members->history(m_user, id)->size(), before->size());
    const auto toGroup =
        m_members->recordEvent(m_user, MembershipEvent{0, id, QDate(2012, 1, 1), EventKind::Moved, 9999, {}});
    QVERIFY(!toGroup.ok());
}

void TestMemberService::correctionKeepsHistoryPossible()
{
    const qint64 id = *m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1);
    Member m = **m_members->findById(m_user, id);
    m.phone = QStringLiteral("13800000000");
    QVERIFY(m_members->update(m_user, m).ok());
    QCOMPARE((*m_members->findById(m_user, id))->phone, QStringLiteral("13800000000"));
    // A birth date that contradicts the ID number is refused.
    m.birthDate = QDate(1995, 6, 20);
    const auto refused = m_members->update(m_user, m);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("birth_date"));
}

void TestMemberService::moveRollMovesTheWholeRoll()
{
    const qint64 a = *m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1);
    const qint64 b = *m_members->admit(m_user, person(QStringLiteral("110105198003151015"), QStringLiteral("张伟")),
                                       QDate(2012, 7, 1), m_b1);
    const qint64 other = *m_members->admit(m_user, person(QStringLiteral("31010419900101213X"), QStringLiteral("王强")),
                                           QDate(2012, 7, 1), m_b2);
    const qint64 left = *m_members->admit(m_user, person(QStringLiteral("440305197511113130"), QStringLiteral("刘洋")),
                                          QDate(2010, 7, 1), m_b1);
    QVERIFY(
        m_members->recordEvent(m_user, MembershipEvent{0, left, QDate(2015, 1, 1), EventKind::TransferredOut, m_b1, {}})
            .ok());

    const auto moved = m_members->moveRoll(m_user, m_b1, m_b2, QDate(2020, 1, 1));
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message()));
    QCOMPARE(*moved, 2); // the one who left in 2015 is not on the roll in 2020
    for (const qint64 id : {a, b}) {
        const Member m = **m_members->findById(m_user, id);
        QCOMPARE(m.orgId, m_b2);
        const MembershipEvent last = m_members->history(m_user, id)->constLast();
        QCOMPARE(int(last.kind), int(EventKind::Moved));
        QCOMPARE(last.date, QDate(2020, 1, 1));
        QCOMPARE(last.orgId, m_b2);
    }
    QCOMPARE(m_members->history(m_user, other)->size(), 1);
    QCOMPARE(m_members->history(m_user, left)->size(), 2);
    EventStore events(m_temp->db());
    QCOMPARE(*events.onRollCount({m_b1}, QDate(2019, 12, 31)), 2);
    QCOMPARE(*events.onRollCount({m_b1}, QDate(2020, 1, 1)), 0);
    QCOMPARE(*events.onRollCount({m_b2}, QDate(2020, 1, 1)), 3);

    // Nothing left to move; the same organization, no date or an unknown target are refused.
    QCOMPARE(*m_members->moveRoll(m_user, m_b1, m_b2, QDate(2021, 1, 1)), 0);
    QVERIFY(!m_members->moveRoll(m_user, m_b2, m_b2, QDate(2021, 1, 1)).ok());
    QVERIFY(!m_members->moveRoll(m_user, m_b2, m_b1, QDate()).ok());
    const auto unknown = m_members->moveRoll(m_user, m_b2, 9999, QDate(2021, 1, 1));
    QVERIFY(!unknown.ok());
    QCOMPARE(int(unknown.error().kind()), int(Error::Kind::NotFound));
    QCOMPARE(m_members->findById(m_user, a)->value().orgId, m_b2);
}

void TestMemberService::moveRollIsAllOrNothing()
{
    const qint64 a = *m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1);
    const qint64 b = *m_members->admit(m_user, person(QStringLiteral("110105198003151015"), QStringLiteral("张伟")),
                                       QDate(2012, 7, 1), m_b1);
    // 张伟 later leaves B1 by name: moving him away before that contradicts his history.
    QVERIFY(
        m_members->recordEvent(m_user, MembershipEvent{0, b, QDate(2022, 1, 1), EventKind::TransferredOut, m_b1, {}})
            .ok());
    const auto refused = m_members->moveRoll(m_user, m_b1, m_b2, QDate(2020, 1, 1));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message().contains(QStringLiteral("张伟")), qPrintable(refused.error().message()));
    QCOMPARE(m_members->history(m_user, a)->size(), 1);
    QCOMPARE(m_members->findById(m_user, a)->value().orgId, m_b1);
    QCOMPARE(m_members->history(m_user, b)->size(), 2);

    // A party group holds no roll: refused for the first member already.
    OrganizationService orgs(m_temp->db());
    Organization group;
    group.code = QStringLiteral("G1");
    group.name = QStringLiteral("第一党小组");
    group.type = OrgType::Group;
    group.parentId = m_b2;
    const qint64 g = *orgs.create(m_user, group);
    QVERIFY(!m_members->moveRoll(m_user, m_b1, g, QDate(2015, 1, 1)).ok());
    QCOMPARE(m_members->findById(m_user, a)->value().orgId, m_b1);
}

void TestMemberService::dissolveMovingRoll()
{
    OrganizationService orgs(m_temp->db());
    const qint64 a = *m_members->admit(m_user, person(QStringLiteral("110105198506201029")), QDate(2010, 6, 30), m_b1);
    Organization group;
    group.code = QStringLiteral("G1");
    group.name = QStringLiteral("第一党小组");
    group.type = OrgType::Group;
    group.parentId = m_b1;
    group.establishedOn = QDate(2012, 1, 1);
    QVERIFY(orgs.create(m_user, group).ok());

    // B1 still has a party group: the dissolution is refused and the member stays on B1.
    const auto refused = m_members->dissolveMovingRoll(m_user, m_b1, m_b2, QDate(2020, 1, 1));
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind()), int(Error::Kind::Conflict));
    QCOMPARE(m_members->findById(m_user, a)->value().orgId, m_b1);
    QCOMPARE(m_members->history(m_user, a)->size(), 1);
    QVERIFY(!orgs.findById(m_user, m_b1)->value().dissolvedOn.isValid());

    // B2 has no sub-organizations: its roll moves to B1 and it is dissolved, together.
    const qint64 b = *m_members->admit(m_user, person(QStringLiteral("110105198003151015"), QStringLiteral("张伟")),
                                       QDate(2012, 7, 1), m_b2);
    const auto done = m_members->dissolveMovingRoll(m_user, m_b2, m_b1, QDate(2020, 1, 1));
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message()));
    QCOMPARE(*done, 1);
    QCOMPARE(m_members->findById(m_user, b)->value().orgId, m_b1);
    QCOMPARE(orgs.findById(m_user, m_b2)->value().dissolvedOn, QDate(2020, 1, 1));
    QCOMPARE(orgs.events(m_user, m_b2)->size(), 1);
}

QTEST_GUILESS_MAIN(TestMemberService)
#include "tst_memberservice.moc"
