#include "TempDatabase.h"
#include "core/Clock.h"
#include "core/ElectionRules.h"
#include "core/ReviewRules.h"
#include "core/TermRules.h"
#include "services/CheckService.h"
#include "services/DataGenerator.h"
#include "services/ElectionService.h"
#include "services/ReviewService.h"
#include "services/StatisticsService.h"
#include "store/ElectionStore.h"
#include "store/PostStore.h"
#include "store/ReviewStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

// The term elections, by-elections and democratic reviews that `generate` records, read back
// through the stores and checked by the services that would check a user's records: every
// election valid with its voters and candidates on the roll that day, the posts agreeing with
// the elected, every review result fitting its campaign's roll, no error from `check`, a
// realistic share of organizations overdue today, the statistics agreeing with the records,
// and the same seed giving the same records.
namespace {

template <typename Issues> QString firstMessage(const Issues& issues)
{
    return issues.isEmpty() ? QString() : issues.constFirst().message;
}

} // namespace

class TestGeneratedRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryCountsTheRecords();
    void electionsAreValid();
    void postsAgreeWithTheElected();
    void reviewsFitTheirRolls();
    void checkFindsNoErrors();
    void fewOrganizationsOverdue();
    void statisticsAgreeWithTheRecords();
    void sameSeedSameRecords();

private:
    static GeneratorOptions options(qint64 members, quint64 seed);
    static QByteArray dump(Database& db);
    qint64 count(const QString& sql, const QVariantList& values = {});

    std::unique_ptr<TempDatabase> m_temp;
    GeneratorSummary m_summary;
    QList<Election> m_elections;
    const UserContext m_user = UserContext::localUser();
};

GeneratorOptions TestGeneratedRecords::options(qint64 members, quint64 seed)
{
    GeneratorOptions o;
    o.members = members;
    o.seed = seed;
    return o; // today: the pinned clock
}

// The generated records, row by row in id order: equal dumps mean identical records.
QByteArray TestGeneratedRecords::dump(Database& db)
{
    QByteArray result;
    for (const char* table : {"elections", "election_candidates", "posts", "review_campaigns", "review_results"}) {
        auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        if (!q.ok()) {
            return {};
        }
        result += QByteArray(table) + '\n';
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i) {
                result += q->value(i).toString().toUtf8() + '\t';
            }
            result += '\n';
        }
    }
    return result;
}

qint64 TestGeneratedRecords::count(const QString& sql, const QVariantList& values)
{
    auto q = m_temp->db().exec(sql, values);
    if (!q.ok() || !q->next()) {
        qWarning() << "query failed:" << sql;
        return -1;
    }
    return q->value(0).toLongLong();
}

void TestGeneratedRecords::initTestCase()
{
    m_temp = std::make_unique<TempDatabase>();
    const auto summary = DataGenerator(m_temp->db()).generate(m_user, options(1500, 5));
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    m_summary = *summary;
    const Status read = ElectionStore(m_temp->db()).forEach([this](const Election& e) {
        m_elections.append(e);
        return true;
    });
    QVERIFY(read.ok());
}

void TestGeneratedRecords::summaryCountsTheRecords()
{
    QVERIFY(m_summary.elections > m_summary.organizations / 2);
    QVERIFY(m_summary.reviews > m_summary.organizations);
    QVERIFY(m_summary.reviewResults > m_summary.members);
    QCOMPARE(qint64(m_elections.size()), qint64(m_summary.elections));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM elections")), qint64(m_summary.elections));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM review_campaigns")), qint64(m_summary.reviews));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM review_results")), m_summary.reviewResults);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(m_summary.posts));
    // Some by-elections, committees elected, and secretaries elected directly.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM elections WHERE kind = ?"), {int(ElectionKind::ByElection)}) >
            0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT election_id) FROM election_candidates WHERE position = ?"),
                  {int(PostKind::OrganizationMember)}) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM elections WHERE kind = ? AND seats <= 2"),
                  {int(ElectionKind::Term)}) > 0);
}

// What ElectionService checks before it records an election (the roll and the categories of
// the candidates that day, the counts, the dates), the verdict recomputed, and the voters.
void TestGeneratedRecords::electionsAreValid()
{
    ElectionService service(m_temp->db());
    const auto settings = ElectionStore(m_temp->db()).settings();
    QVERIFY(settings.ok());
    int checked = 0;
    for (const Election& stored : std::as_const(m_elections)) {
        const QString what =
            QStringLiteral("election %1 of %2").arg(stored.heldOn.toString(Qt::ISODate)).arg(stored.orgId);
        QVERIFY2(stored.valid(), qPrintable(what));
        const ElectionVerdict verdict = ElectionRules::evaluate(stored, *settings);
        QVERIFY2(verdict.valid(), qPrintable(what + u' ' + verdict.summary()));
        for (int i = 0; i < stored.candidates.size(); ++i) {
            QCOMPARE(stored.candidates.at(i).elected, verdict.elected.at(i));
            QVERIFY(stored.candidates.at(i).votes <= stored.ballotsReturned);
        }
        if (stored.kind == ElectionKind::Term) {
            QVERIFY2(stored.termYears >= 3 && stored.expiresOn == stored.heldOn.addYears(stored.termYears),
                     qPrintable(what));
        }
        QVERIFY2(!stored.approvedOn.isValid() || stored.approvedOn >= stored.heldOn, qPrintable(what));
        Election copy = stored;
        const auto issues = service.validate(m_user, copy);
        QVERIFY(issues.ok());
        QVERIFY2(issues->isEmpty(), qPrintable(what + u' ' + firstMessage(*issues)));
        // The eligible voters: the full members on the roll of the subtree that day.
        const auto voters = service.proposedVoters(m_user, stored.orgId, stored.heldOn);
        QVERIFY(voters.ok());
        QCOMPARE(stored.eligible, int(voters->size()));
        QVERIFY(ElectionRules::quorumMet(stored.eligible, stored.present));
        ++checked;
    }
    QVERIFY(checked > 100);
}

// The elected of each valid election hold their post on its date (from it, or re-elected: the
// post continues): secretary and deputy their post, the other committee members their
// committee post.
void TestGeneratedRecords::postsAgreeWithTheElected()
{
    PostStore posts(m_temp->db());
    QHash<qint64, QList<Post>> byOrg;
    const Status read = posts.forEach([&byOrg](const Post& post) {
        byOrg[post.orgId].append(post);
        return true;
    });
    QVERIFY(read.ok());
    int secretaries = 0;
    for (const Election& e : std::as_const(m_elections)) {
        for (const ElectionCandidate& c : e.candidates) {
            if (!c.elected) {
                continue;
            }
            const QList<Post>& held = byOrg.value(e.orgId);
            const bool found = std::any_of(held.cbegin(), held.cend(), [&](const Post& p) {
                return p.memberId == c.memberId && p.kind == c.position && p.from <= e.heldOn &&
                       (!p.to.isValid() || p.to > e.heldOn) && p.concurrentAdminHead == c.concurrentAdminHead;
            });
            QVERIFY2(found, qPrintable(QStringLiteral("no post for the elected of %1").arg(e.heldOn.toString())));
            secretaries += c.position == PostKind::Secretary ? 1 : 0;
        }
    }
    // Every term election elects a secretary (a by-election a secretary or committee members).
    const auto terms = std::count_if(m_elections.cbegin(), m_elections.cend(),
                                     [](const Election& e) { return e.kind == ElectionKind::Term; });
    QVERIFY(secretaries >= terms);
    // A re-elected member's post continues: it does not end on the day the same post starts.
    for (const QList<Post>& held : std::as_const(byOrg)) {
        for (const Post& p : held) {
            for (const Post& q : held) {
                QVERIFY(!(p.memberId == q.memberId && p.kind == q.kind && p.to.isValid() && p.to == q.from &&
                          p.concurrentAdminHead == q.concurrentAdminHead));
            }
        }
    }
}

// Each campaign's results cover exactly its roll (nobody missing, nobody extra), each result
// passes ReviewService's checks with the organization it derives, and no campaign warns
// (excellent within a third).
void TestGeneratedRecords::reviewsFitTheirRolls()
{
    ReviewService service(m_temp->db());
    ReviewStore store(m_temp->db());
    const auto campaigns = store.campaignsHeld(QDate(1949, 1, 1), Clock::today());
    QVERIFY(campaigns.ok());
    QCOMPARE(qint64(campaigns->size()), qint64(m_summary.reviews));
    QHash<int, int> results;
    qint64 entries = 0;
    for (const ReviewCampaign& c : std::as_const(*campaigns)) {
        const QString what = QStringLiteral("review %1 of %2").arg(c.year).arg(c.orgId);
        const auto campaignIssues = service.validateCampaign(m_user, c);
        QVERIFY(campaignIssues.ok());
        QVERIFY2(campaignIssues->isEmpty(), qPrintable(what + u' ' + firstMessage(*campaignIssues)));
        const auto roster = service.roster(m_user, c.id);
        QVERIFY(roster.ok());
        QVERIFY(!roster->isEmpty());
        for (const ReviewService::RosterRow& row : std::as_const(*roster)) {
            QVERIFY2(row.onRoll, qPrintable(what));
            QVERIFY2(row.entry.result != ReviewResult::None, qPrintable(what));
            ReviewEntry copy = row.entry;
            const qint64 storedOrg = copy.orgId;
            copy.orgId = 0;
            const auto issues = service.validateEntry(m_user, copy);
            QVERIFY(issues.ok());
            QVERIFY2(issues->isEmpty(), qPrintable(what + u' ' + firstMessage(*issues)));
            QCOMPARE(copy.orgId, storedOrg);
            QCOMPARE(copy.correctionDue, row.entry.correctionDue);
            results[int(row.entry.result)] += 1;
            QVERIFY(row.entry.handling == ReviewHandling::None || row.entry.handling == ReviewHandling::Correction);
            ++entries;
        }
        const auto warnings = service.warnings(m_user, c.id);
        QVERIFY(warnings.ok());
        QVERIFY2(warnings->isEmpty(), qPrintable(what + u' ' + warnings->join(u'\n')));
    }
    QCOMPARE(entries, m_summary.reviewResults);
    // Mostly qualified; every kind of result occurs.
    QVERIFY(results.value(int(ReviewResult::Qualified)) > entries / 2);
    for (const ReviewResult r : {ReviewResult::Excellent, ReviewResult::BasicallyQualified, ReviewResult::Unqualified,
                                 ReviewResult::Participated, ReviewResult::Absent, ReviewResult::Exempt}) {
        QVERIFY2(results.value(int(r)) > 0, qPrintable(ReviewRules::results().key(int(r))));
    }
}

void TestGeneratedRecords::checkFindsNoErrors()
{
    const auto findings = CheckService(m_temp->db()).run(m_user, QString(), Clock::today());
    QVERIFY(findings.ok());
    for (const CheckService::Finding& f : std::as_const(*findings)) {
        QVERIFY2(f.severity != CheckService::Finding::Severity::Error, qPrintable(f.subject + u' ' + f.message));
    }
}

// Today: a few organizations overdue, some due within the reminder window, most in term.
void TestGeneratedRecords::fewOrganizationsOverdue()
{
    ElectionStore store(m_temp->db());
    const auto settings = store.settings();
    QVERIFY(settings.ok());
    const QDate today = Clock::today();
    const auto records = store.termRecords(today);
    QVERIFY(records.ok());
    int withTerm = 0;
    int overdue = 0;
    int dueSoon = 0;
    for (const ElectionStore::TermRecord& r : std::as_const(*records)) {
        const auto status = TermRules::statusOn(r.org, r.elections, r.postponements, today, *settings);
        if (!status) {
            continue;
        }
        ++withTerm;
        if (status->expired()) {
            ++overdue;
        } else if (TermRules::isDue(*status, today, *settings)) {
            ++dueSoon;
        }
    }
    QVERIFY(withTerm > 40);
    const QString shares = QStringLiteral("%1 overdue, %2 due soon of %3").arg(overdue).arg(dueSoon).arg(withTerm);
    QVERIFY2(overdue * 100 >= withTerm && overdue * 10 <= withTerm, qPrintable(shares));
    QVERIFY2(dueSoon > 0, qPrintable(shares));
}

// Last year's figures: term elections held in the year, and the review of the members covered
// by the campaigns held in it (each member once, by the latest campaign).
void TestGeneratedRecords::statisticsAgreeWithTheRecords()
{
    const int year = Clock::today().year() - 1;
    const auto stats = StatisticsService(m_temp->db()).compute(m_user, StatisticsRequest::forYear(year));
    QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message()));
    const QVariantList period{QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate)};

    const qint64 held =
        count(QStringLiteral("SELECT COUNT(*) FROM elections WHERE kind = 1 AND held_on BETWEEN ? AND ?"), period);
    QVERIFY(held > 0);
    QCOMPARE(stats->elections.held, held);
    QCOMPARE(stats->elections.organizationsElected,
             count(QStringLiteral("SELECT COUNT(DISTINCT org_id) FROM elections WHERE kind = 1 AND held_on BETWEEN ? "
                                  "AND ?"),
                   period));
    QCOMPARE(stats->elections.invalid, qint64(0));

    // Each member's latest campaign in the period.
    const QString latest = QStringLiteral(
        "SELECT r.result FROM review_results r JOIN review_campaigns c ON c.id = r.campaign_id"
        " WHERE c.held_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM review_results r2"
        " JOIN review_campaigns c2 ON c2.id = r2.campaign_id WHERE r2.member_id = r.member_id"
        " AND c2.held_on BETWEEN ? AND ? AND (c2.held_on > c.held_on OR (c2.held_on = c.held_on AND c2.id > c.id)))");
    QHash<int, qint64> results;
    qint64 covered = 0;
    auto q = m_temp->db().exec(latest, period + period);
    QVERIFY(q.ok());
    while (q->next()) {
        results[q->value(0).toInt()] += 1;
        ++covered;
    }
    const qint64 participated =
        results.value(int(ReviewResult::Excellent)) + results.value(int(ReviewResult::Qualified)) +
        results.value(int(ReviewResult::BasicallyQualified)) + results.value(int(ReviewResult::Unqualified)) +
        results.value(int(ReviewResult::Participated));
    QVERIFY(participated > 0);
    QCOMPARE(stats->review.participated, participated);
    QCOMPARE(stats->review.exempt, results.value(int(ReviewResult::Exempt)));
    QCOMPARE(stats->review.eligible, covered - results.value(int(ReviewResult::Exempt)));
    QCOMPARE(stats->review.excellent, results.value(int(ReviewResult::Excellent)));
    QCOMPARE(stats->review.unqualified, results.value(int(ReviewResult::Unqualified)));
}

void TestGeneratedRecords::sameSeedSameRecords()
{
    QByteArray dumps[3];
    const quint64 seeds[3] = {3, 3, 4};
    for (int i = 0; i < 3; ++i) {
        TempDatabase temp;
        const auto summary = DataGenerator(temp.db()).generate(m_user, options(400, seeds[i]));
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
        QVERIFY(summary->elections > 0 && summary->reviews > 0);
        dumps[i] = dump(temp.db());
        QVERIFY(!dumps[i].isEmpty());
    }
    QCOMPARE(QCryptographicHash::hash(dumps[0], QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(dumps[1], QCryptographicHash::Sha256).toHex());
    QVERIFY(dumps[0] != dumps[2]);
}

QTEST_GUILESS_MAIN(TestGeneratedRecords)
#include "tst_generatedrecords.moc"
