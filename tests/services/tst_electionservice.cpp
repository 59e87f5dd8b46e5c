#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "services/ElectionService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"

#include <QTest>

#include <memory>

// Elections through the service against a real database: the posts and due dates a valid
// election produces, what an invalid one leaves alone, corrections and deletions undoing their
// posts, by-elections, the roll checks, postponements, the due list and the tree badge, the
// statistics figures, the settings, and `import elections` / `import candidates`.
class TestElectionService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void termElectionSetsPostsAndDueDate();
    void invalidElectionSetsNoPosts();
    void correctionAndDeletionUndoPosts();
    void byElectionReplacesTheSecretary();
    void candidatesMustBeFullMembersOnTheRoll();
    void secondElectionOnTheSameDayIsAConflict();
    void postponementMovesTheDueDate();
    void dueListAndBadges();
    void statisticsFigures();
    void settingsRecomputeVerdictsAndPosts();
    void proposedVotersAreFullMembers();
    void importElectionsAndCandidates();
    void importReportsEveryBadRow();
    void importedClaimsAreChecked();
    void exportImportsBack();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    // Extra full members of BR1 (admitted 2010, full 2011): M[0..count).
    void addMembers(int count);
    // BR1's term election of 2024-09-01: 8 eligible, all present; 张伟 for secretary (listed
    // once), 李娜 for 组织委员, M0 and M1 for committee member. 3 seats.
    Election br1Election(int liVotes = 7, int m0Votes = 6, int m1Votes = 3);
    QList<Post> postsOf(const QString& code);
    // The post of a member in BR1 (kind), or a default Post when none.
    Post postOf(const QList<Post>& posts, qint64 memberId, PostKind kind);
    QString write(const QString& name, const QString& text) { return m_temp->writeFile(name, text); }
    ImportReport import(TableKind kind, const QString& path);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
    QList<qint64> m_extra;
    QStringList m_extraIds;
    qint64 m_zhang = 0;
    qint64 m_li = 0;
    qint64 m_liu = 0;
};

namespace {

QString makeIdNumber(int n)
{
    const QString first17 = QStringLiteral("110105") +
                            QDate(1980, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(2 * n + 1, 3, 10, QChar(u'0'));
    return first17 + CitizenId::checkCharacter(first17);
}

ElectionCandidate candidate(qint64 member, PostKind position, int votes, bool head = false)
{
    ElectionCandidate c;
    c.memberId = member;
    c.position = position;
    c.votes = votes;
    c.concurrentAdminHead = head;
    return c;
}

} // namespace

void TestElectionService::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestElectionService::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
    m_zhang = member(QStringLiteral("110105198003151015"));
    m_li = member(QStringLiteral("110105198506201029"));
    m_liu = member(QStringLiteral("440305197511113130"));
    addMembers(5);
}

void TestElectionService::cleanup()
{
    m_temp.reset();
    m_extra.clear();
    m_extraIds.clear();
}

qint64 TestElectionService::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestElectionService::member(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

void TestElectionService::addMembers(int count)
{
    MemberService members(m_temp->db());
    for (int i = 0; i < count; ++i) {
        Member m;
        m.name = QStringLiteral("成员%1").arg(i);
        m.idNumber = makeIdNumber(i);
        auto id = members.admit(m_user, m, QDate(2010, 7, 1), org(QStringLiteral("BR1")), QDate(2011, 7, 1));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));
        m_extra.append(*id);
        m_extraIds.append(m.idNumber);
    }
}

Election TestElectionService::br1Election(int liVotes, int m0Votes, int m1Votes)
{
    Election e;
    e.orgId = org(QStringLiteral("BR1"));
    e.heldOn = QDate(2024, 9, 1);
    e.kind = ElectionKind::Term;
    e.seats = 3;
    e.eligible = 8;
    e.present = 8;
    e.ballotsIssued = 8;
    e.ballotsReturned = 8;
    e.candidates = {candidate(m_zhang, PostKind::Secretary, 8, true),
                    candidate(m_li, PostKind::OrganizationMember, liVotes),
                    candidate(m_extra.at(0), PostKind::CommitteeMember, m0Votes),
                    candidate(m_extra.at(1), PostKind::CommitteeMember, m1Votes)};
    return e;
}

QList<Post> TestElectionService::postsOf(const QString& code)
{
    auto posts = PostService(m_temp->db()).postsOf(m_user, org(code));
    return posts.ok() ? *posts : QList<Post>();
}

Post TestElectionService::postOf(const QList<Post>& posts, qint64 memberId, PostKind kind)
{
    for (const Post& p : posts) {
        if (p.memberId == memberId && p.kind == kind) {
            return p;
        }
    }
    return Post();
}

ImportReport TestElectionService::import(TableKind kind, const QString& path)
{
    auto report = ImportService(m_temp->db()).importFile(m_user, kind, path);
    if (!report.ok()) {
        qWarning("%s", qPrintable(report.error().message()));
        return ImportReport();
    }
    return *report;
}

void TestElectionService::termElectionSetsPostsAndDueDate()
{
    ElectionService service(m_temp->db());
    PostService posts(m_temp->db());
    const qint64 br1 = org(QStringLiteral("BR1"));
    // M2 is deputy secretary since 2020 and not re-elected: the new term ends the post.
    QVERIFY(posts.assign(m_user, Post{0, br1, m_extra.at(2), PostKind::DeputySecretary, QDate(2020, 1, 1), {}, false})
                .ok());
    auto id = service.record(m_user, br1Election());
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));

    auto recorded = service.findById(m_user, *id);
    QVERIFY(recorded.ok() && recorded.value());
    const Election& e = *recorded.value();
    QVERIFY(e.valid());
    QCOMPARE(e.termYears, 3); // the default of a branch of an organ
    QCOMPARE(e.expiresOn, QDate(2027, 9, 1));
    QCOMPARE(e.candidates.size(), 4);
    QVERIFY(e.candidates.at(0).elected && e.candidates.at(1).elected && e.candidates.at(2).elected);
    QVERIFY(!e.candidates.at(3).elected);

    const QList<Post> held = postsOf(QStringLiteral("BR1"));
    // Re-elected to the same posts: 张伟 stays secretary since 2015, 李娜 组织委员 since 2016.
    QCOMPARE(postOf(held, m_zhang, PostKind::Secretary).from, QDate(2015, 1, 1));
    QVERIFY(!postOf(held, m_zhang, PostKind::Secretary).to.isValid());
    QCOMPARE(postOf(held, m_li, PostKind::OrganizationMember).from, QDate(2016, 1, 1));
    QVERIFY(!postOf(held, m_li, PostKind::OrganizationMember).to.isValid());
    // New: M0 committee member from the election; nobody else gets a committee member post.
    QCOMPARE(postOf(held, m_extra.at(0), PostKind::CommitteeMember).from, QDate(2024, 9, 1));
    QCOMPARE(postOf(held, m_extra.at(1), PostKind::CommitteeMember).id, qint64(0));
    QCOMPARE(postOf(held, m_zhang, PostKind::CommitteeMember).id, qint64(0));
    // Ended: the deputy who was not re-elected.
    QCOMPARE(postOf(held, m_extra.at(2), PostKind::DeputySecretary).to, QDate(2024, 9, 1));
    auto committee = service.committeeOn(m_user, br1, QDate(2024, 9, 1));
    QCOMPARE(committee->size(), 3);

    // The term: 3 years from the election; reminded from six months before.
    auto status = service.termStatus(m_user, br1, Clock::today());
    QVERIFY(status.ok() && status.value());
    QCOMPARE(status.value()->lastElectionId, *id);
    QCOMPARE(status.value()->dueOn, QDate(2027, 9, 1));
    QCOMPARE(status.value()->daysOverdue, int(QDate(2027, 9, 1).daysTo(Clock::today())));
    QVERIFY(!status.value()->expired());
    auto dueNow = service.due(m_user, Clock::today());
    QVERIFY(std::none_of(dueNow->cbegin(), dueNow->cend(), [br1](const TermStatus& s) { return s.orgId == br1; }));
    auto dueLater = service.due(m_user, QDate(2027, 3, 1));
    auto it = std::find_if(dueLater->cbegin(), dueLater->cend(), [br1](const TermStatus& s) { return s.orgId == br1; });
    QVERIFY(it != dueLater->cend());
    QCOMPARE(it->daysOverdue, -184);
}

void TestElectionService::invalidElectionSetsNoPosts()
{
    ElectionService service(m_temp->db());
    Election e = br1Election();
    e.present = 6; // 6 of 8: below four fifths
    e.ballotsIssued = 6;
    e.ballotsReturned = 6;
    e.candidates[0].votes = 6;
    e.candidates[1].votes = 5;
    e.candidates[2].votes = 4;
    const QList<Post> before = postsOf(QStringLiteral("BR1"));
    auto id = service.record(m_user, e);
    QVERIFY(id.ok());
    auto recorded = service.findById(m_user, *id);
    QCOMPARE(recorded.value()->firstFailure(), ElectionRule::Quorum);
    QVERIFY(!recorded.value()->expiresOn.isValid());
    for (const ElectionCandidate& c : recorded.value()->candidates) {
        QVERIFY(!c.elected);
    }
    const QList<Post> after = postsOf(QStringLiteral("BR1"));
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).to, before.at(i).to);
    }
    // The term still runs from the establishment (2000): long expired.
    auto status = service.termStatus(m_user, org(QStringLiteral("BR1")), Clock::today());
    QCOMPARE(status.value()->lastElectionId, qint64(0));
    QCOMPARE(status.value()->dueOn, QDate(2003, 1, 1));
    QVERIFY(status.value()->expired());
}

void TestElectionService::correctionAndDeletionUndoPosts()
{
    ElectionService service(m_temp->db());
    PostService posts(m_temp->db());
    const qint64 br1 = org(QStringLiteral("BR1"));
    QVERIFY(posts.assign(m_user, Post{0, br1, m_extra.at(2), PostKind::DeputySecretary, QDate(2020, 1, 1), {}, false})
                .ok());
    auto id = service.record(m_user, br1Election());
    QVERIFY(id.ok());

    // Corrected votes: M1 instead of M0.
    Election corrected = br1Election(7, 3, 6);
    corrected.id = *id;
    QVERIFY(service.update(m_user, corrected).ok());
    QList<Post> held = postsOf(QStringLiteral("BR1"));
    QCOMPARE(postOf(held, m_extra.at(0), PostKind::CommitteeMember).id, qint64(0)); // deleted
    const Post m1 = postOf(held, m_extra.at(1), PostKind::CommitteeMember);
    QCOMPARE(m1.from, QDate(2024, 9, 1));
    QCOMPARE(postOf(held, m_extra.at(2), PostKind::DeputySecretary).to, QDate(2024, 9, 1));

    // M1 leaves the committee in 2025 (by hand); a later correction keeps that end.
    QVERIFY(posts.end(m_user, m1.id, QDate(2025, 1, 1)).ok());
    corrected.approvedOn = QDate(2024, 9, 20);
    corrected.approvalDocument = QStringLiteral("组发〔2024〕12号");
    QVERIFY(service.update(m_user, corrected).ok());
    held = postsOf(QStringLiteral("BR1"));
    QCOMPARE(postOf(held, m_extra.at(1), PostKind::CommitteeMember).id, m1.id);
    QCOMPARE(postOf(held, m_extra.at(1), PostKind::CommitteeMember).to, QDate(2025, 1, 1));
    auto reread = service.findById(m_user, *id);
    QCOMPARE(reread.value()->approvalDocument, QStringLiteral("组发〔2024〕12号"));

    // Deleted: the post it created goes, the post it ended is held again.
    QVERIFY(service.remove(m_user, *id).ok());
    QVERIFY(!service.findById(m_user, *id).value());
    held = postsOf(QStringLiteral("BR1"));
    QCOMPARE(postOf(held, m_extra.at(1), PostKind::CommitteeMember).id, qint64(0));
    QVERIFY(!postOf(held, m_extra.at(2), PostKind::DeputySecretary).to.isValid());
    QCOMPARE(held.size(), 3); // 张伟, 李娜 (posts.csv) and M2's deputy post
}

void TestElectionService::byElectionReplacesTheSecretary()
{
    ElectionService service(m_temp->db());
    QVERIFY(service.record(m_user, br1Election()).ok());
    // 2025: the meeting elects M3 secretary directly, one candidate for the post.
    Election by;
    by.orgId = org(QStringLiteral("BR1"));
    by.heldOn = QDate(2025, 3, 1);
    by.kind = ElectionKind::ByElection;
    by.seats = 1;
    by.eligible = 8;
    by.present = 7;
    by.ballotsIssued = 7;
    by.ballotsReturned = 7;
    by.termYears = 5; // ignored: a by-election does not start a term
    by.candidates = {candidate(m_extra.at(3), PostKind::Secretary, 6)};
    auto id = service.record(m_user, by);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));
    auto recorded = service.findById(m_user, *id);
    QVERIFY(recorded.value()->valid());
    QCOMPARE(recorded.value()->termYears, 0);
    QVERIFY(!recorded.value()->expiresOn.isValid());

    const QList<Post> held = postsOf(QStringLiteral("BR1"));
    QCOMPARE(postOf(held, m_zhang, PostKind::Secretary).to, QDate(2025, 3, 1));
    QCOMPARE(postOf(held, m_extra.at(3), PostKind::Secretary).from, QDate(2025, 3, 1));
    // The committee members stay; the term still runs from the term election.
    QVERIFY(!postOf(held, m_li, PostKind::OrganizationMember).to.isValid());
    QVERIFY(!postOf(held, m_extra.at(0), PostKind::CommitteeMember).to.isValid());
    auto status = service.termStatus(m_user, org(QStringLiteral("BR1")), Clock::today());
    QCOMPARE(status.value()->termStartedOn, QDate(2024, 9, 1));
}

void TestElectionService::candidatesMustBeFullMembersOnTheRoll()
{
    ElectionService service(m_temp->db());
    // BR2 in 2026: 王强 is a probationary member there; 李娜 belongs to BR1.
    Election e;
    e.orgId = org(QStringLiteral("BR2"));
    e.heldOn = QDate(2026, 6, 1);
    e.seats = 1;
    e.eligible = 1;
    e.present = 1;
    e.ballotsIssued = 1;
    e.ballotsReturned = 1;
    e.candidates = {candidate(member(QStringLiteral("31010419900101213X")), PostKind::Secretary, 1)};
    auto issues = service.validate(m_user, e);
    QVERIFY(issues.ok());
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->constFirst().field, QStringLiteral("id_number"));
    QCOMPARE(issues->constFirst().candidate, 0);
    QVERIFY(issues->constFirst().message.contains(QStringLiteral("probationary")));
    auto refused = service.record(m_user, e);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Error::Kind::Invalid);
    QCOMPARE(refused.error().field(), QStringLiteral("id_number"));

    e.candidates = {candidate(m_li, PostKind::Secretary, 1)};
    issues = service.validate(m_user, e);
    QCOMPARE(issues->size(), 1);
    QVERIFY(issues->constFirst().message.contains(QStringLiteral("not on the roll")));
    // GB1's subtree holds BR1: 李娜 may stand there.
    e.orgId = org(QStringLiteral("GB1"));
    QVERIFY(service.validate(m_user, e)->isEmpty());
    // Excluded voters are checked the same way.
    e.exclusions = {VoterExclusion{member(QStringLiteral("31010419900101213X")), ExclusionReason::Illness, {}}};
    issues = service.validate(m_user, e);
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->constFirst().field, QStringLiteral("exclusions"));
    // A party group and a higher committee hold no elections.
    e.exclusions.clear();
    e.orgId = org(QStringLiteral("GRP1"));
    QCOMPARE(service.validate(m_user, e)->constFirst().field, QStringLiteral("org"));
    e.orgId = org(QStringLiteral("CITY"));
    QCOMPARE(service.validate(m_user, e)->constFirst().field, QStringLiteral("org"));
    // Before the organization existed.
    e.orgId = org(QStringLiteral("BR2"));
    e.candidates.clear();
    e.heldOn = QDate(2004, 1, 1);
    QCOMPARE(service.validate(m_user, e)->constFirst().field, QStringLiteral("held_on"));
}

void TestElectionService::secondElectionOnTheSameDayIsAConflict()
{
    ElectionService service(m_temp->db());
    QVERIFY(service.record(m_user, br1Election()).ok());
    auto again = service.record(m_user, br1Election());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind(), Error::Kind::Conflict);
    QCOMPARE(again.error().field(), QStringLiteral("held_on"));
}

void TestElectionService::postponementMovesTheDueDate()
{
    ElectionService service(m_temp->db());
    Election e = br1Election();
    e.heldOn = QDate(2021, 6, 1); // 张伟 was on BR1's roll then as well
    QVERIFY(service.record(m_user, e).ok());
    const qint64 br1 = org(QStringLiteral("BR1"));
    QCOMPARE(service.termStatus(m_user, br1, QDate(2024, 7, 1)).value()->dueOn, QDate(2024, 6, 1));

    Postponement tooLong{0, br1, QDate(2024, 5, 15), QDate(2025, 6, 2), QStringLiteral("批复"), {}};
    auto refused = service.recordPostponement(m_user, tooLong);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("due_on"));
    Postponement early = tooLong;
    early.dueOn = QDate(2024, 5, 31);
    QCOMPARE(service.validatePostponement(m_user, early)->constFirst().field, QStringLiteral("due_on"));

    Postponement p = tooLong;
    p.dueOn = QDate(2024, 12, 1);
    auto id = service.recordPostponement(m_user, p);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));
    auto status = service.termStatus(m_user, br1, QDate(2024, 7, 1));
    QVERIFY(status.value()->postponed);
    QCOMPARE(status.value()->dueOn, QDate(2024, 12, 1));
    QCOMPARE(status.value()->expiresOn, QDate(2024, 6, 1));
    QVERIFY(!status.value()->expired());
    QCOMPARE(service.postponementsOf(m_user, br1)->size(), 1);
    // Not before its approval.
    QVERIFY(!service.termStatus(m_user, br1, QDate(2024, 5, 14)).value()->postponed);
    QVERIFY(!service.termStatus(m_user, br1, QDate(2024, 6, 1)).value()->expired());

    QVERIFY(service.removePostponement(m_user, *id).ok());
    QVERIFY(!service.termStatus(m_user, br1, QDate(2024, 7, 1)).value()->postponed);
    QVERIFY(service.termStatus(m_user, br1, QDate(2024, 6, 1)).value()->expired()); // expires that day
}

void TestElectionService::dueListAndBadges()
{
    ElectionService service(m_temp->db());
    QVERIFY(service.record(m_user, br1Election()).ok());
    // Without elections the terms run from the establishment: every grassroots organization
    // but BR1 is overdue. The higher committee, the party group and the dissolved temporary
    // branch have no term.
    auto due = service.due(m_user, Clock::today());
    QVERIFY(due.ok());
    QStringList codes;
    for (const TermStatus& s : std::as_const(*due)) {
        codes.append(s.code);
        QVERIFY(s.expired());
        QCOMPARE(s.lastElectionId, qint64(0));
    }
    // Most overdue first: COM1 (1995 + 5), GB1 and BR1's siblings.
    QCOMPARE(codes, (QStringList{QStringLiteral("COM1"), QStringLiteral("GB1"), QStringLiteral("BR3"),
                                 QStringLiteral("BR2")}));
    QCOMPARE(due->constFirst().dueOn, QDate(2000, 3, 1));
    QCOMPARE(due->constFirst().daysOverdue, int(QDate(2000, 3, 1).daysTo(Clock::today())));

    // The subtree of GB1 as it stood that day.
    auto gb1 = service.due(m_user, Clock::today(), org(QStringLiteral("GB1")));
    QCOMPARE(gb1->size(), 2);
    QCOMPARE(gb1->at(0).code, QStringLiteral("GB1"));
    QCOMPARE(gb1->at(1).code, QStringLiteral("BR2"));

    // The badge: the same organizations, days overdue; BR1 appears in its reminder window.
    auto badges = service.dueBadges(m_user, Clock::today());
    QCOMPARE(badges->size(), 4);
    QCOMPARE(badges->value(org(QStringLiteral("BR2"))), int(QDate(2008, 6, 1).daysTo(Clock::today())));
    QVERIFY(!badges->contains(org(QStringLiteral("BR1"))));
    badges = service.dueBadges(m_user, QDate(2027, 3, 1));
    QCOMPARE(badges->value(org(QStringLiteral("BR1")), 1), -184);
}

void TestElectionService::statisticsFigures()
{
    ElectionService service(m_temp->db());
    QVERIFY(service.record(m_user, br1Election()).ok());
    Election gb1 = br1Election();
    gb1.orgId = org(QStringLiteral("GB1"));
    gb1.heldOn = QDate(2024, 10, 1);
    gb1.present = 6; // no quorum: held, but invalid
    gb1.ballotsIssued = 6;
    gb1.ballotsReturned = 6;
    gb1.candidates[0].votes = 6;
    gb1.candidates[1].votes = 5;
    gb1.candidates[2].votes = 4;
    QVERIFY(service.record(m_user, gb1).ok());
    Election by = br1Election();
    by.kind = ElectionKind::ByElection; // by-elections are not term elections
    by.heldOn = QDate(2024, 11, 1);
    QVERIFY(service.record(m_user, by).ok());

    QList<qint64> all;
    for (const char* code : {"CITY", "COM1", "GB1", "BR1", "BR2", "BR3", "GRP1", "TMP1"}) {
        all.append(org(QLatin1String(code)));
    }
    auto figures = service.figures(all, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2024, 12, 31));
    QVERIFY(figures.ok());
    QCOMPARE(figures->held, qint64(2));
    QCOMPARE(figures->invalid, qint64(1));
    QCOMPARE(figures->organizationsElected, qint64(2));
    QCOMPARE(figures->dueNotHeld, qint64(4)); // COM1, GB1 (its election was invalid), BR2, BR3

    figures =
        service.figures({org(QStringLiteral("BR1"))}, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2024, 12, 31));
    QCOMPARE(figures->held, qint64(1));
    QCOMPARE(figures->invalid, qint64(0));
    QCOMPARE(figures->dueNotHeld, qint64(0));
    // A year before: nothing held, and BR1 was overdue then.
    figures =
        service.figures({org(QStringLiteral("BR1"))}, QDate(2023, 1, 1), QDate(2023, 12, 31), QDate(2023, 12, 31));
    QCOMPARE(figures->held, qint64(0));
    QCOMPARE(figures->dueNotHeld, qint64(1));
}

void TestElectionService::settingsRecomputeVerdictsAndPosts()
{
    ElectionService service(m_temp->db());
    auto defaults = service.settings(m_user);
    QVERIFY(defaults.ok());
    QCOMPARE(*defaults, ElectionSettings());
    // 7 of 8 present; M0 has 4 votes: more than half of 7, not of 8.
    Election e = br1Election(6, 4, 2);
    e.present = 7;
    e.ballotsIssued = 7;
    e.ballotsReturned = 7;
    e.candidates[0].votes = 7;
    auto id = service.record(m_user, e);
    QVERIFY(id.ok());
    QVERIFY(service.findById(m_user, *id).value()->valid());
    QVERIFY(postOf(postsOf(QStringLiteral("BR1")), m_extra.at(0), PostKind::CommitteeMember).id != 0);

    ElectionSettings eligible;
    eligible.thresholdBase = ElectionSettings::ThresholdBase::Eligible;
    QVERIFY(service.setSettings(m_user, eligible).ok());
    QCOMPARE(service.settings(m_user)->thresholdBase, ElectionSettings::ThresholdBase::Eligible);
    auto recorded = service.findById(m_user, *id);
    QCOMPARE(recorded.value()->firstFailure(), ElectionRule::Threshold);
    QCOMPARE(postOf(postsOf(QStringLiteral("BR1")), m_extra.at(0), PostKind::CommitteeMember).id, qint64(0));
    QCOMPARE(service.termStatus(m_user, org(QStringLiteral("BR1")), Clock::today()).value()->lastElectionId, qint64(0));

    QVERIFY(service.setSettings(m_user, ElectionSettings()).ok());
    QVERIFY(service.findById(m_user, *id).value()->valid());
    QVERIFY(postOf(postsOf(QStringLiteral("BR1")), m_extra.at(0), PostKind::CommitteeMember).id != 0);

    // Term lengths are settings too; impossible values are refused.
    ElectionSettings longer;
    longer.branchTermYears = 5;
    QVERIFY(service.setSettings(m_user, longer).ok());
    QCOMPARE(service.defaultTermYears(m_user, org(QStringLiteral("BR2")))->value_or(0), 5);
    ElectionSettings wrong;
    wrong.committeeTermYears = 0;
    QCOMPARE(service.setSettings(m_user, wrong).error().kind(), Error::Kind::Invalid);
    QVERIFY(!service.defaultTermYears(m_user, org(QStringLiteral("GRP1")))->has_value());
}

void TestElectionService::proposedVotersAreFullMembers()
{
    ElectionService service(m_temp->db());
    // BR1 on 2024-09-01: 张伟 (back from the training branch), 李娜, 刘洋 and M0..M4.
    auto voters = service.proposedVoters(m_user, org(QStringLiteral("BR1")), QDate(2024, 9, 1));
    QVERIFY(voters.ok());
    QCOMPARE(voters->size(), 8);
    // On 2024-04-01 张伟 was on the temporary branch's roll.
    QCOMPARE(service.proposedVoters(m_user, org(QStringLiteral("BR1")), QDate(2024, 4, 1))->size(), 7);
    // GB1's subtree: BR1 and BR2 (王强 is probationary, 陈静 left in 2023).
    QCOMPARE(service.proposedVoters(m_user, org(QStringLiteral("GB1")), QDate(2026, 6, 1))->size(), 8);
    QCOMPARE(service.proposedVoters(m_user, org(QStringLiteral("BR2")), QDate(2026, 6, 1))->size(), 0);
    QCOMPARE(service.proposedVoters(m_user, org(QStringLiteral("BR2")), QDate(2023, 1, 1))->size(), 1);
}

void TestElectionService::importElectionsAndCandidates()
{
    const QString elections =
        write(QStringLiteral("elections.csv"),
              QStringLiteral("党组织,日期,类型,应选人数,应到会人数,实到会人数,发出选票,收回选票,批复日期,任期\n"
                             "BR1,2024-09-01,换届,3,8,8,8,8,2024-09-20,\n"
                             "GB1,2024/10/01,换届,3,8,6,6,6,,5\n"));
    ImportReport report = import(TableKind::Elections, elections);
    QVERIFY(report.issues.isEmpty());
    QVERIFY(report.written);
    QCOMPARE(report.created, 2);
    ElectionService service(m_temp->db());
    auto br1 = service.find(m_user, org(QStringLiteral("BR1")), QDate(2024, 9, 1));
    QVERIFY(br1.value());
    QCOMPARE(br1.value()->firstFailure(), ElectionRule::TooFewCandidates); // no candidates yet
    QCOMPARE(br1.value()->termYears, 3);
    QCOMPARE(br1.value()->approvedOn, QDate(2024, 9, 20));
    QCOMPARE(service.find(m_user, org(QStringLiteral("GB1")), QDate(2024, 10, 1)).value()->termYears, 5);

    const QString candidates =
        write(QStringLiteral("candidates.csv"), QStringLiteral("党组织,日期,公民身份号码,职务,得票,当选,一肩挑\n"
                                                               "BR1,2024-09-01,110105198003151015,书记,8,是,是\n"
                                                               "BR1,2024-09-01,110105198506201029,组织委员,7,是,否\n"
                                                               "BR1,2024-09-01,%1,委员,6,是,\n"
                                                               "BR1,2024-09-01,%2,委员,3,否,\n")
                                                    .arg(m_extraIds.at(0), m_extraIds.at(1)));
    report = import(TableKind::Candidates, candidates);
    QVERIFY2(report.issues.isEmpty(), report.issues.isEmpty() ? "" : qPrintable(report.issues.constFirst().message));
    QCOMPARE(report.created, 4);
    br1 = service.find(m_user, org(QStringLiteral("BR1")), QDate(2024, 9, 1));
    QVERIFY(br1.value()->valid());
    QCOMPARE(br1.value()->expiresOn, QDate(2027, 9, 1));
    const QList<Post> held = postsOf(QStringLiteral("BR1"));
    QCOMPARE(postOf(held, m_extra.at(0), PostKind::CommitteeMember).from, QDate(2024, 9, 1));

    // The same file again changes nothing.
    report = import(TableKind::Candidates, candidates);
    QVERIFY(report.issues.isEmpty());
    QCOMPARE(report.unchanged, 4);
    QCOMPARE(report.created, 0);
    report = import(TableKind::Elections, elections);
    QCOMPARE(report.unchanged, 2);

    // A corrected election row updates the record and keeps its candidates.
    const QString corrected =
        write(QStringLiteral("corrected.csv"),
              QStringLiteral("org,held_on,kind,seats,eligible,present,ballots_issued,ballots_returned,approved_on,"
                             "term_years,approval_document\n"
                             "BR1,2024-09-01,term,3,8,8,8,8,2024-09-20,3,组发〔2024〕12号\n"));
    report = import(TableKind::Elections, corrected);
    QVERIFY(report.issues.isEmpty());
    QCOMPARE(report.updated, 1);
    br1 = service.find(m_user, org(QStringLiteral("BR1")), QDate(2024, 9, 1));
    QCOMPARE(br1.value()->approvalDocument, QStringLiteral("组发〔2024〕12号"));
    QCOMPARE(br1.value()->candidates.size(), 4);
    QVERIFY(br1.value()->valid());
}

void TestElectionService::importReportsEveryBadRow()
{
    const QString path =
        write(QStringLiteral("bad_elections.csv"),
              QStringLiteral("党组织,日期,类型,应选人数,应到会人数,实到会人数,发出选票,收回选票,批复日期,任期\n"
                             "BR1,2024-09-01,换届,3,8,9,8,8,,\n"     // row 2: more present than eligible
                             "NOPE,2024-09-01,换届,3,8,8,8,8,,\n"    // row 3: unknown organization
                             "BR2,2024-09-01,选举,x,8,8,8,8,,\n"     // row 4: kind and seats
                             "BR3,2030-01-01,换届,3,8,8,8,8,,\n"     // row 5: in the future
                             "GB1,2024-10-01,换届,3,8,8,8,8,,\n"     // row 6: fine
                             "GB1,2024-10-01,换届,3,8,8,8,8,,\n"     // row 7: the same election again
                             "GRP1,2024-10-01,换届,3,8,8,8,8,,\n")); // row 8: a party group
    const ImportReport report = import(TableKind::Elections, path);
    QVERIFY(!report.written);
    QList<int> rows;
    for (const RowIssue& issue : report.issues) {
        if (!rows.contains(issue.row)) {
            rows.append(issue.row);
        }
    }
    QCOMPARE(rows, (QList<int>{2, 3, 4, 5, 7, 8}));
    auto columnsOf = [&report](int row) {
        QStringList columns;
        for (const RowIssue& issue : report.issues) {
            if (issue.row == row) {
                columns.append(issue.column);
            }
        }
        return columns;
    };
    QCOMPARE(columnsOf(2), QStringList{QStringLiteral("实到会人数")});
    QCOMPARE(columnsOf(3), QStringList{QStringLiteral("党组织")});
    QCOMPARE(columnsOf(4), (QStringList{QStringLiteral("类型"), QStringLiteral("应选人数")}));
    QCOMPARE(columnsOf(5), QStringList{QStringLiteral("日期")});
    // All or nothing: GB1's good row was not written either.
    QVERIFY(!ElectionService(m_temp->db()).find(m_user, org(QStringLiteral("GB1")), QDate(2024, 10, 1)).value());
}

void TestElectionService::importedClaimsAreChecked()
{
    QVERIFY(import(TableKind::Elections,
                   write(QStringLiteral("e.csv"), QStringLiteral("党组织,日期,应选人数,应到会人数,实到会人数,发出选票,"
                                                                 "收回选票\nBR1,2024-09-01,3,8,8,8,8\n")))
                .written);
    // Row 3 claims 李娜 lost although she won; row 5 claims M1 won with 3 votes of 8;
    // row 6 names an election that is not recorded; row 7 a member of another branch.
    const QString path =
        write(QStringLiteral("claims.csv"), QStringLiteral("党组织,日期,公民身份号码,职务,得票,当选\n"
                                                           "BR1,2024-09-01,110105198003151015,书记,8,是\n"
                                                           "BR1,2024-09-01,110105198506201029,组织委员,7,否\n"
                                                           "BR1,2024-09-01,%1,委员,6,是\n"
                                                           "BR1,2024-09-01,%2,委员,3,是\n"
                                                           "BR2,2024-09-01,%1,委员,3,是\n")
                                                .arg(m_extraIds.at(0), m_extraIds.at(1)));
    ImportReport report = import(TableKind::Candidates, path);
    QVERIFY(!report.written);
    QCOMPARE(report.issues.size(), 3);
    QCOMPARE(report.issues.at(0).row, 3);
    QCOMPARE(report.issues.at(0).column, QStringLiteral("当选"));
    QVERIFY(report.issues.at(0).message.contains(QStringLiteral("claimed not elected")));
    QCOMPARE(report.issues.at(1).row, 5);
    QVERIFY(report.issues.at(1).message.contains(QStringLiteral("claimed elected")));
    QCOMPARE(report.issues.at(2).row, 6);
    QVERIFY(report.issues.at(2).message.contains(QStringLiteral("import elections")));
    auto recorded = ElectionService(m_temp->db()).find(m_user, org(QStringLiteral("BR1")), QDate(2024, 9, 1));
    QVERIFY(recorded.value()->candidates.isEmpty()); // nothing written

    // Claiming "elected" for a valid count but an invalid election: too few candidates.
    const QString few = write(QStringLiteral("few.csv"), QStringLiteral("党组织,日期,公民身份号码,职务,得票,当选\n"
                                                                        "BR1,2024-09-01,%1,委员,8,是\n"
                                                                        "BR1,2024-09-01,%2,委员,8,是\n")
                                                             .arg(m_extraIds.at(0), m_extraIds.at(1)));
    report = import(TableKind::Candidates, few);
    QCOMPARE(report.issues.size(), 2);
    QVERIFY(report.issues.at(0).message.contains(QStringLiteral("not valid")));
    QVERIFY(report.issues.at(0).message.contains(QStringLiteral("Too few candidates")));

    // A member not on the roll, and a probationary one.
    const QString roll =
        write(QStringLiteral("roll.csv"), QStringLiteral("党组织,日期,公民身份号码,职务,得票\n"
                                                         "BR1,2024-09-01,31010419900101213X,委员,8\n"
                                                         "BR1,2024-09-01,11010519800101000X,委员,8\n"));
    report = import(TableKind::Candidates, roll);
    QCOMPARE(report.issues.size(), 2);
    QCOMPARE(report.issues.at(0).row, 2);
    QVERIFY(report.issues.at(0).message.contains(QStringLiteral("not on the roll")));
    QCOMPARE(report.issues.at(1).row, 3);
    QCOMPARE(report.issues.at(1).column, QStringLiteral("公民身份号码"));
}

void TestElectionService::exportImportsBack()
{
    ElectionService service(m_temp->db());
    Election e = br1Election();
    e.approvedOn = QDate(2024, 9, 20);
    e.approvalDocument = QStringLiteral("组发〔2024〕12号");
    QVERIFY(service.record(m_user, e).ok());
    ExportService exporter(m_temp->db());
    const QString elections = m_temp->file(QStringLiteral("out_elections.csv"));
    const QString candidates = m_temp->file(QStringLiteral("out_candidates.csv"));
    QCOMPARE(*exporter.exportTable(m_user, TableKind::Elections, elections), qint64(1));
    QCOMPARE(*exporter.exportTable(m_user, TableKind::Candidates, candidates), qint64(4));
    QCOMPARE(*exporter.exportTable(m_user, TableKind::Candidates, m_temp->file(QStringLiteral("br2.csv")),
                                   QStringLiteral("BR2")),
             qint64(0));

    // A second database with the same roll reads both files back to the same election.
    auto first = std::move(m_temp);
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(Fixtures::import(m_temp->db(), true));
    m_extra.clear();
    m_extraIds.clear();
    addMembers(5);
    QVERIFY(import(TableKind::Elections, elections).written);
    const ImportReport report = import(TableKind::Candidates, candidates);
    QVERIFY2(report.written, report.issues.isEmpty() ? "" : qPrintable(report.issues.constFirst().message));
    auto copy = ElectionService(m_temp->db()).find(m_user, org(QStringLiteral("BR1")), QDate(2024, 9, 1));
    QVERIFY(copy.value());
    QVERIFY(copy.value()->valid());
    QCOMPARE(copy.value()->approvalDocument, QStringLiteral("组发〔2024〕12号"));
    QCOMPARE(copy.value()->candidates.size(), 4);
    QVERIFY(copy.value()->candidates.at(0).concurrentAdminHead);
    QCOMPARE(postOf(postsOf(QStringLiteral("BR1")), m_extra.at(0), PostKind::CommitteeMember).from, QDate(2024, 9, 1));
    first.reset();
}

QTEST_GUILESS_MAIN(TestElectionService)
#include "tst_electionservice.moc"
