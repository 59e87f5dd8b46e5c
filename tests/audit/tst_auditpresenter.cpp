// The audit trail in the user's terms (AuditService::rows, AuditPresenter): records named,
// fields labelled, category codes as terms, ids as names, ID numbers masked for viewers, and
// the stored value whenever a reference does not resolve.

#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "services/AccessService.h"
#include "services/AuditService.h"
#include "services/ElectionService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/ReviewService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

namespace {

QString idNumber(int n)
{
    const QString first17 = QStringLiteral("110105") +
                            QDate(1981, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(2 * n + 1, 3, 10, QChar(u'0'));
    return first17 + CitizenId::checkCharacter(first17);
}

template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message().toUtf8();
}

const QString ZhangId = QStringLiteral("110105198003151015");
const QString Zhang = QStringLiteral("张伟 (110105198003151015)");
const QString Br1 = QStringLiteral("预算一科党支部 (BR1)");

} // namespace

class TestAuditPresenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anUpdateShowsTermsBeforeAndAfter();
    void anEventInsertShowsItsKindAndOrganization();
    void postsShowFlagsAndDates();
    void electionsAndReviewsAreNamed();
    void aViewerSeesIdNumbersMasked();
    void unknownReferencesFallBackToTheStoredValue();
    void theOrganizationFilterWithOrWithoutItsSubtree();
    void jsonKeepsItsKeysAndAddsTheReadableOnes();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& number);
    qint64 admit(int n, const QDate& admittedOn, const QString& orgCode, const QDate& fullOn);
    QList<AuditRow> rows(const AuditFilter& filter = {}, int limit = 1000, const UserContext* as = nullptr);
    qint64 hand(const QString& action, const QString& kind, qint64 recordId, const QVariant& memberId,
                const QString& field, const QVariant& before, const QVariant& after);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
};

void TestAuditPresenter::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestAuditPresenter::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(Fixtures::import(m_temp->db(), true));
}

void TestAuditPresenter::cleanup()
{
    m_temp.reset();
    Language::install(QStringLiteral("en"));
}

qint64 TestAuditPresenter::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestAuditPresenter::member(const QString& number)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, number);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestAuditPresenter::admit(int n, const QDate& admittedOn, const QString& orgCode, const QDate& fullOn)
{
    Member m;
    m.name = QStringLiteral("成员%1").arg(n);
    m.idNumber = idNumber(n);
    auto id = MemberService(m_temp->db()).admit(m_user, m, admittedOn, org(orgCode), fullOn);
    return id.ok() ? *id : 0;
}

QList<AuditRow> TestAuditPresenter::rows(const AuditFilter& filter, int limit, const UserContext* as)
{
    auto found = AuditService(m_temp->db()).rows(as ? *as : m_user, filter, limit);
    if (!found.ok()) {
        qWarning("rows: %s", qPrintable(found.error().message()));
        return {};
    }
    return *found;
}

// A row written by hand (nothing refuses adding rows): references that resolve to nothing.
qint64 TestAuditPresenter::hand(const QString& action, const QString& kind, qint64 recordId, const QVariant& memberId,
                                const QString& field, const QVariant& before, const QVariant& after)
{
    auto q = m_temp->db().exec(
        QStringLiteral("INSERT INTO audit_log (at, login, action, record_kind, record_id, member_id, org_id, field,"
                       " before_value, after_value) VALUES ('2026-11-21T08:00:00.000Z', 'local', ?, ?, ?, ?, NULL, ?,"
                       " ?, ?)"),
        {action, kind, recordId, memberId, field.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : field, before,
         after});
    return q.ok() ? q->lastInsertId().toLongLong() : 0;
}

void TestAuditPresenter::anUpdateShowsTermsBeforeAndAfter()
{
    MemberService service(m_temp->db());
    Member m = *service.findByIdNumber(m_user, ZhangId).value();
    QCOMPARE(m.education, Education::Bachelor);
    m.education = Education::Postgraduate;
    QVERIFY(service.update(m_user, m).ok());

    AuditFilter filter;
    filter.memberId = m.id;
    const AuditRow row = rows(filter, 1).value(0);
    QCOMPARE(row.entry.field, QStringLiteral("education")); // the column stays available
    QCOMPARE(row.field, QStringLiteral("Education"));
    QCOMPARE(row.before, QStringLiteral("Bachelor"));
    QCOMPARE(row.after, QStringLiteral("Postgraduate"));
    QCOMPARE(row.storedBefore, QString::number(int(Education::Bachelor)));
    QCOMPARE(row.storedAfter, QString::number(int(Education::Postgraduate)));
    QCOMPARE(row.record, QStringLiteral("Member ") + Zhang);

    // In the language of the UI.
    QVERIFY(Language::install(QStringLiteral("zh")));
    const AuditRow zh = rows(filter, 1).value(0);
    QCOMPARE(zh.field, QStringLiteral("学历"));
    QCOMPARE(zh.before, QStringLiteral("大学本科"));
    QCOMPARE(zh.after, QStringLiteral("研究生"));
    QVERIFY2(zh.record.startsWith(QStringLiteral("党员 张伟")), qPrintable(zh.record));
}

void TestAuditPresenter::anEventInsertShowsItsKindAndOrganization()
{
    MembershipEvent e;
    e.memberId = member(ZhangId);
    e.date = QDate(2025, 1, 1);
    e.kind = EventKind::Moved;
    e.orgId = org(QStringLiteral("BR2"));
    auto id = MemberService(m_temp->db()).recordEvent(m_user, e);
    QVERIFY2(id.ok(), why(id));

    AuditFilter filter;
    filter.recordKind = QStringLiteral("membership_events");
    const AuditRow row = rows(filter, 1).value(0);
    QCOMPARE(row.entry.action, QStringLiteral("insert"));
    QCOMPARE(row.record, QStringLiteral("Moved of ") + Zhang);
    QVERIFY2(row.after.contains(QStringLiteral("Kind: Moved")), qPrintable(row.after));
    QVERIFY2(row.after.contains(QStringLiteral("Organization: 预算二科党支部 (BR2)")), qPrintable(row.after));
    QVERIFY2(row.after.contains(QStringLiteral("Date: 2025-01-01")), qPrintable(row.after));
    QVERIFY2(row.after.contains(QStringLiteral("Member: ") + Zhang), qPrintable(row.after));
    QVERIFY2(row.after.contains(QStringLiteral("Category: Full member")), qPrintable(row.after));
    QVERIFY(!row.after.contains(u'{'));
    QVERIFY2(!row.after.contains(QStringLiteral("9999")), qPrintable(row.after)); // an open end is no date
    // The stored snapshot is there for whoever needs the codes.
    QVERIFY(row.storedAfter.contains(QStringLiteral("\"kind\":%1").arg(int(EventKind::Moved))));
    QVERIFY(row.before.isEmpty());

    QVERIFY(Language::install(QStringLiteral("zh")));
    const AuditRow zh = rows(filter, 1).value(0);
    QVERIFY2(zh.record.contains(QStringLiteral("组织内调动")) && zh.record.contains(QStringLiteral("张伟")),
             qPrintable(zh.record));
    QVERIFY2(zh.after.contains(QStringLiteral("类别: 组织内调动")), qPrintable(zh.after));
    QVERIFY2(zh.after.contains(QStringLiteral("预算二科党支部")), qPrintable(zh.after));
}

void TestAuditPresenter::postsShowFlagsAndDates()
{
    AuditFilter filter;
    filter.recordKind = QStringLiteral("posts");
    const QList<AuditRow> posts = rows(filter);
    QCOMPARE(posts.size(), 3);                // posts.csv
    const AuditRow& secretary = posts.last(); // the oldest: 张伟, secretary of BR1, 一肩挑
    QCOMPARE(secretary.record, QStringLiteral("Secretary of %1 in %2").arg(Zhang, Br1));
    QVERIFY2(secretary.after.contains(QStringLiteral("Also administrative head: yes")), qPrintable(secretary.after));
    QVERIFY2(secretary.after.contains(QStringLiteral("From: 2015-01-01")), qPrintable(secretary.after));
    QVERIFY2(secretary.after.contains(QStringLiteral("Post: Secretary")), qPrintable(secretary.after));
    QVERIFY2(secretary.after.contains(QStringLiteral("Organization: ") + Br1), qPrintable(secretary.after));
    QVERIFY(!secretary.after.contains(QStringLiteral("To:"))); // empty fields say nothing
    QVERIFY(posts.at(1).after.contains(QStringLiteral("Also administrative head: no")));
    QVERIFY(Language::install(QStringLiteral("zh")));
    QVERIFY(rows(filter).last().after.contains(QStringLiteral("一肩挑: 是")));
}

void TestAuditPresenter::electionsAndReviewsAreNamed()
{
    QList<qint64> extras;
    for (int i = 0; i < 5; ++i) {
        extras.append(admit(100 + i, QDate(2010, 7, 1), QStringLiteral("BR1"), QDate(2011, 7, 1)));
        QVERIFY(extras.last() != 0);
    }
    Election e;
    e.orgId = org(QStringLiteral("BR1"));
    e.heldOn = QDate(2024, 9, 1);
    e.kind = ElectionKind::Term;
    e.seats = 3;
    e.eligible = 8;
    e.present = 8;
    e.ballotsIssued = 8;
    e.ballotsReturned = 8;
    auto candidate = [](qint64 id, PostKind kind, int votes) {
        ElectionCandidate c;
        c.memberId = id;
        c.position = kind;
        c.votes = votes;
        return c;
    };
    e.candidates = {candidate(member(ZhangId), PostKind::Secretary, 8),
                    candidate(extras.at(0), PostKind::OrganizationMember, 7),
                    candidate(extras.at(1), PostKind::CommitteeMember, 6)};
    auto electionId = ElectionService(m_temp->db()).record(m_user, e);
    QVERIFY2(electionId.ok(), why(electionId));

    const QString election = QStringLiteral("Term election on 2024-09-01 of ") + Br1;
    AuditFilter filter;
    filter.recordKind = QStringLiteral("elections");
    const AuditRow electionRow = rows(filter, 1).value(0);
    QCOMPARE(electionRow.record, election);
    QVERIFY2(electionRow.after.contains(QStringLiteral("Kind: Term election")), qPrintable(electionRow.after));
    filter.recordKind = QStringLiteral("election_candidates");
    bool secretary = false;
    for (const AuditRow& row : rows(filter)) {
        if (row.entry.memberId == member(ZhangId)) {
            QCOMPARE(row.record, QStringLiteral("Secretary candidate %1 in %2").arg(Zhang, election));
            QVERIFY2(row.after.contains(QStringLiteral("Election: ") + election), qPrintable(row.after));
            QVERIFY2(row.after.contains(QStringLiteral("Post: Secretary")), qPrintable(row.after));
            secretary = true;
        }
    }
    QVERIFY(secretary);

    ReviewService reviews(m_temp->db());
    ReviewCampaign c;
    c.orgId = org(QStringLiteral("BR1"));
    c.year = 2025;
    c.heldOn = QDate(2026, 1, 15);
    auto campaignId = reviews.createCampaign(m_user, c);
    QVERIFY2(campaignId.ok(), why(campaignId));
    ReviewEntry entry;
    entry.campaignId = *campaignId;
    entry.memberId = member(ZhangId);
    entry.result = ReviewResult::Excellent;
    QVERIFY(reviews.setEntry(m_user, entry).ok());
    entry.result = ReviewResult::Qualified;
    QVERIFY(reviews.setEntry(m_user, entry).ok());
    filter.recordKind = QStringLiteral("review_results");
    const QList<AuditRow> results = rows(filter);
    QVERIFY(results.size() >= 2);
    const QString campaign = QStringLiteral("Review campaign 2025 of ") + Br1;
    // The change of the result: the record is read from the table (an update row has no snapshot).
    QCOMPARE(results.first().entry.action, QStringLiteral("update"));
    QCOMPARE(results.first().record, QStringLiteral("Review result of %1 in %2").arg(Zhang, campaign));
    QCOMPARE(results.first().field, QStringLiteral("Result"));
    QCOMPARE(results.first().before, QStringLiteral("Excellent"));
    QCOMPARE(results.first().after, QStringLiteral("Qualified"));
    filter.recordKind = QStringLiteral("review_campaigns");
    QCOMPARE(rows(filter, 1).value(0).record, campaign);
}

void TestAuditPresenter::aViewerSeesIdNumbersMasked()
{
    const qint64 zhang = member(ZhangId);
    MemberService service(m_temp->db());
    Member m = *service.findById(m_user, zhang).value();
    m.phone = QStringLiteral("13912345678");
    QVERIFY(service.update(m_user, m).ok());

    const QString password = QStringLiteral("Correct-Horse-Battery-9");
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(m_user, QStringLiteral("admin"), Role::Administrator, 0, password).ok());
    auto admin = access.login(QStringLiteral("admin"), password);
    QVERIFY2(admin.ok(), why(admin));
    QVERIFY(access.addUser(*admin, QStringLiteral("zhao"), Role::Viewer, 0, password).ok());
    auto viewer = access.login(QStringLiteral("zhao"), password);
    QVERIFY2(viewer.ok(), why(viewer));

    AuditFilter filter;
    filter.memberId = zhang;
    const QList<AuditRow> seen = rows(filter, 1000, &*viewer);
    QVERIFY(seen.size() > 3);
    QCOMPARE(seen.first().entry.field, QStringLiteral("phone"));
    QCOMPARE(seen.first().before, QStringLiteral("138****0001"));
    QCOMPARE(seen.first().after, QStringLiteral("139****5678"));
    QCOMPARE(seen.first().storedAfter, QStringLiteral("139****5678"));
    QCOMPARE(seen.first().record, QStringLiteral("Member 张伟 (110105********1015)"));
    for (const AuditRow& row : seen) {
        const QString all = row.record + row.before + row.after + row.storedBefore + row.storedAfter +
                            QString::fromUtf8(QJsonDocument(AuditService::toJson(row)).toJson());
        QVERIFY2(!all.contains(ZhangId), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("13800000001")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("13912345678")), qPrintable(all));
    }
    // entries() masks too.
    auto entries = AuditService(m_temp->db()).entries(*viewer, filter, 1);
    QVERIFY(entries.ok());
    QCOMPARE(entries->first().after.toString(), QStringLiteral("139****5678"));

    // The administrator sees them whole.
    const AuditRow full = rows(filter, 1, &*admin).value(0);
    QCOMPARE(full.after, QStringLiteral("13912345678"));
    QCOMPARE(full.record, QStringLiteral("Member ") + Zhang);
}

void TestAuditPresenter::unknownReferencesFallBackToTheStoredValue()
{
    const qint64 br1 = org(QStringLiteral("BR1"));
    const qint64 zhang = member(ZhangId);
    // An event that no longer exists, of a member that never did, moved from an unknown
    // organization to BR1.
    QVERIFY(hand(QStringLiteral("update"), QStringLiteral("membership_events"), 999999, 888888,
                 QStringLiteral("org_id"), QStringLiteral("777777"), QString::number(br1)) != 0);
    // A member unknown, with a category code no list has.
    QVERIFY(hand(QStringLiteral("update"), QStringLiteral("members"), 888888, 888888, QStringLiteral("education"),
                 QStringLiteral("99"), QStringLiteral("2")) != 0);
    // A table of a later version.
    QVERIFY(hand(QStringLiteral("update"), QStringLiteral("gizmos"), 5, QVariant(), QStringLiteral("colour"),
                 QStringLiteral("red"), QStringLiteral("blue")) != 0);
    // A post of an unknown organization and kind; an election removed since (its delete names it);
    // a snapshot that is not JSON.
    QVERIFY(hand(QStringLiteral("insert"), QStringLiteral("posts"), 77, zhang, {}, {},
                 QStringLiteral("{\"id\":77,\"org_id\":123456,\"member_id\":%1,\"kind\":42,\"from_on\":\"2020-01-01\"}")
                     .arg(zhang)) != 0);
    QVERIFY(hand(QStringLiteral("delete"), QStringLiteral("elections"), 4242, {}, {},
                 QStringLiteral("{\"id\":4242,\"org_id\":%1,\"held_on\":\"2020-01-01\",\"kind\":2}").arg(br1),
                 {}) != 0);
    QVERIFY(hand(QStringLiteral("insert"), QStringLiteral("org_events"), 31, {}, {}, {}, QStringLiteral("{broken")) !=
            0);

    const QList<AuditRow> all = rows({}, 6); // never fails: every row is there
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.at(0).record, QStringLiteral("Organization event 31"));
    QCOMPARE(all.at(0).after, QStringLiteral("{broken"));
    QCOMPARE(all.at(1).record, QStringLiteral("By-election on 2020-01-01 of ") + Br1);
    QVERIFY2(all.at(1).before.contains(QStringLiteral("Held on: 2020-01-01")), qPrintable(all.at(1).before));
    QCOMPARE(all.at(2).record, QStringLiteral("Post 77 of ") + Zhang);
    QVERIFY2(all.at(2).after.contains(QStringLiteral("Organization: 123456")), qPrintable(all.at(2).after));
    QVERIFY2(all.at(2).after.contains(QStringLiteral("Post: 42")), qPrintable(all.at(2).after));
    QCOMPARE(all.at(3).record, QStringLiteral("gizmos 5"));
    QCOMPARE(all.at(3).field, QStringLiteral("colour"));
    QCOMPARE(all.at(3).before, QStringLiteral("red"));
    QCOMPARE(all.at(4).record, QStringLiteral("Member 888888"));
    QCOMPARE(all.at(4).before, QStringLiteral("99"));
    QCOMPARE(all.at(4).after, QStringLiteral("Bachelor"));
    QCOMPARE(all.at(5).record, QStringLiteral("Membership event 999999"));
    QCOMPARE(all.at(5).field, QStringLiteral("Organization"));
    QCOMPARE(all.at(5).before, QStringLiteral("777777"));
    QCOMPARE(all.at(5).after, Br1);
}

void TestAuditPresenter::theOrganizationFilterWithOrWithoutItsSubtree()
{
    AuditService service(m_temp->db());
    AuditQuery query;
    query.orgCode = QStringLiteral("GB1");
    auto subtree = service.filterFor(m_user, query);
    QVERIFY2(subtree.ok(), why(subtree));
    QVERIFY(subtree->orgSubtree);
    query.orgSubtree = false;
    auto alone = service.filterFor(m_user, query);
    QVERIFY(alone.ok());
    QVERIFY(!alone->orgSubtree);

    const qint64 gb1 = org(QStringLiteral("GB1"));
    const QList<qint64> under{gb1, org(QStringLiteral("BR1")), org(QStringLiteral("BR2")), org(QStringLiteral("GRP1"))};
    const QList<AuditRow> withSubtree = rows(*subtree);
    const QList<AuditRow> withoutSubtree = rows(*alone);
    QVERIFY(!withoutSubtree.isEmpty()); // GB1's own record
    QVERIFY(withSubtree.size() > withoutSubtree.size());
    bool br1 = false;
    for (const AuditRow& row : withSubtree) {
        QVERIFY(under.contains(row.entry.orgId));
        br1 = br1 || row.entry.orgId == org(QStringLiteral("BR1"));
    }
    QVERIFY(br1);
    for (const AuditRow& row : withoutSubtree) {
        QCOMPARE(row.entry.orgId, gb1);
    }
    QCOMPARE(withoutSubtree.last().record, QStringLiteral("Organization 预算处党总支 (GB1)"));

    // By id (the viewer's picker), the same.
    AuditQuery byId;
    byId.orgId = gb1;
    byId.orgSubtree = false;
    QCOMPARE(rows(*service.filterFor(m_user, byId)).size(), withoutSubtree.size());
    byId.orgSubtree = true;
    QCOMPARE(rows(*service.filterFor(m_user, byId)).size(), withSubtree.size());
}

void TestAuditPresenter::jsonKeepsItsKeysAndAddsTheReadableOnes()
{
    MemberService service(m_temp->db());
    Member m = *service.findByIdNumber(m_user, ZhangId).value();
    m.education = Education::Postgraduate;
    QVERIFY(service.update(m_user, m).ok());
    const AuditRow row = rows({}, 1).value(0);
    const QJsonObject json = AuditService::toJson(row);
    for (const char* key : {"id", "at", "login", "action", "record_kind", "record_id", "member_id", "org_id", "field",
                            "before", "after", "record_label", "field_label", "before_text", "after_text"}) {
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
    }
    QCOMPARE(json.value(QStringLiteral("field")).toString(), QStringLiteral("education"));
    QCOMPARE(json.value(QStringLiteral("before")).toString(), QStringLiteral("2"));
    QCOMPARE(json.value(QStringLiteral("after")).toString(), QStringLiteral("1"));
    QCOMPARE(json.value(QStringLiteral("before_text")).toString(), QStringLiteral("Bachelor"));
    QCOMPARE(json.value(QStringLiteral("after_text")).toString(), QStringLiteral("Postgraduate"));
    QCOMPARE(json.value(QStringLiteral("field_label")).toString(), QStringLiteral("Education"));
    QCOMPARE(json.value(QStringLiteral("record_label")).toString(), QStringLiteral("Member ") + Zhang);

    // A page of 200 rows reads its names at once: quick on any roll (see bench_auditpage for a
    // million members); here, the fixture's page.
    for (int i = 0; i < 200; ++i) {
        m.phone = QStringLiteral("139%1").arg(i, 8, 10, QChar(u'0'));
        QVERIFY(service.update(m_user, m).ok());
    }
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(rows({}, 200).size(), 200);
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestAuditPresenter)
#include "tst_auditpresenter.moc"
