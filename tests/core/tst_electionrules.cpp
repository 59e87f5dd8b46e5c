#include "core/ElectionRules.h"
#include "core/Language.h"
#include "core/TermRules.h"

#include <QTest>

// The election rules of domain.md at their boundaries: quorum at exactly four fifths, the 20%
// margin of candidates (3 seats with 3 or 4 candidates), "more than half" at exactly half,
// one ballot more returned than issued, a tie for the last seat; the secretary and deputy
// elected by the committee; and the terms: lengths, expiry, reminder window, postponement.
class TestElectionRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requiredCandidates_data();
    void requiredCandidates();
    void quorumAtFourFifths_data();
    void quorumAtFourFifths();
    void threeSeatsNeedFourCandidates();
    void exactlyHalfIsNotElected();
    void thresholdBaseSetting();
    void oneBallotTooManyVoidsTheRound();
    void tieForTheLastSeat();
    void surplusTakesHighestVotes();
    void secretaryListedOnceStandsForTheCommittee();
    void secretaryWithCommitteeVotes();
    void secretaryNotElectedToCommittee();
    void directElectionWithoutCommittee();
    void inputErrors();
    void onePersonOnePost();
    void verdictStoredOnTheRecord();
    void termLengths();
    void termStatusAndReminder();
    void postponement();
    void vocabularies();
};

namespace {

constexpr qint64 A = 1, B = 2, C = 3, D = 4, E = 5;

ElectionCandidate committee(qint64 member, int votes)
{
    ElectionCandidate c;
    c.memberId = member;
    c.position = PostKind::CommitteeMember;
    c.votes = votes;
    return c;
}

ElectionCandidate post(qint64 member, PostKind kind, int votes)
{
    ElectionCandidate c = committee(member, votes);
    c.position = kind;
    return c;
}

// A term election of a branch: `eligible` voters, `present` of them with a ballot each.
Election election(int seats, int eligible, int present, QList<ElectionCandidate> candidates)
{
    Election e;
    e.orgId = 1;
    e.heldOn = QDate(2024, 6, 1);
    e.kind = ElectionKind::Term;
    e.seats = seats;
    e.eligible = eligible;
    e.present = present;
    e.ballotsIssued = present;
    e.ballotsReturned = present;
    e.termYears = 3;
    e.candidates = std::move(candidates);
    return e;
}

QList<ElectionRule> rules(const ElectionVerdict& v)
{
    QList<ElectionRule> result;
    for (const auto& f : v.failures) {
        result.append(f.rule);
    }
    return result;
}

QStringList fields(const ElectionIssues& issues)
{
    QStringList result;
    for (const ElectionIssue& i : issues) {
        result.append(i.field);
    }
    return result;
}

const ElectionSettings Defaults;

} // namespace

void TestElectionRules::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestElectionRules::requiredCandidates_data()
{
    QTest::addColumn<int>("seats");
    QTest::addColumn<int>("required");
    QTest::newRow("1") << 1 << 2;    // 1.2
    QTest::newRow("3") << 3 << 4;    // 3.6
    QTest::newRow("5") << 5 << 6;    // exactly 6
    QTest::newRow("7") << 7 << 9;    // 8.4
    QTest::newRow("9") << 9 << 11;   // 10.8
    QTest::newRow("10") << 10 << 12; // exactly 12
}

void TestElectionRules::requiredCandidates()
{
    QFETCH(int, seats);
    QFETCH(int, required);
    QCOMPARE(ElectionRules::requiredCandidates(seats), required);
}

void TestElectionRules::quorumAtFourFifths_data()
{
    QTest::addColumn<int>("eligible");
    QTest::addColumn<int>("present");
    QTest::addColumn<bool>("met");
    QTest::newRow("4 of 5") << 5 << 4 << true;
    QTest::newRow("3 of 5") << 5 << 3 << false;
    QTest::newRow("8 of 10") << 10 << 8 << true;
    QTest::newRow("7 of 10") << 10 << 7 << false;
    QTest::newRow("6 of 7") << 7 << 6 << true;  // 30 >= 28
    QTest::newRow("5 of 7") << 7 << 5 << false; // 25 < 28
}

void TestElectionRules::quorumAtFourFifths()
{
    QFETCH(int, eligible);
    QFETCH(int, present);
    QFETCH(bool, met);
    QCOMPARE(ElectionRules::quorumMet(eligible, present), met);
    // Four candidates for three seats, everybody present votes for the first three.
    const Election e = election(3, eligible, present,
                                {committee(A, present), committee(B, present), committee(C, present), committee(D, 0)});
    QVERIFY(ElectionRules::check(e, QDate(2026, 11, 21)).isEmpty());
    const ElectionVerdict v = ElectionRules::evaluate(e, Defaults);
    QCOMPARE(v.valid(), met);
    if (!met) {
        QCOMPARE(rules(v), QList<ElectionRule>{ElectionRule::Quorum});
        QCOMPARE(v.elected, QList<bool>(4, false)); // a void meeting elects nobody
        QVERIFY(v.failures.constFirst().message.contains(QString::number(ElectionRules::quorumNeeded(eligible))));
    } else {
        QCOMPARE(v.elected, (QList<bool>{true, true, true, false}));
    }
}

void TestElectionRules::threeSeatsNeedFourCandidates()
{
    const Election three = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 7)});
    QVERIFY(ElectionRules::check(three, QDate(2026, 11, 21)).isEmpty()); // recordable, but not valid
    const ElectionVerdict v3 = ElectionRules::evaluate(three, Defaults);
    QCOMPARE(rules(v3), QList<ElectionRule>{ElectionRule::TooFewCandidates});
    QCOMPARE(v3.elected, QList<bool>(3, false));

    const Election four = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 7), committee(D, 3)});
    const ElectionVerdict v4 = ElectionRules::evaluate(four, Defaults);
    QVERIFY2(v4.valid(), qPrintable(v4.summary()));
    QCOMPARE(v4.elected, (QList<bool>{true, true, true, false}));
    QCOMPARE(v4.committeeSize, 3);

    // No candidates at all (an election imported before its candidates).
    const ElectionVerdict none = ElectionRules::evaluate(election(3, 10, 10, {}), Defaults);
    QCOMPARE(rules(none), QList<ElectionRule>{ElectionRule::TooFewCandidates});
}

void TestElectionRules::exactlyHalfIsNotElected()
{
    // 10 present: 5 votes is exactly half (not elected), 6 is more than half.
    const Election half = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 5), committee(D, 4)});
    const ElectionVerdict v = ElectionRules::evaluate(half, Defaults);
    QCOMPARE(rules(v), QList<ElectionRule>{ElectionRule::Threshold});
    QCOMPARE(v.elected, QList<bool>(4, false));
    QVERIFY(v.failures.constFirst().message.contains(QStringLiteral("2 of 3 seats")));

    const Election more = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 6), committee(D, 4)});
    QVERIFY(ElectionRules::evaluate(more, Defaults).valid());
}

void TestElectionRules::thresholdBaseSetting()
{
    // 10 eligible, 8 present: 5 votes is more than half of those present, not of the eligible.
    const Election e = election(3, 10, 8, {committee(A, 8), committee(B, 7), committee(C, 5), committee(D, 2)});
    QVERIFY(ElectionRules::evaluate(e, Defaults).valid());
    ElectionSettings eligible;
    eligible.thresholdBase = ElectionSettings::ThresholdBase::Eligible;
    const ElectionVerdict v = ElectionRules::evaluate(e, eligible);
    QCOMPARE(rules(v), QList<ElectionRule>{ElectionRule::Threshold});
    QCOMPARE(ElectionRules::parseThresholdBase(u"eligible"), ElectionSettings::ThresholdBase::Eligible);
    QCOMPARE(ElectionRules::parseThresholdBase(u" Present "), ElectionSettings::ThresholdBase::Present);
    QVERIFY(!ElectionRules::parseThresholdBase(u"half"));
    QCOMPARE(ElectionRules::thresholdBaseKey(ElectionSettings::ThresholdBase::Eligible), QStringLiteral("eligible"));
}

void TestElectionRules::oneBallotTooManyVoidsTheRound()
{
    Election e = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 7), committee(D, 3)});
    e.ballotsIssued = 9;
    e.ballotsReturned = 9;
    QVERIFY(ElectionRules::evaluate(e, Defaults).valid()); // returned == issued
    e.ballotsReturned = 10;                                // one more returned than issued
    QVERIFY(ElectionRules::check(e, QDate(2026, 11, 21)).isEmpty());
    const ElectionVerdict v = ElectionRules::evaluate(e, Defaults);
    QCOMPARE(rules(v), QList<ElectionRule>{ElectionRule::Ballots});
    QCOMPARE(v.elected, QList<bool>(4, false));
    QCOMPARE(v.firstRule(), int(ElectionRule::Ballots));
    QCOMPARE(v.mask(), 1 << (int(ElectionRule::Ballots) - 1));
}

void TestElectionRules::tieForTheLastSeat()
{
    const Election tie = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 7), committee(D, 7)});
    const ElectionVerdict v = ElectionRules::evaluate(tie, Defaults);
    QCOMPARE(rules(v), QList<ElectionRule>{ElectionRule::Tie});
    QVERIFY(v.failures.constFirst().message.contains(QStringLiteral("7")));
    // A tie above the last seat decides nothing.
    const Election above = election(3, 10, 10, {committee(A, 8), committee(B, 8), committee(C, 7), committee(D, 6)});
    QVERIFY(ElectionRules::evaluate(above, Defaults).valid());
}

void TestElectionRules::surplusTakesHighestVotes()
{
    // Five candidates above half for three seats: the three with the most votes, in any order.
    const Election e =
        election(3, 10, 10, {committee(A, 6), committee(B, 9), committee(C, 7), committee(D, 8), committee(E, 6)});
    const ElectionVerdict v = ElectionRules::evaluate(e, Defaults);
    QVERIFY(v.valid());
    QCOMPARE(v.elected, (QList<bool>{false, true, true, true, false}));
}

void TestElectionRules::secretaryListedOnceStandsForTheCommittee()
{
    // The secretary candidate listed once stands for a seat with the meeting's votes.
    const Election e = election(
        3, 10, 10,
        {post(A, PostKind::Secretary, 10), post(B, PostKind::DeputySecretary, 9), committee(C, 8), committee(D, 2)});
    QVERIFY(ElectionRules::check(e, QDate(2026, 11, 21)).isEmpty());
    const ElectionVerdict v = ElectionRules::evaluate(e, Defaults);
    QVERIFY2(v.valid(), qPrintable(v.summary()));
    QCOMPARE(v.elected, (QList<bool>{true, true, true, false}));
    // Two committee rows and the secretary are still only 3 candidates for 3 seats.
    const Election few = election(3, 10, 10, {post(A, PostKind::Secretary, 10), committee(C, 8), committee(D, 7)});
    QCOMPARE(rules(ElectionRules::evaluate(few, Defaults)), QList<ElectionRule>{ElectionRule::TooFewCandidates});
}

void TestElectionRules::secretaryWithCommitteeVotes()
{
    // Listed twice: the committee row holds the meeting's votes, the secretary row the new
    // committee's (3 members: 2 is more than half, 1 is not).
    Election e =
        election(3, 10, 10,
                 {committee(A, 9), committee(B, 8), committee(C, 7), committee(D, 3), post(A, PostKind::Secretary, 2)});
    QVERIFY(ElectionRules::check(e, QDate(2026, 11, 21)).isEmpty());
    ElectionVerdict v = ElectionRules::evaluate(e, Defaults);
    QVERIFY2(v.valid(), qPrintable(v.summary()));
    QCOMPARE(v.elected, (QList<bool>{true, true, true, false, true}));

    e.candidates[4].votes = 1;
    v = ElectionRules::evaluate(e, Defaults);
    QCOMPARE(rules(v), QList<ElectionRule>{ElectionRule::Threshold});
    QVERIFY(v.failures.constFirst().message.contains(QStringLiteral("committee votes")));

    e.candidates[4].votes = 4; // more votes than the committee has members
    const ElectionIssues issues = ElectionRules::check(e, QDate(2026, 11, 21));
    QCOMPARE(fields(issues), QStringList{QStringLiteral("votes")});
    QCOMPARE(issues.constFirst().candidate, 4);
}

void TestElectionRules::secretaryNotElectedToCommittee()
{
    const Election e =
        election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 7), post(D, PostKind::Secretary, 3)});
    const ElectionVerdict v = ElectionRules::evaluate(e, Defaults);
    QCOMPARE(rules(v), QList<ElectionRule>{ElectionRule::Threshold});
    QVERIFY(v.failures.constFirst().message.contains(QStringLiteral("not elected to the committee")));
    QCOMPARE(v.elected, QList<bool>(4, false));
}

void TestElectionRules::directElectionWithoutCommittee()
{
    // A small branch elects its secretary directly: one candidate, more than half of 5.
    Election e = election(1, 5, 5, {post(A, PostKind::Secretary, 3)});
    QVERIFY(ElectionRules::check(e, QDate(2026, 11, 21)).isEmpty());
    QVERIFY(ElectionRules::evaluate(e, Defaults).valid());
    e.candidates[0].votes = 2;
    QCOMPARE(rules(ElectionRules::evaluate(e, Defaults)), QList<ElectionRule>{ElectionRule::Threshold});
    // Secretary and deputy: two posts, one candidate each.
    e = election(2, 5, 4, {post(A, PostKind::Secretary, 4), post(B, PostKind::DeputySecretary, 3)});
    QVERIFY(ElectionRules::evaluate(e, Defaults).valid());
    e.seats = 1; // more candidates than posts
    QCOMPARE(fields(ElectionRules::check(e, QDate(2026, 11, 21))), QStringList{QStringLiteral("seats")});
    e.seats = 3; // a post without a candidate
    QCOMPARE(rules(ElectionRules::evaluate(e, Defaults)), QList<ElectionRule>{ElectionRule::TooFewCandidates});
}

void TestElectionRules::inputErrors()
{
    const QDate today(2026, 11, 21);
    Election e = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 7), committee(D, 3)});
    QVERIFY(ElectionRules::check(e, today).isEmpty());

    Election bad = e;
    bad.heldOn = QDate(2026, 11, 22);
    QCOMPARE(fields(ElectionRules::check(bad, today)), QStringList{QStringLiteral("held_on")});
    bad = e;
    bad.present = 11;
    bad.ballotsIssued = 10;
    bad.ballotsReturned = 10;
    QCOMPARE(fields(ElectionRules::check(bad, today)), QStringList{QStringLiteral("present")});
    bad = e;
    bad.ballotsIssued = 11;
    QCOMPARE(fields(ElectionRules::check(bad, today)), QStringList{QStringLiteral("ballots_issued")});
    bad = e;
    bad.candidates[0].votes = 11; // more votes than ballots returned
    ElectionIssues issues = ElectionRules::check(bad, today);
    QVERIFY(fields(issues).contains(QStringLiteral("votes")));
    QCOMPARE(issues.constFirst().candidate, 0);
    bad = e;
    bad.seats = 0;
    QVERIFY(fields(ElectionRules::check(bad, today)).contains(QStringLiteral("seats")));
    bad = e;
    bad.termYears = 0;
    QCOMPARE(fields(ElectionRules::check(bad, today)), QStringList{QStringLiteral("term_years")});
    bad.kind = ElectionKind::ByElection; // a by-election has no term
    QVERIFY(ElectionRules::check(bad, today).isEmpty());
    bad = e;
    bad.approvedOn = QDate(2024, 5, 1);
    QCOMPARE(fields(ElectionRules::check(bad, today)), QStringList{QStringLiteral("approved_on")});
    bad = e;
    bad.candidates[1].concurrentAdminHead = true; // 一肩挑 is for a secretary
    QCOMPARE(fields(ElectionRules::check(bad, today)), QStringList{QStringLiteral("concurrent_admin_head")});
    bad = e;
    bad.candidates.append(committee(A, 1)); // the same person twice for a seat
    issues = ElectionRules::check(bad, today);
    QCOMPARE(fields(issues), QStringList{QStringLiteral("id_number")});
    QCOMPARE(issues.constFirst().candidate, 4);
    bad = e;
    // Each of 10 ballots votes for at most 3: 30 votes in all.
    bad.candidates = {committee(A, 10), committee(B, 10), committee(C, 10), committee(D, 1)};
    QCOMPARE(fields(ElectionRules::check(bad, today)), QStringList{QStringLiteral("votes")});
}

void TestElectionRules::onePersonOnePost()
{
    const QDate today(2026, 11, 21);
    // Two candidates for secretary: refused (one candidate per post).
    Election e =
        election(3, 10, 10,
                 {post(A, PostKind::Secretary, 9), post(B, PostKind::Secretary, 8), committee(C, 7), committee(D, 3)});
    ElectionIssues issues = ElectionRules::check(e, today);
    QCOMPARE(fields(issues), QStringList{QStringLiteral("position")});
    QCOMPARE(issues.constFirst().candidate, 1);
    // One person for secretary and deputy.
    e = election(3, 10, 10,
                 {post(A, PostKind::Secretary, 9), post(A, PostKind::DeputySecretary, 9), committee(C, 7),
                  committee(D, 3), committee(E, 8)});
    QVERIFY(fields(ElectionRules::check(e, today)).contains(QStringLiteral("position")));
}

void TestElectionRules::verdictStoredOnTheRecord()
{
    Election e = election(3, 10, 10, {committee(A, 9), committee(B, 8), committee(C, 7), committee(D, 3)});
    ElectionRules::applyVerdict(e, ElectionRules::evaluate(e, Defaults));
    QVERIFY(e.valid());
    QCOMPARE(e.expiresOn, QDate(2027, 6, 1));
    QVERIFY(e.candidates.at(0).elected && !e.candidates.at(3).elected);
    QCOMPARE(ElectionRules::verdictLabel(e.verdict), QStringLiteral("Valid"));

    e.present = 7; // quorum and threshold both fail; the first is kept, the mask has all
    e.ballotsIssued = 7;
    e.ballotsReturned = 8;
    ElectionRules::applyVerdict(e, ElectionRules::evaluate(e, Defaults));
    QCOMPARE(e.firstFailure(), ElectionRule::Quorum);
    QCOMPARE(e.failureMask, (1 << 0) | (1 << 1));
    QVERIFY(!e.expiresOn.isValid());
    QVERIFY(!e.candidates.at(0).elected);
    QCOMPARE(ElectionRules::verdictLabel(e.verdict), QStringLiteral("Quorum not reached"));
}

void TestElectionRules::termLengths()
{
    const ElectionSettings s;
    QCOMPARE(TermRules::termYears(OrgType::Committee, UnitCategory::Organ, false, s), 5);
    QCOMPARE(TermRules::termYears(OrgType::GeneralBranch, UnitCategory::Organ, false, s), 3);
    QCOMPARE(TermRules::termYears(OrgType::Branch, UnitCategory::StateEnterprise, false, s), 3);
    QCOMPARE(TermRules::termYears(OrgType::Branch, UnitCategory::Village, false, s), 5);
    QCOMPARE(TermRules::termYears(OrgType::GeneralBranch, UnitCategory::Community, false, s), 5);
    QVERIFY(!TermRules::termYears(OrgType::HigherCommittee, UnitCategory::Organ, false, s));
    QVERIFY(!TermRules::termYears(OrgType::Group, UnitCategory::Organ, false, s));
    QVERIFY(!TermRules::termYears(OrgType::Branch, UnitCategory::Organ, true, s)); // temporary
    ElectionSettings custom;
    custom.branchTermYears = 2;
    custom.villageCommunityTermYears = 4;
    QCOMPARE(TermRules::termYears(OrgType::Branch, UnitCategory::Organ, false, custom), 2);
    QCOMPARE(TermRules::termYears(OrgType::Committee, UnitCategory::Village, false, custom), 4);
    QCOMPARE(TermRules::expiry(QDate(2024, 2, 29), 3), QDate(2027, 2, 28));
}

void TestElectionRules::termStatusAndReminder()
{
    Organization br;
    br.id = 7;
    br.code = QStringLiteral("BR1");
    br.type = OrgType::Branch;
    br.unitCategory = UnitCategory::Organ;
    br.establishedOn = QDate(2000, 1, 1);
    const ElectionSettings s;
    const QList<TermRules::TermElection> elections{{11, QDate(2018, 5, 1), 3}, {12, QDate(2021, 6, 1), 3}};

    // The latest election on or before the date counts; the term expires 3 years later.
    auto status = TermRules::statusOn(br, elections, {}, QDate(2024, 1, 1), s);
    QVERIFY(status);
    QCOMPARE(status->lastElectionId, qint64(12));
    QCOMPARE(status->dueOn, QDate(2024, 6, 1));
    QCOMPARE(status->daysOverdue, -152);
    QCOMPARE(TermRules::reminderStart(status->dueOn, s), QDate(2023, 12, 1)); // six months before
    QVERIFY(TermRules::isDue(*status, QDate(2024, 1, 1), s));
    status = TermRules::statusOn(br, elections, {}, QDate(2023, 11, 30), s);
    QVERIFY(!TermRules::isDue(*status, QDate(2023, 11, 30), s));
    status = TermRules::statusOn(br, elections, {}, QDate(2023, 12, 1), s);
    QVERIFY(TermRules::isDue(*status, QDate(2023, 12, 1), s));
    QVERIFY(!status->expired());
    status = TermRules::statusOn(br, elections, {}, QDate(2024, 6, 1), s);
    QCOMPARE(status->daysOverdue, 0); // expires that day
    QVERIFY(status->expired());

    // On a date before the last election, the earlier one counts.
    status = TermRules::statusOn(br, elections, {}, QDate(2020, 1, 1), s);
    QCOMPARE(status->lastElectionId, qint64(11));
    QCOMPARE(status->dueOn, QDate(2021, 5, 1));

    // No election: the term runs from the establishment.
    status = TermRules::statusOn(br, {}, {}, QDate(2001, 1, 1), s);
    QCOMPARE(status->lastElectionId, qint64(0));
    QCOMPARE(status->dueOn, QDate(2003, 1, 1));
    Organization unknown = br;
    unknown.establishedOn = QDate();
    QVERIFY(!TermRules::statusOn(unknown, {}, {}, QDate(2001, 1, 1), s));
    // Not yet established, or dissolved: no term.
    QVERIFY(!TermRules::statusOn(br, {}, {}, QDate(1999, 12, 31), s));
    Organization dissolved = br;
    dissolved.dissolvedOn = QDate(2020, 1, 1);
    QVERIFY(TermRules::statusOn(dissolved, elections, {}, QDate(2019, 12, 31), s));
    QVERIFY(!TermRules::statusOn(dissolved, elections, {}, QDate(2020, 1, 1), s));
    // A shorter reminder window.
    ElectionSettings shortWindow;
    shortWindow.reminderMonths = 1;
    status = TermRules::statusOn(br, elections, {}, QDate(2024, 4, 30), shortWindow);
    QVERIFY(!TermRules::isDue(*status, QDate(2024, 4, 30), shortWindow));
    QVERIFY(TermRules::isDue(*status, QDate(2024, 5, 1), shortWindow));
}

void TestElectionRules::postponement()
{
    Organization br;
    br.id = 7;
    br.type = OrgType::Branch;
    br.establishedOn = QDate(2000, 1, 1);
    const ElectionSettings s;
    const QList<TermRules::TermElection> elections{{12, QDate(2021, 6, 1), 3}};
    const QDate today(2026, 11, 21);
    const auto current = TermRules::statusOn(br, elections, {}, QDate(2024, 5, 1), s);

    Postponement p{0, 7, QDate(2024, 5, 1), QDate(2025, 6, 1), {}, {}};
    QVERIFY(TermRules::checkPostponement(p, current, today).isEmpty()); // exactly one year
    p.dueOn = QDate(2025, 6, 2);
    QCOMPARE(fields(TermRules::checkPostponement(p, current, today)), QStringList{QStringLiteral("due_on")});
    p.dueOn = QDate(2024, 6, 1); // not after the expiry
    QCOMPARE(fields(TermRules::checkPostponement(p, current, today)), QStringList{QStringLiteral("due_on")});
    p.dueOn = QDate(2024, 12, 1);
    p.approvedOn = QDate(2026, 11, 22);
    QCOMPARE(fields(TermRules::checkPostponement(p, current, today)), QStringList{QStringLiteral("approved_on")});
    p.approvedOn = QDate(2024, 5, 1);
    QCOMPARE(fields(TermRules::checkPostponement(p, std::nullopt, today)), QStringList{QStringLiteral("approved_on")});

    // The postponement moves the due date of the term it was approved in.
    const QList<Postponement> postponements{p};
    auto status = TermRules::statusOn(br, elections, postponements, QDate(2024, 8, 1), s);
    QCOMPARE(status->dueOn, QDate(2024, 12, 1));
    QVERIFY(status->postponed);
    QCOMPARE(status->expiresOn, QDate(2024, 6, 1));
    QCOMPARE(status->daysOverdue, -122);
    // Not before it was approved, and not for the next term.
    status = TermRules::statusOn(br, elections, postponements, QDate(2024, 4, 30), s);
    QVERIFY(!status->postponed);
    const QList<TermRules::TermElection> later{{12, QDate(2021, 6, 1), 3}, {13, QDate(2024, 11, 1), 3}};
    status = TermRules::statusOn(br, later, postponements, QDate(2025, 1, 1), s);
    QVERIFY(!status->postponed);
    QCOMPARE(status->dueOn, QDate(2027, 11, 1));
}

void TestElectionRules::vocabularies()
{
    QCOMPARE(parseTerm<ElectionKind>(ElectionRules::kinds(), u"换届"), ElectionKind::Term);
    QCOMPARE(parseTerm<ElectionKind>(ElectionRules::kinds(), u"by_election"), ElectionKind::ByElection);
    QCOMPARE(parseTerm<ElectionKind>(ElectionRules::kinds(), u"补选"), ElectionKind::ByElection);
    QCOMPARE(parseTerm<ExclusionReason>(ElectionRules::exclusionReasons(), u"留党察看"),
             ExclusionReason::PartyProbation);
    QCOMPARE(parseTerm<ExclusionReason>(ElectionRules::exclusionReasons(), u"出国"), ExclusionReason::Abroad);
    QCOMPARE(ElectionRules::kinds().label(int(ElectionKind::Term)), QStringLiteral("Term election"));
}

QTEST_GUILESS_MAIN(TestElectionRules)
#include "tst_electionrules.moc"
