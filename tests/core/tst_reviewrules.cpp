#include "core/Language.h"
#include "core/MemberTimeline.h"
#include "core/ReviewRules.h"

#include <QTest>

// The review rules of domain.md at their boundaries: grades only for full members, "took part"
// only for probationary ones, exemptions with their reason, the handling of unqualified members
// (the correction deadline: 6 months by default, exactly one year allowed, a day more refused),
// the 1/3 excellent warning at exactly one third, the counting rules of a tally, the five-year
// bar on re-admission after withdrawal or removal (the day before and the day it ends), the
// campaign's date and the vocabularies of the import.
class TestReviewRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gradesAreForFullMembers();
    void exemptionNeedsItsReason();
    void onlyUnqualifiedMembersAreHandled();
    void correctionDeadline();
    void handlingDates();
    void excellentAtMostOneThird_data();
    void excellentAtMostOneThird();
    void excellentShareSetting();
    void tallyCountsEachResultOnce();
    void readmissionBarredForFiveYears();
    void otherDeparturesAreNotBarred();
    void campaignDate();
    void settingsLimits();
    void vocabularies();
};

namespace {

const QDate HeldOn(2024, 12, 20);
const QDate Today(2026, 11, 21);

ReviewEntry entry(ReviewResult result)
{
    ReviewEntry e;
    e.campaignId = 1;
    e.memberId = 2;
    e.result = result;
    return e;
}

QStringList fields(const ReviewIssues& issues)
{
    QStringList result;
    for (const ReviewIssue& issue : issues) {
        result.append(issue.field);
    }
    return result;
}

ReviewIssues check(const ReviewEntry& e, MemberCategory category = MemberCategory::Full)
{
    return ReviewRules::checkEntry(e, category, HeldOn, Today);
}

MembershipEvent ev(const QDate& date, EventKind kind, qint64 org = 10)
{
    MembershipEvent e;
    e.date = date;
    e.kind = kind;
    e.orgId = org;
    return e;
}

} // namespace

void TestReviewRules::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestReviewRules::gradesAreForFullMembers()
{
    for (const ReviewResult grade : {ReviewResult::Excellent, ReviewResult::Qualified, ReviewResult::BasicallyQualified,
                                     ReviewResult::Unqualified}) {
        QVERIFY(check(entry(grade)).isEmpty());
        // A probationary member takes part but is never graded.
        const ReviewIssues issues = check(entry(grade), MemberCategory::Probationary);
        QCOMPARE(fields(issues), QStringList{QStringLiteral("result")});
        QVERIFY(issues.first().message.contains(QStringLiteral("probationary")));
    }
    QVERIFY(check(entry(ReviewResult::Participated), MemberCategory::Probationary).isEmpty());
    // A full member who takes part is graded.
    QCOMPARE(fields(check(entry(ReviewResult::Participated))), QStringList{QStringLiteral("result")});
    for (const ReviewResult other : {ReviewResult::Absent}) {
        QVERIFY(check(entry(other)).isEmpty());
        QVERIFY(check(entry(other), MemberCategory::Probationary).isEmpty());
    }
    QCOMPARE(fields(check(entry(ReviewResult::None))), QStringList{QStringLiteral("result")});
    QVERIFY(ReviewRules::isGrade(ReviewResult::BasicallyQualified));
    QVERIFY(!ReviewRules::isGrade(ReviewResult::Participated));
    QVERIFY(!ReviewRules::isGrade(ReviewResult::Exempt));
}

void TestReviewRules::exemptionNeedsItsReason()
{
    ReviewEntry exempt = entry(ReviewResult::Exempt);
    QCOMPARE(fields(check(exempt)), QStringList{QStringLiteral("exempt_reason")});
    exempt.exemptReason = ExemptReason::Abroad;
    QVERIFY(check(exempt).isEmpty());
    QVERIFY(check(exempt, MemberCategory::Probationary).isEmpty());
    ReviewEntry qualified = entry(ReviewResult::Qualified);
    qualified.exemptReason = ExemptReason::Illness;
    QCOMPARE(fields(check(qualified)), QStringList{QStringLiteral("exempt_reason")});
}

void TestReviewRules::onlyUnqualifiedMembersAreHandled()
{
    for (const ReviewHandling handling :
         {ReviewHandling::Correction, ReviewHandling::Persuaded, ReviewHandling::Removed}) {
        ReviewEntry e = entry(ReviewResult::BasicallyQualified);
        e.handling = handling;
        e.handledOn = QDate(2025, 1, 10);
        e.correctionDue = handling == ReviewHandling::Correction ? QDate(2025, 7, 10) : QDate();
        QCOMPARE(fields(check(e)), QStringList{QStringLiteral("handling")});
        e.result = ReviewResult::Unqualified;
        QVERIFY2(check(e).isEmpty(), qPrintable(check(e).value(0).message));
    }
    QCOMPARE(ReviewRules::leavingEvent(ReviewHandling::Persuaded), std::optional<EventKind>(EventKind::Withdrew));
    QCOMPARE(ReviewRules::leavingEvent(ReviewHandling::Removed), std::optional<EventKind>(EventKind::Removed));
    QVERIFY(!ReviewRules::leavingEvent(ReviewHandling::Correction));
    QVERIFY(!ReviewRules::leavesTheRoll(ReviewHandling::Correction));
    QVERIFY(ReviewRules::leavesTheRoll(ReviewHandling::Removed));
}

void TestReviewRules::correctionDeadline()
{
    ReviewEntry e = entry(ReviewResult::Unqualified);
    e.handling = ReviewHandling::Correction;
    e.handledOn = QDate(2025, 1, 10);
    // Without a deadline: 6 months by default (setting).
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("correction_due")});
    ReviewRules::completeHandling(e, ReviewSettings());
    QCOMPARE(e.correctionDue, QDate(2025, 7, 10));
    QVERIFY(check(e).isEmpty());
    ReviewSettings three;
    three.correctionMonths = 3;
    ReviewEntry other = entry(ReviewResult::Unqualified);
    other.handling = ReviewHandling::Correction;
    other.handledOn = QDate(2025, 1, 10);
    ReviewRules::completeHandling(other, three);
    QCOMPARE(other.correctionDue, QDate(2025, 4, 10));
    // At most one year: the anniversary is allowed, the day after is not.
    e.correctionDue = QDate(2026, 1, 10);
    QCOMPARE(ReviewRules::latestCorrectionDue(e.handledOn), QDate(2026, 1, 10));
    QVERIFY(check(e).isEmpty());
    e.correctionDue = QDate(2026, 1, 11);
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("correction_due")});
    QVERIFY(check(e).first().message.contains(QStringLiteral("2026-01-10")));
    // The deadline comes after the decision.
    e.correctionDue = e.handledOn;
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("correction_due")});
    // Corrected: not before the decision, not in the future.
    e.correctionDue = QDate(2025, 7, 10);
    e.correctedOn = QDate(2025, 1, 9);
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("corrected_on")});
    e.correctedOn = QDate(2025, 5, 1);
    QVERIFY(check(e).isEmpty());
    QCOMPARE(ReviewRules::handlingText(e), QStringLiteral("Corrected on 2025-05-01 (deadline 2025-07-10)"));
    // A correction deadline or date without handling is refused.
    ReviewEntry bare = entry(ReviewResult::Unqualified);
    bare.correctionDue = QDate(2025, 7, 10);
    QCOMPARE(fields(check(bare)), QStringList{QStringLiteral("correction_due")});
}

void TestReviewRules::handlingDates()
{
    ReviewEntry e = entry(ReviewResult::Unqualified);
    e.handling = ReviewHandling::Removed;
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("handled_on")});
    e.handledOn = HeldOn.addDays(-1); // before the review
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("handled_on")});
    e.handledOn = HeldOn;
    QVERIFY(check(e).isEmpty());
    QCOMPARE(ReviewRules::handlingText(e), QStringLiteral("Removed on 2024-12-20"));
    e.handledOn = Today.addDays(1); // in the future
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("handled_on")});
    // A persuaded member did not correct; an earlier correction's deadline may stay.
    e.handling = ReviewHandling::Persuaded;
    e.handledOn = QDate(2025, 8, 1);
    e.correctionDue = QDate(2025, 7, 10);
    QVERIFY(check(e).isEmpty());
    e.correctedOn = QDate(2025, 7, 1);
    QCOMPARE(fields(check(e)), QStringList{QStringLiteral("corrected_on")});
    // A handling date alone.
    ReviewEntry dateOnly = entry(ReviewResult::Unqualified);
    dateOnly.handledOn = QDate(2025, 1, 1);
    QCOMPARE(fields(check(dateOnly)), QStringList{QStringLiteral("handled_on")});
}

void TestReviewRules::excellentAtMostOneThird_data()
{
    QTest::addColumn<int>("excellent");
    QTest::addColumn<int>("graded");
    QTest::addColumn<bool>("warned");
    QTest::newRow("1 of 3") << 1 << 3 << false;
    QTest::newRow("2 of 6") << 2 << 6 << false;
    QTest::newRow("2 of 5") << 2 << 5 << true;
    QTest::newRow("3 of 9") << 3 << 9 << false;
    QTest::newRow("4 of 9") << 4 << 9 << true;
    QTest::newRow("33 of 100") << 33 << 100 << false;
    QTest::newRow("34 of 100") << 34 << 100 << true;
    QTest::newRow("none graded") << 0 << 0 << false;
    QTest::newRow("1 of 1") << 1 << 1 << true;
}

void TestReviewRules::excellentAtMostOneThird()
{
    QFETCH(int, excellent);
    QFETCH(int, graded);
    QFETCH(bool, warned);
    const ReviewSettings settings;
    QCOMPARE(ReviewRules::excellentAboveLimit(excellent, graded, settings), warned);
    QCOMPARE(ReviewRules::excellentWarning(excellent, graded, settings).isEmpty(), !warned);
}

void TestReviewRules::excellentShareSetting()
{
    QCOMPARE(ReviewRules::excellentAllowed(10, ReviewSettings()), 3);
    QCOMPARE(ReviewRules::excellentWarning(4, 10, ReviewSettings()),
             QStringLiteral("4 of 10 graded full members rated excellent: at most 1/3 (3) should be"));
    ReviewSettings half;
    half.excellentNumerator = 1;
    half.excellentDenominator = 2;
    QVERIFY(!ReviewRules::excellentAboveLimit(5, 10, half));
    QVERIFY(ReviewRules::excellentAboveLimit(6, 10, half));
    ReviewSettings all;
    all.excellentNumerator = 1;
    all.excellentDenominator = 1; // the warning is off
    QVERIFY(!ReviewRules::excellentAboveLimit(10, 10, all));
}

void TestReviewRules::tallyCountsEachResultOnce()
{
    ReviewTally t;
    ReviewEntry unqualified = entry(ReviewResult::Unqualified);
    ReviewEntry handled = unqualified;
    handled.handling = ReviewHandling::Correction;
    ReviewEntry exempt = entry(ReviewResult::Exempt);
    exempt.exemptReason = ExemptReason::Sentence;
    for (const ReviewEntry& e :
         {entry(ReviewResult::Excellent), entry(ReviewResult::Qualified), entry(ReviewResult::Qualified),
          entry(ReviewResult::BasicallyQualified), unqualified, handled, entry(ReviewResult::Participated),
          entry(ReviewResult::Absent), exempt, entry(ReviewResult::None)}) {
        ReviewRules::count(t, e);
    }
    QCOMPARE(t.onRoll, 10);
    // Exempt is not eligible; absent and not recorded are eligible without taking part.
    QCOMPARE(t.exempt, 1);
    QCOMPARE(t.eligible(), 9);
    // Probationary members who took part count as participated but are not graded.
    QCOMPARE(t.participated, 7);
    QCOMPARE(t.gradedFull(), 6);
    QCOMPARE(t.excellent, 1);
    QCOMPARE(t.qualified, 2);
    QCOMPARE(t.basicallyQualified, 1);
    QCOMPARE(t.unqualified, 2);
    QCOMPARE(t.handled, 1);
    QCOMPARE(t.absent, 1);
    QCOMPARE(t.notRecorded, 1);
}

void TestReviewRules::readmissionBarredForFiveYears()
{
    QCOMPARE(ReviewRules::readmissionAllowedFrom(QDate(2020, 3, 1)), QDate(2025, 3, 1));
    QCOMPARE(ReviewRules::readmissionAllowedFrom(QDate(2024, 2, 29)), QDate(2029, 3, 1));
    const QDate born(1980, 1, 1);
    for (const EventKind left : {EventKind::Withdrew, EventKind::Removed}) {
        QList<MembershipEvent> events{ev(QDate(2005, 7, 1), EventKind::Admitted),
                                      ev(QDate(2006, 7, 1), EventKind::ConvertedFull, 0), ev(QDate(2020, 3, 1), left)};
        QList<MembershipEvent> early = events;
        early.append(ev(QDate(2025, 2, 28), EventKind::Admitted, 11));
        const MemberTimeline refused = MemberTimeline::build(born, early);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.violations().first().event.kind, EventKind::Admitted);
        QVERIFY2(refused.violations().first().message.contains(QStringLiteral("2025-03-01")),
                 qPrintable(refused.violations().first().message));
        QList<MembershipEvent> onTime = events;
        onTime.append(ev(QDate(2025, 3, 1), EventKind::Admitted, 11));
        const MemberTimeline admitted = MemberTimeline::build(born, onTime);
        QVERIFY(admitted.ok());
        QCOMPARE(admitted.currentOrgId(), qint64(11));
        QCOMPARE(admitted.currentCategory(), MemberCategory::Probationary);
    }
}

void TestReviewRules::otherDeparturesAreNotBarred()
{
    // Cancelled probation and expulsion are not the review's measures: no five-year bar here.
    const QDate born(1980, 1, 1);
    QVERIFY(!ReviewRules::barsReadmission(EventKind::Expelled));
    QVERIFY(!ReviewRules::barsReadmission(EventKind::ProbationCancelled));
    QVERIFY(MemberTimeline::build(born, {ev(QDate(2020, 7, 1), EventKind::Admitted),
                                         ev(QDate(2021, 3, 1), EventKind::ProbationCancelled),
                                         ev(QDate(2022, 3, 1), EventKind::Admitted, 11)})
                .ok());
}

void TestReviewRules::campaignDate()
{
    ReviewCampaign c;
    c.orgId = 1;
    c.year = 2024;
    c.heldOn = QDate(2024, 12, 20);
    QVERIFY(ReviewRules::checkCampaign(c, Today).isEmpty());
    c.heldOn = QDate(2025, 1, 15); // early the next year: the usual 组织生活会
    QVERIFY(ReviewRules::checkCampaign(c, Today).isEmpty());
    c.heldOn = QDate(2026, 1, 15);
    QCOMPARE(fields(ReviewRules::checkCampaign(c, Today)), QStringList{QStringLiteral("held_on")});
    c.heldOn = QDate(2023, 12, 31);
    QCOMPARE(fields(ReviewRules::checkCampaign(c, Today)), QStringList{QStringLiteral("held_on")});
    c.heldOn = QDate();
    QCOMPARE(fields(ReviewRules::checkCampaign(c, Today)), QStringList{QStringLiteral("held_on")});
    c.year = 2026;
    c.heldOn = Today.addDays(1);
    QCOMPARE(fields(ReviewRules::checkCampaign(c, Today)), QStringList{QStringLiteral("held_on")});
    c.year = 2027;
    c.heldOn = Today;
    QVERIFY(fields(ReviewRules::checkCampaign(c, Today)).contains(QStringLiteral("year")));
}

void TestReviewRules::settingsLimits()
{
    QVERIFY(ReviewRules::checkSettings(ReviewSettings()).isEmpty());
    ReviewSettings s;
    s.correctionMonths = 12;
    QVERIFY(ReviewRules::checkSettings(s).isEmpty());
    s.correctionMonths = 13;
    QCOMPARE(fields(ReviewRules::checkSettings(s)), QStringList{QStringLiteral("correction_months")});
    s.correctionMonths = 0;
    QCOMPARE(fields(ReviewRules::checkSettings(s)), QStringList{QStringLiteral("correction_months")});
    s = ReviewSettings();
    s.excellentNumerator = 4;
    s.excellentDenominator = 3;
    QCOMPARE(fields(ReviewRules::checkSettings(s)), QStringList{QStringLiteral("excellent_share")});
    s.excellentNumerator = 0;
    QCOMPARE(fields(ReviewRules::checkSettings(s)), QStringList{QStringLiteral("excellent_share")});
}

void TestReviewRules::vocabularies()
{
    using R = ReviewResult;
    const QList<QPair<QString, R>> results{
        {QStringLiteral("优秀"), R::Excellent},
        {QStringLiteral("合格"), R::Qualified},
        {QStringLiteral("基本合格"), R::BasicallyQualified},
        {QStringLiteral("不合格"), R::Unqualified},
        {QStringLiteral("参加"), R::Participated},
        {QStringLiteral("未参加"), R::Absent},
        {QStringLiteral("免评"), R::Exempt},
        {QStringLiteral("basically_qualified"), R::BasicallyQualified},
        {QStringLiteral("Exempt"), R::Exempt},
    };
    for (const auto& [text, expected] : results) {
        QCOMPARE(parseTerm<R>(ReviewRules::results(), text), std::optional<R>(expected));
    }
    QVERIFY(!parseTerm<R>(ReviewRules::results(), QStringLiteral("良好")));
    using H = ReviewHandling;
    QCOMPARE(parseTerm<H>(ReviewRules::handlings(), QStringLiteral("限期改正")), std::optional<H>(H::Correction));
    QCOMPARE(parseTerm<H>(ReviewRules::handlings(), QStringLiteral("劝退")), std::optional<H>(H::Persuaded));
    QCOMPARE(parseTerm<H>(ReviewRules::handlings(), QStringLiteral("劝其退党")), std::optional<H>(H::Persuaded));
    QCOMPARE(parseTerm<H>(ReviewRules::handlings(), QStringLiteral("除名")), std::optional<H>(H::Removed));
    using X = ExemptReason;
    QCOMPARE(parseTerm<X>(ReviewRules::exemptReasons(), QStringLiteral("出国")), std::optional<X>(X::Abroad));
    QCOMPARE(parseTerm<X>(ReviewRules::exemptReasons(), QStringLiteral("服刑")), std::optional<X>(X::Sentence));
    QCOMPARE(parseTerm<X>(ReviewRules::exemptReasons(), QStringLiteral("因病")), std::optional<X>(X::Illness));
    QCOMPARE(parseTerm<X>(ReviewRules::exemptReasons(), QStringLiteral("外出6个月以上未转接组织关系")),
             std::optional<X>(X::AwayWithoutTransfer));
    QCOMPARE(ReviewRules::results().chinese(int(R::Participated)), QStringLiteral("参加"));
    QCOMPARE(ReviewRules::handlings().chinese(int(H::Persuaded)), QStringLiteral("劝退"));
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
