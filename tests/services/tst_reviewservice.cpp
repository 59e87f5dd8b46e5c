#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/ReviewService.h"
#include "services/StatisticsService.h"
#include "store/ReviewStore.h"

#include <QTest>

#include <memory>

// The democratic review through the service against a real database: campaigns (one per
// organization and year, grassroots only, the date in the year or early the next), the roll a
// campaign covers (its subtree on its date), the counting rules (exempt is not eligible,
// probationary members take part ungraded, a member covered by two campaigns counts once, the
// latest), "set all to qualified", the 1/3 warning, handling (persuaded and removed take the
// member off the roll from that date and bar re-admission for five years; a correction's
// deadline shows in the list), the statistics figures, and `import reviews` / export.
class TestReviewService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void campaignRules();
    void rosterCoversTheSubtreeOnTheDate();
    void probationaryMembersAreNotGraded();
    void resultsNeedTheRoll();
    void setAllQualifiedThenExceptions();
    void excellentAboveOneThirdIsAWarning();
    void persuadedLeavesTheRollFromThatDate();
    void readmissionRefusedWithinFiveYears();
    void removedRecordsTheRemoval();
    void handlingRefusedWhenTheHistoryForbidsIt();
    void correctionDeadlinesRunningOut();
    void campaignDateCorrection();
    void overviewByOrganization();
    void statisticsCountEachMemberOnce();
    void importReviews();
    void importReportsEveryBadRow();
    void exportImportsBack();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    // Extra full members admitted 2010, full 2011: M0..M3 in BR1, M4 in BR2.
    void addMembers();
    qint64 campaign(const QString& orgCode, int year, const QDate& heldOn);
    ReviewEntry entry(qint64 campaignId, qint64 memberId, ReviewResult result);
    void set(const ReviewEntry& e);
    Member memberRecord(qint64 id);
    QList<qint64> rollOf(const QString& orgCode, const QDate& date);
    QString write(const QString& name, const QString& text) { return m_temp->writeFile(name, text); }
    ImportReport import(TableKind kind, const QString& path);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
    QList<qint64> m_extra;
    QStringList m_extraIds;
    qint64 m_zhang = 0;
    qint64 m_li = 0;
    qint64 m_liu = 0;
    qint64 m_wang = 0; // probationary since 2026-03-01 (BR2)
    qint64 m_chen = 0; // transferred out of BR2 on 2023-09-01
};

namespace {

QString makeIdNumber(int n)
{
    const QString first17 = QStringLiteral("110105") +
                            QDate(1980, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(2 * n + 1, 3, 10, QChar(u'0'));
    return first17 + CitizenId::checkCharacter(first17);
}

QString message(const Status& status)
{
    return status.ok() ? QString() : status.error().message();
}

} // namespace

void TestReviewService::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestReviewService::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
    m_zhang = member(QStringLiteral("110105198003151015"));
    m_li = member(QStringLiteral("110105198506201029"));
    m_liu = member(QStringLiteral("440305197511113130"));
    m_wang = member(QStringLiteral("31010419900101213X"));
    m_chen = member(QStringLiteral("510107199512304253"));
    addMembers();
}

void TestReviewService::cleanup()
{
    m_temp.reset();
    m_extra.clear();
    m_extraIds.clear();
}

qint64 TestReviewService::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestReviewService::member(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

void TestReviewService::addMembers()
{
    MemberService members(m_temp->db());
    for (int i = 0; i < 5; ++i) {
        Member m;
        m.name = QStringLiteral("成员%1").arg(i);
        m.idNumber = makeIdNumber(i);
        const QString code = i < 4 ? QStringLiteral("BR1") : QStringLiteral("BR2");
        auto id = members.admit(m_user, m, QDate(2010, 7, 1), org(code), QDate(2011, 7, 1));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));
        m_extra.append(*id);
        m_extraIds.append(m.idNumber);
    }
}

qint64 TestReviewService::campaign(const QString& orgCode, int year, const QDate& heldOn)
{
    ReviewCampaign c;
    c.orgId = org(orgCode);
    c.year = year;
    c.heldOn = heldOn;
    auto id = ReviewService(m_temp->db()).createCampaign(m_user, c);
    if (!id.ok()) {
        qWarning("%s", qPrintable(id.error().message()));
        return 0;
    }
    return *id;
}

ReviewEntry TestReviewService::entry(qint64 campaignId, qint64 memberId, ReviewResult result)
{
    ReviewEntry e;
    e.campaignId = campaignId;
    e.memberId = memberId;
    e.result = result;
    return e;
}

void TestReviewService::set(const ReviewEntry& e)
{
    const Status set = ReviewService(m_temp->db()).setEntry(m_user, e);
    QVERIFY2(set.ok(), qPrintable(message(set)));
}

Member TestReviewService::memberRecord(qint64 id)
{
    auto found = MemberService(m_temp->db()).findById(m_user, id);
    return found.ok() && found.value() ? *found.value() : Member();
}

QList<qint64> TestReviewService::rollOf(const QString& orgCode, const QDate& date)
{
    auto roll = ReviewStore(m_temp->db()).onRollOn({org(orgCode)}, date);
    QList<qint64> ids;
    for (const ReviewStore::RollMember& m : roll.ok() ? *roll : QList<ReviewStore::RollMember>()) {
        ids.append(m.memberId);
    }
    return ids;
}

ImportReport TestReviewService::import(TableKind kind, const QString& path)
{
    auto report = ImportService(m_temp->db()).importFile(m_user, kind, path);
    if (!report.ok()) {
        qWarning("%s", qPrintable(report.error().message()));
        return ImportReport();
    }
    return *report;
}

void TestReviewService::campaignRules()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR1"), 2024, QDate(2024, 12, 20));
    QVERIFY(id != 0);
    auto found = service.findCampaign(m_user, org(QStringLiteral("BR1")), 2024);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->id, id);
    QCOMPARE(found.value()->heldOn, QDate(2024, 12, 20));

    // One campaign per organization and year.
    ReviewCampaign again{0, org(QStringLiteral("BR1")), 2024, QDate(2025, 1, 8), {}};
    auto second = service.createCampaign(m_user, again);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind(), Error::Kind::Conflict);
    QVERIFY(second.error().message().contains(QStringLiteral("2024-12-20")));
    // The year's review may be held early the next year, not later.
    again.year = 2025;
    QVERIFY(service.createCampaign(m_user, again).ok());
    ReviewCampaign late{0, org(QStringLiteral("BR2")), 2023, QDate(2025, 1, 8), {}};
    auto refused = service.createCampaign(m_user, late);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("held_on"));
    // Grassroots organizations only, existing on the date.
    for (const QString& code : {QStringLiteral("GRP1"), QStringLiteral("CITY")}) {
        auto notGrassroots = service.createCampaign(m_user, {0, org(code), 2024, QDate(2024, 12, 1), {}});
        QVERIFY(!notGrassroots.ok());
        QCOMPARE(notGrassroots.error().field(), QStringLiteral("org"));
    }
    auto dissolved = service.createCampaign(m_user, {0, org(QStringLiteral("TMP1")), 2024, QDate(2024, 12, 1), {}});
    QVERIFY(!dissolved.ok());
    QCOMPARE(dissolved.error().field(), QStringLiteral("held_on"));
    auto campaigns = service.campaignsOf(m_user, org(QStringLiteral("BR1")));
    QVERIFY(campaigns.ok());
    QCOMPARE(campaigns->size(), 2);

    // Deleting a campaign deletes its results.
    set(entry(id, m_zhang, ReviewResult::Qualified));
    QVERIFY(service.removeCampaign(m_user, id).ok());
    QVERIFY(!service.campaign(m_user, id)->has_value());
    QVERIFY(ReviewStore(m_temp->db()).entriesOfMember(m_zhang)->isEmpty());
}

void TestReviewService::rosterCoversTheSubtreeOnTheDate()
{
    ReviewService service(m_temp->db());
    // GB1 on 2026-11-01 covers BR1 and BR2: 王强 is probationary since 2026-03-01, 陈静 left.
    const qint64 id = campaign(QStringLiteral("GB1"), 2026, QDate(2026, 11, 1));
    auto roster = service.roster(m_user, id);
    QVERIFY(roster.ok());
    QCOMPARE(roster->size(), 9); // 张伟, 李娜, 刘洋, M0..M3 in BR1; 王强 and M4 in BR2
    QSet<qint64> members;
    for (const ReviewService::RosterRow& row : std::as_const(*roster)) {
        QVERIFY(row.onRoll);
        QCOMPARE(row.entry.result, ReviewResult::None);
        members.insert(row.member.memberId);
        if (row.member.memberId == m_wang) {
            QCOMPARE(row.member.category, MemberCategory::Probationary);
            QCOMPARE(row.orgName, QStringLiteral("预算二科党支部"));
        }
    }
    QVERIFY(members.contains(m_wang) && members.contains(m_liu) && members.contains(m_extra.at(4)));
    QVERIFY(!members.contains(m_chen));

    // A year earlier 王强 was not yet admitted; BR1's own campaign covers BR1 only.
    auto earlier = service.roster(m_user, campaign(QStringLiteral("GB1"), 2025, QDate(2025, 12, 20)));
    QCOMPARE(earlier->size(), 8);
    auto branch = service.roster(m_user, campaign(QStringLiteral("BR1"), 2026, QDate(2026, 11, 2)));
    QCOMPARE(branch->size(), 7);
    // In 2023 before 1 September 陈静 was still on BR2's roll.
    auto br2 = service.roster(m_user, campaign(QStringLiteral("BR2"), 2023, QDate(2023, 6, 30)));
    QCOMPARE(br2->size(), 2);
}

void TestReviewService::probationaryMembersAreNotGraded()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR2"), 2026, QDate(2026, 11, 1));
    const Status graded = service.setEntry(m_user, entry(id, m_wang, ReviewResult::Qualified));
    QVERIFY(!graded.ok());
    QCOMPARE(graded.error().kind(), Error::Kind::Invalid);
    QCOMPARE(graded.error().field(), QStringLiteral("result"));
    QVERIFY(service.reviewsOfMember(m_user, m_wang)->isEmpty());
    set(entry(id, m_wang, ReviewResult::Participated));
    // A full member who takes part is graded.
    const Status ungraded = service.setEntry(m_user, entry(id, m_extra.at(4), ReviewResult::Participated));
    QCOMPARE(ungraded.error().field(), QStringLiteral("result"));
    set(entry(id, m_extra.at(4), ReviewResult::Excellent));
    auto tally = service.tally(m_user, id);
    QVERIFY(tally.ok());
    QCOMPARE(tally->onRoll, 2);
    QCOMPARE(tally->participated, 2);
    QCOMPARE(tally->gradedFull(), 1);
    QCOMPARE(tally->excellent, 1);
}

void TestReviewService::resultsNeedTheRoll()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR2"), 2024, QDate(2024, 12, 20));
    // 陈静 transferred out in 2023; 张伟 is in BR1, outside BR2's subtree.
    for (const qint64 outsider : {m_chen, m_zhang}) {
        const Status refused = service.setEntry(m_user, entry(id, outsider, ReviewResult::Qualified));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field(), QStringLiteral("id_number"));
    }
    ReviewEntry exempt = entry(id, m_extra.at(4), ReviewResult::Exempt);
    QCOMPARE(service.setEntry(m_user, exempt).error().field(), QStringLiteral("exempt_reason"));
    exempt.exemptReason = ExemptReason::AwayWithoutTransfer;
    exempt.note = QStringLiteral("支部大会批准");
    set(exempt);
    auto recorded = ReviewStore(m_temp->db()).findEntry(id, m_extra.at(4));
    QVERIFY(recorded.ok() && recorded.value());
    QCOMPARE(recorded.value()->exemptReason, ExemptReason::AwayWithoutTransfer);
    QCOMPARE(recorded.value()->orgId, org(QStringLiteral("BR2")));
    QCOMPARE(recorded.value()->note, QStringLiteral("支部大会批准"));
    // Cleared, the member is "not recorded" again.
    QVERIFY(service.clearEntry(m_user, id, m_extra.at(4)).ok());
    QCOMPARE(service.tally(m_user, id)->notRecorded, 1);
}

void TestReviewService::setAllQualifiedThenExceptions()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("GB1"), 2026, QDate(2026, 11, 1));
    set(entry(id, m_li, ReviewResult::Excellent)); // entered before: kept
    auto written = service.setAllQualified(m_user, id);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
    QCOMPARE(*written, 8);
    auto roster = service.roster(m_user, id);
    for (const ReviewService::RosterRow& row : std::as_const(*roster)) {
        const ReviewResult expected = row.member.memberId == m_li     ? ReviewResult::Excellent
                                      : row.member.memberId == m_wang ? ReviewResult::Participated
                                                                      : ReviewResult::Qualified;
        QCOMPARE(row.entry.result, expected);
    }
    // Then the exceptions.
    ReviewEntry exempt = entry(id, m_extra.at(0), ReviewResult::Exempt);
    exempt.exemptReason = ExemptReason::Illness;
    QVERIFY(service
                .setEntries(m_user, {exempt, entry(id, m_extra.at(1), ReviewResult::Absent),
                                     entry(id, m_extra.at(2), ReviewResult::BasicallyQualified)})
                .ok());
    // All or none: one refused result leaves the others as they were.
    const Status refused = service.setEntries(
        m_user, {entry(id, m_extra.at(3), ReviewResult::Unqualified), entry(id, m_wang, ReviewResult::Qualified)});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message().startsWith(QStringLiteral("王强")));
    auto tally = service.tally(m_user, id);
    QCOMPARE(tally->onRoll, 9);
    QCOMPARE(tally->exempt, 1);
    QCOMPARE(tally->eligible(), 8); // exempt is not eligible
    QCOMPARE(tally->absent, 1);
    QCOMPARE(tally->participated, 7); // 王强 took part ungraded
    QCOMPARE(tally->gradedFull(), 6);
    QCOMPARE(tally->excellent, 1);
    QCOMPARE(tally->qualified, 4);
    QCOMPARE(tally->basicallyQualified, 1);
    QCOMPARE(tally->unqualified, 0);
    QCOMPARE(*service.setAllQualified(m_user, id), 0); // nobody left without a result
}

void TestReviewService::excellentAboveOneThirdIsAWarning()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR1"), 2026, QDate(2026, 11, 1));
    QVERIFY(service.setAllQualified(m_user, id).ok()); // 7 graded full members
    set(entry(id, m_zhang, ReviewResult::Excellent));
    set(entry(id, m_li, ReviewResult::Excellent));
    QVERIFY(service.warnings(m_user, id)->isEmpty()); // 2 of 7: within a third
    set(entry(id, m_liu, ReviewResult::Excellent));   // saved anyway: a warning, not a refusal
    auto warnings = service.warnings(m_user, id);
    QVERIFY(warnings.ok());
    QCOMPARE(warnings->size(), 1);
    QCOMPARE(warnings->first(),
             QStringLiteral("3 of 7 graded full members rated excellent: at most 1/3 (2) should be"));
    QCOMPARE(service.tally(m_user, id)->excellent, 3);
    // The share is a setting of the database.
    ReviewSettings half;
    half.excellentDenominator = 2;
    QVERIFY(service.setSettings(m_user, half).ok());
    QCOMPARE(service.settings(m_user)->excellentDenominator, 2);
    QVERIFY(ReviewService(m_temp->db()).warnings(m_user, id)->isEmpty());
    ReviewSettings bad;
    bad.correctionMonths = 13;
    QCOMPARE(service.setSettings(m_user, bad).error().field(), QStringLiteral("correction_months"));
}

void TestReviewService::persuadedLeavesTheRollFromThatDate()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR1"), 2024, QDate(2024, 12, 20));
    ReviewEntry e = entry(id, m_liu, ReviewResult::Unqualified);
    e.handling = ReviewHandling::Persuaded;
    e.handledOn = QDate(2025, 2, 10);
    set(e);
    // Off the roll from that date: the withdrawal is in the member's history.
    QVERIFY(rollOf(QStringLiteral("BR1"), QDate(2025, 2, 9)).contains(m_liu));
    QVERIFY(!rollOf(QStringLiteral("BR1"), QDate(2025, 2, 10)).contains(m_liu));
    const Member liu = memberRecord(m_liu);
    QVERIFY(!liu.onRoll);
    auto history = MemberService(m_temp->db()).history(m_user, m_liu);
    QVERIFY(history.ok());
    const MembershipEvent& last = history->constLast();
    QCOMPARE(last.kind, EventKind::Withdrew);
    QCOMPARE(last.date, QDate(2025, 2, 10));
    QCOMPARE(last.orgId, org(QStringLiteral("BR1")));
    QCOMPARE(last.note, QStringLiteral("Democratic review of 2024: Persuaded to withdraw"));

    // Recorded in the history: the result and its handling are final here.
    ReviewEntry changed = e;
    changed.handling = ReviewHandling::Correction;
    changed.correctionDue = QDate(2025, 8, 10);
    const Status refused = service.setEntry(m_user, changed);
    QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
    QCOMPARE(service.clearEntry(m_user, id, m_liu).error().kind(), Error::Kind::Conflict);
    QCOMPARE(service.removeCampaign(m_user, id).error().kind(), Error::Kind::Conflict);
    // The same handling again changes nothing; a note may still be added.
    set(e);
    ReviewEntry noted = e;
    noted.note = QStringLiteral("支部大会决定");
    set(noted);
    QCOMPARE(MemberService(m_temp->db()).history(m_user, m_liu)->size(), history->size());
    // The next year's review no longer lists 刘洋.
    auto roster = service.roster(m_user, campaign(QStringLiteral("BR1"), 2025, QDate(2025, 12, 20)));
    for (const ReviewService::RosterRow& row : std::as_const(*roster)) {
        QVERIFY(row.member.memberId != m_liu);
    }
    QCOMPARE(service.tally(m_user, id)->handled, 1);
}

void TestReviewService::readmissionRefusedWithinFiveYears()
{
    const qint64 id = campaign(QStringLiteral("BR1"), 2019, QDate(2019, 12, 20));
    ReviewEntry e = entry(id, m_liu, ReviewResult::Unqualified);
    e.handling = ReviewHandling::Persuaded;
    e.handledOn = QDate(2020, 1, 10);
    set(e);
    MemberService members(m_temp->db());
    const MembershipEvent early{0, m_liu, QDate(2025, 1, 9), EventKind::Admitted, org(QStringLiteral("BR3")), {}};
    auto refused = members.recordEvent(m_user, early);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("admitted_on"));
    QVERIFY2(refused.error().message().contains(QStringLiteral("2025-01-10")), qPrintable(refused.error().message()));
    QVERIFY(!memberRecord(m_liu).onRoll);
    // Five years later to the day: admitted again, as a probationary member.
    MembershipEvent onTime = early;
    onTime.date = QDate(2025, 1, 10);
    auto admitted = members.recordEvent(m_user, onTime);
    QVERIFY2(admitted.ok(), admitted.ok() ? "" : qPrintable(admitted.error().message()));
    QCOMPARE(memberRecord(m_liu).category, MemberCategory::Probationary);
    QCOMPARE(memberRecord(m_liu).orgId, org(QStringLiteral("BR3")));
}

void TestReviewService::removedRecordsTheRemoval()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR2"), 2025, QDate(2026, 1, 20));
    ReviewEntry e = entry(id, m_extra.at(4), ReviewResult::Unqualified);
    e.handling = ReviewHandling::Removed;
    e.handledOn = QDate(2026, 3, 2);
    set(e);
    auto history = MemberService(m_temp->db()).history(m_user, m_extra.at(4));
    QCOMPARE(history->constLast().kind, EventKind::Removed);
    QCOMPARE(history->constLast().date, QDate(2026, 3, 2));
    QVERIFY(!memberRecord(m_extra.at(4)).onRoll);
    // A re-admission in 2026 is refused (barred until 2031-03-02).
    auto readmitted =
        MemberService(m_temp->db())
            .recordEvent(m_user,
                         {0, m_extra.at(4), QDate(2026, 11, 1), EventKind::Admitted, org(QStringLiteral("BR2")), {}});
    QVERIFY(!readmitted.ok());
    QVERIFY(readmitted.error().message().contains(QStringLiteral("2031-03-02")));
}

void TestReviewService::handlingRefusedWhenTheHistoryForbidsIt()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR1"), 2024, QDate(2024, 12, 20));
    // M3 moves to BR3 in 2025: a withdrawal dated before the move contradicts the history.
    QVERIFY(MemberService(m_temp->db())
                .recordEvent(m_user,
                             {0, m_extra.at(3), QDate(2025, 5, 1), EventKind::Moved, org(QStringLiteral("BR3")), {}})
                .ok());
    ReviewEntry e = entry(id, m_extra.at(3), ReviewResult::Unqualified);
    e.handling = ReviewHandling::Persuaded;
    e.handledOn = QDate(2025, 3, 1);
    auto issues = service.validateEntry(m_user, e);
    QVERIFY(issues.ok());
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->first().field, QStringLiteral("handled_on"));
    const Status refused = service.setEntry(m_user, e);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("handled_on"));
    // Nothing was written: no result, no departure.
    QVERIFY(!ReviewStore(m_temp->db()).findEntry(id, m_extra.at(3))->has_value());
    QVERIFY(memberRecord(m_extra.at(3)).onRoll);
    // A handling of a member who is not unqualified, or before the review.
    ReviewEntry qualified = entry(id, m_zhang, ReviewResult::Qualified);
    qualified.handling = ReviewHandling::Correction;
    qualified.handledOn = QDate(2025, 1, 5);
    QCOMPARE(service.setEntry(m_user, qualified).error().field(), QStringLiteral("handling"));
    ReviewEntry early = entry(id, m_zhang, ReviewResult::Unqualified);
    early.handling = ReviewHandling::Removed;
    early.handledOn = QDate(2024, 12, 19);
    QCOMPARE(service.setEntry(m_user, early).error().field(), QStringLiteral("handled_on"));
    QVERIFY(memberRecord(m_zhang).onRoll);
}

void TestReviewService::correctionDeadlinesRunningOut()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR1"), 2025, QDate(2026, 1, 15));
    ReviewEntry e = entry(id, m_li, ReviewResult::Unqualified);
    e.handling = ReviewHandling::Correction;
    e.handledOn = QDate(2026, 6, 1); // deadline by default: 2026-12-01
    set(e);
    auto recorded = ReviewStore(m_temp->db()).findEntry(id, m_li);
    QCOMPARE(recorded.value()->correctionDue, QDate(2026, 12, 1));
    ReviewEntry late = entry(id, m_extra.at(0), ReviewResult::Unqualified);
    late.handling = ReviewHandling::Correction;
    late.handledOn = QDate(2026, 2, 1);
    late.correctionDue = QDate(2026, 8, 1); // passed
    set(late);
    ReviewEntry far = entry(id, m_extra.at(1), ReviewResult::Unqualified);
    far.handling = ReviewHandling::Correction;
    far.handledOn = QDate(2026, 6, 1);
    far.correctionDue = QDate(2027, 6, 1); // the year allowed
    set(far);
    // A correction beyond a year is refused.
    ReviewEntry tooLong = entry(id, m_extra.at(2), ReviewResult::Unqualified);
    tooLong.handling = ReviewHandling::Correction;
    tooLong.handledOn = QDate(2026, 6, 1);
    tooLong.correctionDue = QDate(2027, 6, 2);
    QCOMPARE(service.setEntry(m_user, tooLong).error().field(), QStringLiteral("correction_due"));

    const QDate asOf(2026, 11, 21);
    auto due = service.correctionsDue(m_user, asOf, 30);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).entry.memberId, m_extra.at(0)); // earliest deadline first
    QCOMPARE(due->at(0).daysLeft, -112);
    QCOMPARE(due->at(1).entry.memberId, m_li);
    QCOMPARE(due->at(1).daysLeft, 10);
    QCOMPARE(due->at(1).orgCode, QStringLiteral("BR1"));
    QCOMPARE(due->at(1).name, QStringLiteral("李娜"));
    QCOMPARE(service.correctionsDue(m_user, asOf, 5)->size(), 1);
    QCOMPARE(service.correctionsDue(m_user, asOf, 30, org(QStringLiteral("BR2")))->size(), 0);
    QCOMPARE(service.correctionsDue(m_user, asOf, 30, org(QStringLiteral("GB1")))->size(), 2);
    // Corrected: the deadline is closed.
    late.correctedOn = QDate(2026, 7, 20);
    set(late);
    QCOMPARE(service.correctionsDue(m_user, asOf, 30)->size(), 1);
    QCOMPARE(service.tally(m_user, id)->handled, 3);
}

void TestReviewService::campaignDateCorrection()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("BR2"), 2025, QDate(2025, 12, 20));
    set(entry(id, m_extra.at(4), ReviewResult::Qualified));
    // Early the next year M4's result still fits.
    auto c = service.campaign(m_user, id)->value();
    c.heldOn = QDate(2026, 1, 5);
    c.note = QStringLiteral("组织生活会");
    QVERIFY(service.updateCampaign(m_user, c).ok());
    QCOMPARE(service.campaign(m_user, id)->value().note, QStringLiteral("组织生活会"));
    // M4 moves to BR3 in 2026: a campaign date after that leaves M4's result off the roll.
    QVERIFY(MemberService(m_temp->db())
                .recordEvent(m_user,
                             {0, m_extra.at(4), QDate(2026, 2, 1), EventKind::Moved, org(QStringLiteral("BR3")), {}})
                .ok());
    c.heldOn = QDate(2026, 2, 10);
    const Status refused = service.updateCampaign(m_user, c);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message().startsWith(QStringLiteral("成员4")), qPrintable(refused.error().message()));
    QCOMPARE(service.campaign(m_user, id)->value().heldOn, QDate(2026, 1, 5));
}

void TestReviewService::overviewByOrganization()
{
    ReviewService service(m_temp->db());
    // 2025: BR1 holds its own review; BR2 none; GB1's members sit in its branches.
    const qint64 br1 = campaign(QStringLiteral("BR1"), 2025, QDate(2025, 12, 20));
    QVERIFY(service.setAllQualified(m_user, br1).ok());
    set(entry(br1, m_extra.at(0), ReviewResult::Absent));
    for (const qint64 m : {m_zhang, m_li, m_liu}) {
        set(entry(br1, m, ReviewResult::Excellent)); // 3 of 6 graded: above a third
    }
    auto rows = service.overview(m_user, 2025);
    QVERIFY(rows.ok());
    QStringList codes;
    for (const ReviewService::OverviewRow& row : std::as_const(*rows)) {
        codes.append(row.code);
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("BR1"), QStringLiteral("BR2")}));
    const ReviewService::OverviewRow& b1 = rows->at(0);
    QVERIFY(b1.held());
    QCOMPARE(b1.heldOn, QDate(2025, 12, 20));
    QCOMPARE(b1.tally.onRoll, 7);
    QCOMPARE(b1.tally.participated, 6);
    QCOMPARE(b1.tally.excellent, 3);
    QVERIFY(!b1.warning.isEmpty());
    const ReviewService::OverviewRow& b2 = rows->at(1);
    QVERIFY(!b2.held() && !b2.covered());
    QCOMPARE(b2.tally.onRoll, 1); // M4
    QCOMPARE(b2.tally.participated, 0);

    // A review of GB1 covers BR2 (and BR1, whose own review stays its own).
    campaign(QStringLiteral("GB1"), 2025, QDate(2026, 1, 10));
    rows = service.overview(m_user, 2025);
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(2).code, QStringLiteral("GB1"));
    QVERIFY(rows->at(2).held());
    QCOMPARE(rows->at(2).tally.onRoll, 0);
    QCOMPARE(rows->at(1).coveredByCode, QStringLiteral("GB1"));
    QVERIFY(rows->at(1).covered() && !rows->at(1).held());
    QVERIFY(rows->at(0).held());
    // A subtree only.
    rows = service.overview(m_user, 2025, org(QStringLiteral("BR2")));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).code, QStringLiteral("BR2"));
}

void TestReviewService::statisticsCountEachMemberOnce()
{
    ReviewService service(m_temp->db());
    // BR1's review of 2024 held on 2025-01-10, then GB1's review of 2025 on 2025-12-20: BR1's
    // members are covered twice in 2025 and count once, by GB1's (the latest).
    const qint64 br1 = campaign(QStringLiteral("BR1"), 2024, QDate(2025, 1, 10));
    ReviewEntry liu = entry(br1, m_liu, ReviewResult::Unqualified);
    liu.handling = ReviewHandling::Correction;
    liu.handledOn = QDate(2025, 1, 20);
    ReviewEntry m0 = entry(br1, m_extra.at(0), ReviewResult::Exempt);
    m0.exemptReason = ExemptReason::Illness;
    QVERIFY(service
                .setEntries(m_user,
                            {entry(br1, m_zhang, ReviewResult::Excellent), entry(br1, m_li, ReviewResult::Qualified),
                             liu, m0, entry(br1, m_extra.at(1), ReviewResult::Absent),
                             entry(br1, m_extra.at(2), ReviewResult::Qualified),
                             entry(br1, m_extra.at(3), ReviewResult::Qualified)})
                .ok());
    const qint64 gb1 = campaign(QStringLiteral("GB1"), 2025, QDate(2025, 12, 20));
    ReviewEntry m2 = entry(gb1, m_extra.at(2), ReviewResult::Exempt);
    m2.exemptReason = ExemptReason::Abroad;
    ReviewEntry m4 = entry(gb1, m_extra.at(4), ReviewResult::Unqualified);
    m4.handling = ReviewHandling::Removed;
    m4.handledOn = QDate(2026, 1, 5);
    const Status written = service.setEntries(
        m_user,
        {entry(gb1, m_zhang, ReviewResult::Qualified), entry(gb1, m_li, ReviewResult::Excellent),
         entry(gb1, m_liu, ReviewResult::BasicallyQualified), entry(gb1, m_extra.at(0), ReviewResult::Qualified),
         entry(gb1, m_extra.at(1), ReviewResult::Qualified), m2, m4}); // M3: no result
    QVERIFY2(written.ok(), qPrintable(message(written)));

    auto all = OrganizationService(m_temp->db()).subtreeOn(m_user, 0, QDate(2025, 12, 31));
    QVERIFY(all.ok());
    auto year = service.figures(*all, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2025, 12, 31));
    QVERIFY(year.ok());
    ReviewFigures expected;
    expected.eligible = 7; // 8 covered, M2 exempt
    expected.exempt = 1;
    expected.participated = 6; // M3 has no result
    expected.excellent = 1;
    expected.qualified = 3;
    expected.basicallyQualified = 1;
    expected.unqualified = 1;
    expected.handled = 0; // M4's removal is dated after the as-of date
    QCOMPARE(*year, expected);
    // The statistics engine's review section is these figures (no second computation).
    const auto statistics = StatisticsService(m_temp->db()).compute(m_user, StatisticsRequest::forYear(2025));
    QVERIFY(statistics.ok());
    QCOMPARE(statistics->review.eligible, expected.eligible);
    QCOMPARE(statistics->review.exempt, expected.exempt);
    QCOMPARE(statistics->review.participated, expected.participated);
    QCOMPARE(statistics->review.excellent, expected.excellent);
    QCOMPARE(statistics->review.qualified, expected.qualified);
    QCOMPARE(statistics->review.basicallyQualified, expected.basicallyQualified);
    QCOMPARE(statistics->review.unqualified, expected.unqualified);
    QCOMPARE(statistics->review.handled, expected.handled);
    expected.handled = 1;
    QCOMPARE(*service.figures(*all, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2026, 1, 31)), expected);

    // BR2 alone: M4 only.
    auto br2 =
        service.figures({org(QStringLiteral("BR2"))}, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2025, 12, 31));
    QCOMPARE(br2->eligible, 1);
    QCOMPARE(br2->participated, 1);
    QCOMPARE(br2->unqualified, 1);
    QCOMPARE(br2->excellent, 0);

    // The first half of 2025 sees BR1's review only.
    auto half = service.figures(*all, QDate(2025, 1, 1), QDate(2025, 6, 30), QDate(2025, 6, 30));
    ReviewFigures first;
    first.eligible = 6; // 7 covered, M0 exempt
    first.exempt = 1;
    first.participated = 5; // M1 absent
    first.excellent = 1;
    first.qualified = 3;
    first.unqualified = 1;
    first.handled = 1; // 刘洋's correction
    QCOMPARE(*half, first);

    // No campaign in the period, or no organization: zeros.
    QCOMPARE(*service.figures(*all, QDate(2023, 1, 1), QDate(2023, 12, 31), QDate(2023, 12, 31)), ReviewFigures());
    QCOMPARE(*service.figures({}, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2025, 12, 31)), ReviewFigures());
}

void TestReviewService::importReviews()
{
    const QString file = write(QStringLiteral("reviews.csv"),
                               QStringLiteral("年度,党组织,日期,公民身份号码,结果,免评原因,处置,处置日期\n"
                                              "2025,GB1,2025-12-20,110105198003151015,优秀,,,\n"
                                              "2025,GB1,2025-12-20,110105198506201029,合格,,,\n"
                                              "2025,GB1,2025-12-20,440305197511113130,不合格,,限期改正,2026-01-05\n"
                                              "2025年度,GB1,2025-12-20,%1,免评,因病,,\n"
                                              "2025,GB1,2025-12-20,%2,不合格,,劝退,2026-02-01\n"
                                              "2026,BR2,2026-11-01,31010419900101213X,参加,,,\n")
                                   .arg(m_extraIds.at(0), m_extraIds.at(4)));
    ImportReport report = import(TableKind::Reviews, file);
    QVERIFY2(report.issues.isEmpty(), report.issues.isEmpty() ? "" : qPrintable(report.issues.first().message));
    QVERIFY(report.written);
    QCOMPARE(report.created, 6);
    ReviewService service(m_temp->db());
    auto gb1 = service.findCampaign(m_user, org(QStringLiteral("GB1")), 2025);
    QVERIFY(gb1.ok() && gb1.value());
    QCOMPARE(gb1.value()->heldOn, QDate(2025, 12, 20));
    auto liu = ReviewStore(m_temp->db()).findEntry(gb1.value()->id, m_liu);
    QCOMPARE(liu.value()->handling, ReviewHandling::Correction);
    QCOMPARE(liu.value()->correctionDue, QDate(2026, 7, 5));
    // 劝退 recorded the withdrawal.
    QVERIFY(!memberRecord(m_extra.at(4)).onRoll);
    QCOMPARE(MemberService(m_temp->db()).history(m_user, m_extra.at(4))->constLast().kind, EventKind::Withdrew);
    auto tally = service.tally(m_user, gb1.value()->id);
    QCOMPARE(tally->onRoll, 8);
    QCOMPARE(tally->exempt, 1);
    QCOMPARE(tally->participated, 4);
    QCOMPARE(tally->notRecorded, 3);

    // The same file again changes nothing.
    report = import(TableKind::Reviews, file);
    QVERIFY(report.issues.isEmpty());
    QCOMPARE(report.unchanged, 6);
    QCOMPARE(report.created + report.updated, 0);
    // A corrected date moves the campaign; a corrected result replaces the result.
    const QString corrected =
        write(QStringLiteral("corrected.csv"), QStringLiteral("year,org,held_on,id_number,result\n"
                                                              "2025,GB1,2025-12-22,110105198003151015,qualified\n"));
    report = import(TableKind::Reviews, corrected);
    QVERIFY2(report.issues.isEmpty(), report.issues.isEmpty() ? "" : qPrintable(report.issues.first().message));
    QCOMPARE(report.updated, 1);
    QCOMPARE(service.findCampaign(m_user, org(QStringLiteral("GB1")), 2025)->value().heldOn, QDate(2025, 12, 22));
    QCOMPARE(ReviewStore(m_temp->db()).findEntry(gb1.value()->id, m_zhang)->value().result, ReviewResult::Qualified);
}

void TestReviewService::importReportsEveryBadRow()
{
    const QString file =
        write(QStringLiteral("bad.csv"),
              QStringLiteral("年度,党组织,日期,公民身份号码,结果,免评原因,处置,处置日期\n"
                             "2026,GB1,2026-11-01,110105198003151015,合格,,,\n"   // 2: fine
                             "2026,GB1,2026-11-01,31010419900101213X,合格,,,\n"   // 3: probationary graded
                             "2026,GB1,2026-11-01,110105198506201029,良好,,,\n"   // 4: unknown result
                             "2026,GB1,2026-11-01,440305197511113130,免评,,,\n"   // 5: no reason
                             "2026,GB1,2026-11-01,%1,合格,,限期改正,2026-11-02\n" // 6: handling of qualified
                             "2026,GB1,2026-11-01,110105198001010011,合格,,,\n"   // 7: unknown member
                             "2026,GB1,2026-11-01,510107199512304253,合格,,,\n"   // 8: not on the roll
                             "2026,GB1,2026-11-01,110105198003151015,优秀,,,\n"   // 9: twice
                             "2026,GB1,2026-11-05,%2,合格,,,\n"                   // 10: another date
                             "2026,GRP1,2026-11-01,%2,合格,,,\n"                  // 11: a party group
                             ",GB1,2026-11-01,%2,合格,,,\n")                      // 12: no year
                  .arg(m_extraIds.at(0), m_extraIds.at(1)));
    const ImportReport report = import(TableKind::Reviews, file);
    QVERIFY(!report.written);
    QList<int> rows;
    QStringList columns;
    for (const RowIssue& issue : report.issues) {
        rows.append(issue.row);
        columns.append(issue.column);
    }
    QCOMPARE(rows, (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    QCOMPARE(columns, (QStringList{QStringLiteral("结果"), QStringLiteral("结果"), QStringLiteral("免评原因"),
                                   QStringLiteral("处置"), QStringLiteral("公民身份号码"),
                                   QStringLiteral("公民身份号码"), QStringLiteral("公民身份号码"),
                                   QStringLiteral("日期"), QStringLiteral("党组织"), QStringLiteral("年度")}));
    QVERIFY(report.issues.at(0).message.contains(QStringLiteral("probationary")));
    QVERIFY(report.issues.at(6).message.contains(QStringLiteral("row 2")));
    // All or nothing: not even the campaign was recorded.
    QVERIFY(!ReviewService(m_temp->db()).findCampaign(m_user, org(QStringLiteral("GB1")), 2026)->has_value());
}

void TestReviewService::exportImportsBack()
{
    ReviewService service(m_temp->db());
    const qint64 id = campaign(QStringLiteral("GB1"), 2025, QDate(2025, 12, 20));
    QVERIFY(service.setAllQualified(m_user, id).ok());
    ReviewEntry exempt = entry(id, m_extra.at(0), ReviewResult::Exempt);
    exempt.exemptReason = ExemptReason::Bedridden;
    exempt.note = QStringLiteral("批准");
    ReviewEntry corrected = entry(id, m_liu, ReviewResult::Unqualified);
    corrected.handling = ReviewHandling::Correction;
    corrected.handledOn = QDate(2026, 1, 5);
    corrected.correctedOn = QDate(2026, 3, 1);
    ReviewEntry persuaded = entry(id, m_extra.at(4), ReviewResult::Unqualified);
    persuaded.handling = ReviewHandling::Persuaded;
    persuaded.handledOn = QDate(2026, 2, 1);
    QVERIFY(service.setEntries(m_user, {exempt, corrected, persuaded}).ok());

    ExportService exporter(m_temp->db());
    const QString path = m_temp->file(QStringLiteral("reviews-export.csv"));
    auto rows = exporter.exportTable(m_user, TableKind::Reviews, path);
    QVERIFY(rows.ok());
    QCOMPARE(*rows, qint64(8));
    QCOMPARE(*exporter.exportTable(m_user, TableKind::Reviews, m_temp->file(QStringLiteral("br2.csv")),
                                   QStringLiteral("BR2")),
             qint64(0)); // the campaign belongs to GB1
    // Into the same database: every row is already recorded.
    ImportReport report = import(TableKind::Reviews, path);
    QVERIFY2(report.issues.isEmpty(), report.issues.isEmpty() ? "" : qPrintable(report.issues.first().message));
    QCOMPARE(report.unchanged, 8);

    // Into a fresh copy of the roll (members, then events with the withdrawal, then reviews).
    const QString members = m_temp->file(QStringLiteral("members.csv"));
    const QString events = m_temp->file(QStringLiteral("events.csv"));
    const QString orgs = m_temp->file(QStringLiteral("orgs.csv"));
    QVERIFY(exporter.exportTable(m_user, TableKind::Orgs, orgs).ok());
    QVERIFY(exporter.exportTable(m_user, TableKind::Members, members).ok());
    QVERIFY(exporter.exportTable(m_user, TableKind::Events, events).ok());
    TempDatabase copy;
    ImportService importer(copy.db());
    for (const auto& [kind, file] : {QPair<TableKind, QString>{TableKind::Orgs, orgs},
                                     {TableKind::Members, members},
                                     {TableKind::Events, events},
                                     {TableKind::Reviews, path}}) {
        auto imported = importer.importFile(m_user, kind, file);
        QVERIFY(imported.ok());
        QVERIFY2(imported->issues.isEmpty(),
                 imported->issues.isEmpty() ? "" : qPrintable(imported->issues.first().message));
    }
    const QString again = copy.file(QStringLiteral("again.csv"));
    QCOMPARE(*ExportService(copy.db()).exportTable(m_user, TableKind::Reviews, again), qint64(8));
    QFile a(path);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
