#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "services/CheckService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QTest>

class TestCheckService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheProblems();
    void limitedToSubtree();
    void statisticsAuditOpeningFollowsTheTree();
    void statisticsAuditInconsistentRoll();
    void statisticsAuditTwoRollsAtOnce();
};

namespace {

void importFixtures(TempDatabase& temp)
{
    QVERIFY(Fixtures::import(temp.db(), true));
}

bool has(const QList<CheckService::Finding>& findings, const QString& subject, const QString& words)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const CheckService::Finding& f) {
        return f.subject.startsWith(subject) && f.message.contains(words);
    });
}

// A valid citizen ID number (GB 11643-1999) for a birth date.
QString idNumber(const QDate& birth, int sequence)
{
    const QString body = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (body.at(i).unicode() - u'0') * weights[i];
    }
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

// Two committees A and B, the branch BA under A, the branch BB under B with two members; BB is
// re-affiliated from B to A on 2024-07-01. One member of BA moved to BB in 2020, one left BA in
// 2024. Returns the member ids in that order: BB's two, the mover, the leaver.
QList<qint64> auditRoster(Database& db)
{
    const UserContext user = UserContext::localUser();
    OrganizationService orgs(db);
    QHash<QString, qint64> ids;
    for (const auto& [code, type, parent] :
         {std::tuple{"A", OrgType::Committee, ""}, std::tuple{"B", OrgType::Committee, ""},
          std::tuple{"BA", OrgType::Branch, "A"}, std::tuple{"BB", OrgType::Branch, "B"}}) {
        Organization o;
        o.code = QLatin1String(code);
        o.name = o.code + QStringLiteral("党组织");
        o.type = type;
        o.parentId = ids.value(QLatin1String(parent));
        o.establishedOn = QDate(2000, 1, 1);
        ids.insert(o.code, *orgs.create(user, o));
    }
    if (!orgs.recordEvent(user, OrgEvent{0,
                                         ids.value(QStringLiteral("BB")),
                                         QDate(2024, 7, 1),
                                         OrgEventKind::Reaffiliated,
                                         ids.value(QStringLiteral("A")),
                                         {}})
             .ok()) {
        return {};
    }
    MemberService members(db);
    QList<qint64> result;
    const QStringList homes{QStringLiteral("BB"), QStringLiteral("BB"), QStringLiteral("BA"), QStringLiteral("BA")};
    for (int i = 0; i < homes.size(); ++i) {
        Member m;
        m.name = QStringLiteral("审计%1").arg(i);
        m.idNumber = idNumber(QDate(1980, 1, 1 + i), 11 + 2 * i);
        const auto id = members.admit(user, m, QDate(2005, 1, 1), ids.value(homes[i]), QDate(2006, 1, 1));
        if (!id.ok()) {
            return {};
        }
        result << *id;
    }
    const bool recorded =
        members
            .recordEvent(
                user,
                MembershipEvent{0, result[2], QDate(2020, 5, 5), EventKind::Moved, ids.value(QStringLiteral("BB")), {}})
            .ok() &&
        members.recordEvent(user, MembershipEvent{0, result[3], QDate(2024, 5, 1), EventKind::TransferredOut, 0, {}})
            .ok();
    return recorded ? result : QList<qint64>();
}

bool hasStatistics(const QList<CheckService::Finding>& findings, const QString& words)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const CheckService::Finding& f) {
        return f.message.startsWith(QStringLiteral("statistics of")) && f.message.contains(words);
    });
}

} // namespace

void TestCheckService::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestCheckService::findsTheProblems()
{
    TempDatabase temp;
    importFixtures(temp);
    CheckService check(temp.db());
    const auto findings = check.run(UserContext::localUser(), QString(), QDate(2026, 11, 21));
    QVERIFY(findings.ok());
    // BR2 has one probationary member left and no secretary; BR1 has three full members and a
    // secretary; BR3 is empty since 刘洋 moved.
    QVERIFY(has(*findings, QStringLiteral("BR2"), QStringLiteral("no secretary")));
    QVERIFY(has(*findings, QStringLiteral("BR2"), QStringLiteral("at least 3 full members, it has 0")));
    QVERIFY(!has(*findings, QStringLiteral("BR1"), QStringLiteral("at least 3 full members")));
    QVERIFY(!has(*findings, QStringLiteral("BR1"), QStringLiteral("no secretary")));
    QVERIFY(has(*findings, QStringLiteral("BR3"), QStringLiteral("at least 3 full members, it has 0")));
    // 刘洋's secretary post in BR3 ended in 2020: no complaint about a left member.
    QVERIFY(!has(*findings, QStringLiteral("440305197511113130"), QStringLiteral("still holds a post")));
    // Every fixture member has an occupation and an ethnic group.
    QVERIFY(!has(*findings, QStringLiteral("31010419900101213X"), QStringLiteral("occupation")));
    QVERIFY(!has(*findings, QStringLiteral("440305197511113130"), QStringLiteral("ethnic")));
}

void TestCheckService::limitedToSubtree()
{
    TempDatabase temp;
    importFixtures(temp);
    CheckService check(temp.db());
    const auto findings = check.run(UserContext::localUser(), QStringLiteral("BR3"), QDate(2026, 11, 21));
    QVERIFY(findings.ok());
    for (const CheckService::Finding& f : *findings) {
        QVERIFY2(!f.subject.startsWith(QStringLiteral("BR1")) && !f.subject.startsWith(QStringLiteral("BR2")),
                 qPrintable(f.subject + f.message));
    }
    QVERIFY(!check.run(UserContext::localUser(), QStringLiteral("NOPE"), QDate(2026, 11, 21)).ok());
}

void TestCheckService::statisticsAuditOpeningFollowsTheTree()
{
    TempDatabase temp;
    QCOMPARE(auditRoster(temp.db()).size(), 4);
    CheckService check(temp.db());
    // The whole database balances every year.
    const auto all = check.run(UserContext::localUser(), QString(), QDate(2026, 11, 21));
    QVERIFY(all.ok());
    QVERIFY(!hasStatistics(*all, QStringLiteral("statistics")));
    // A's 2024 statistics include BB (as the tree stood on 2024-12-31): 4 members at the start
    // of 2024 (BB's three and the leaver in BA), while A's 2023 statistics ended with BA's one.
    const auto a = check.run(UserContext::localUser(), QStringLiteral("A"), QDate(2026, 11, 21));
    QVERIFY(a.ok());
    QVERIFY(hasStatistics(*a, QStringLiteral("statistics of 2024: 4 members on the roll at the start of the year, "
                                             "but 1 at the end of 2023")));
    // ... but the year itself balances, and the other years are untouched.
    QVERIFY(!hasStatistics(*a, QStringLiteral("the roll went from")));
    QVERIFY(!hasStatistics(*a, QStringLiteral("statistics of 2023")));
    const auto b = check.run(UserContext::localUser(), QStringLiteral("B"), QDate(2026, 11, 21));
    QVERIFY(hasStatistics(*b, QStringLiteral("statistics of 2024: 0 members on the roll at the start of the year, "
                                             "but 3 at the end of 2023")));
}

void TestCheckService::statisticsAuditInconsistentRoll()
{
    TempDatabase temp;
    const QList<qint64> members = auditRoster(temp.db());
    QCOMPARE(members.size(), 4);
    // Damage the derived state: the leaver's state after conversion never ends, so they stay on
    // BA's roll after their transfer out of 2024.
    QVERIFY(temp.db()
                .exec(QStringLiteral(
                          "UPDATE membership_events SET ends_on = '9999-12-31' WHERE member_id = ? AND kind = ?"),
                      {members[3], int(EventKind::ConvertedFull)})
                .ok());
    CheckService check(temp.db());
    const auto all = check.run(UserContext::localUser(), QString(), QDate(2026, 11, 21));
    QVERIFY(all.ok());
    QVERIFY2(hasStatistics(*all, QStringLiteral("statistics of 2024: the roll went from 4 to 4, but the increases (0) "
                                                "minus the decreases (1) make -1")),
             qPrintable(all->isEmpty() ? QString() : all->last().message));
    const auto found = std::find_if(all->cbegin(), all->cend(), [](const CheckService::Finding& f) {
        return f.message.contains(QStringLiteral("the roll went from"));
    });
    QCOMPARE(int(found->severity), int(CheckService::Finding::Severity::Error));
}

void TestCheckService::statisticsAuditTwoRollsAtOnce()
{
    TempDatabase temp;
    const QList<qint64> members = auditRoster(temp.db());
    QCOMPARE(members.size(), 4);
    // The mover's state in BA (after conversion) never ends: on BA's and BB's rolls from the move
    // on.
    QVERIFY(temp.db()
                .exec(QStringLiteral(
                          "UPDATE membership_events SET ends_on = '9999-12-31' WHERE member_id = ? AND kind = ?"),
                      {members[2], int(EventKind::ConvertedFull)})
                .ok());
    CheckService check(temp.db());
    const auto all = check.run(UserContext::localUser(), QString(), QDate(2026, 11, 21));
    QVERIFY(all.ok());
    QVERIFY(has(*all, idNumber(QDate(1980, 1, 3), 15),
                QStringLiteral("on the roll of BA and of BB at once from 2020-05-05")));
    // BA and BB are both in A's subtree on the check's date.
    const auto a = check.run(UserContext::localUser(), QStringLiteral("A"), QDate(2026, 11, 21));
    QVERIFY(has(*a, idNumber(QDate(1980, 1, 3), 15), QStringLiteral("at once")));
}

QTEST_GUILESS_MAIN(TestCheckService)
#include "tst_checkservice.moc"
