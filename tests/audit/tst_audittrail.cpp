// The audit trail (issue 8): every kind of write leaves its rows, with the acting login, the
// record, the field and the values before and after, in the transaction of the write.

#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "services/AccessService.h"
#include "services/DevelopmentService.h"
#include "services/ElectionService.h"
#include "services/ImportService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"
#include "services/ReviewService.h"
#include "store/AuditSchema.h"
#include "store/AuditStore.h"
#include "store/BulkLoad.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QtTest>

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <thread>

namespace {

// One row the write must have left.
struct Expected
{
    QString action;
    QString recordKind;
    QString field;         // empty: an insert or a delete (the snapshot is checked instead)
    QString before;        // update: the exact old value; delete: a text the snapshot contains
    QString after;         // update: the exact new value; insert: a text the snapshot contains
    bool ofMember = false; // member_id must be the case's member
};

QString idNumber(int n)
{
    const QString first17 = QStringLiteral("110105") +
                            QDate(1981, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(2 * n + 1, 3, 10, QChar(u'0'));
    return first17 + CitizenId::checkCharacter(first17);
}

AuditFilter filterWith(const std::function<void(AuditFilter&)>& set)
{
    AuditFilter f;
    set(f);
    return f;
}

template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message().toUtf8();
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void auditedTablesMatchTheSchema();
    void everyKindOfWriteLeavesItsRows_data();
    void everyKindOfWriteLeavesItsRows();
    void derivedCachesAreNotUpdates();
    void theActorIsReadAtEachWrite();
    void aRolledBackWriteLeavesNone();
    void aFailedImportLeavesNone();
    void theTrailRefusesChanges();
    void bulkImportLeavesOneSummaryRow();
    void bulkFlagEndsWithItsTransaction();
    void aBulkLoadCannotCommitWithoutItsTriggers();
    void passwordHashesNeverReachTheTrail();
    void aConnectionWithoutTheFunctionsCannotWrite();
    void storeFilters();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    qint64 admit(int n, const QDate& admittedOn, const QString& orgCode, const QDate& fullOn = {});
    qint64 lastAuditId();
    QList<AuditEntry> rowsAfter(qint64 id);
    qint64 count(const QString& sql);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
};

void TestAuditTrail::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestAuditTrail::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db(), true));
    m_temp->db().setActor(QStringLiteral("alice"));
}

void TestAuditTrail::cleanup()
{
    m_temp.reset();
}

qint64 TestAuditTrail::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestAuditTrail::member(const QString& number)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, number);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestAuditTrail::admit(int n, const QDate& admittedOn, const QString& orgCode, const QDate& fullOn)
{
    Member m;
    m.name = QStringLiteral("成员%1").arg(n);
    m.idNumber = idNumber(n);
    auto id = MemberService(m_temp->db()).admit(m_user, m, admittedOn, org(orgCode), fullOn);
    if (!id.ok()) {
        qWarning("admit: %s", qPrintable(id.error().message()));
        return 0;
    }
    return *id;
}

qint64 TestAuditTrail::lastAuditId()
{
    return count(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
}

qint64 TestAuditTrail::count(const QString& sql)
{
    auto q = m_temp->db().exec(sql);
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

QList<AuditEntry> TestAuditTrail::rowsAfter(qint64 id)
{
    AuditFilter filter;
    QList<AuditEntry> rows;
    auto all = AuditStore(m_temp->db()).find(filter, 100000);
    for (const AuditEntry& e : all.value()) {
        if (e.id > id) {
            rows.prepend(e); // oldest first
        }
    }
    return rows;
}

void TestAuditTrail::auditedTablesMatchTheSchema()
{
    // The triggers are generated from a static column list: a column added to a table without
    // adding it there would go unaudited. Every table holding records is audited.
    QStringList audited;
    for (const AuditSchema::AuditedTable& t : AuditSchema::auditedTables()) {
        auto q = m_temp->db().exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {t.name});
        QVERIFY(q.ok());
        QStringList columns;
        while (q->next()) {
            columns.append(q->value(0).toString());
        }
        QCOMPARE(columns, t.columns);
        for (const char* action : {"insert", "update", "delete"}) {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                                          "'audit_%1_%2'")
                               .arg(t.name, QLatin1StringView(action))),
                     1);
        }
        audited.append(t.name);
    }
    auto tables = m_temp->db().exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"));
    QVERIFY(tables.ok());
    const QStringList exempt{QStringLiteral("audit_log"), QStringLiteral("org_links"),
                             QStringLiteral("election_posts")};
    while (tables->next()) {
        const QString name = tables->value(0).toString();
        QVERIFY2(audited.contains(name) || exempt.contains(name), qPrintable(name + QStringLiteral(" is not audited")));
    }
}

void TestAuditTrail::everyKindOfWriteLeavesItsRows_data()
{
    QTest::addColumn<int>("index");
    // The rows themselves are built in the test (they need the database); see cases().
    const char* names[] = {"member admitted",
                           "member updated",
                           "event moved",
                           "event transferred out",
                           "event transferred in",
                           "event died",
                           "event converted",
                           "event probation extended",
                           "event probation cancelled",
                           "event suspended and restored",
                           "event withdrew",
                           "event expelled",
                           "event removed",
                           "organization created",
                           "organization updated",
                           "organization renamed",
                           "organization reaffiliated",
                           "organization dissolved",
                           "post assigned and ended",
                           "election with candidates",
                           "election settings",
                           "postponement",
                           "review campaign and result",
                           "review settings",
                           "applicant saved and admitted",
                           "import of posts",
                           "import of events"};
    for (int i = 0; i < int(std::size(names)); ++i) {
        QTest::newRow(names[i]) << i;
    }
}

void TestAuditTrail::everyKindOfWriteLeavesItsRows()
{
    QFETCH(int, index);
    Database& db = m_temp->db();
    const QString zhangId = QStringLiteral("110105198003151015");
    const QString liId = QStringLiteral("110105198506201029");
    const QString chenId = QStringLiteral("510107199512304253");
    const QString wangId = QStringLiteral("31010419900101213X");
    const QString liuId = QStringLiteral("440305197511113130");
    auto event = [this](qint64 memberId, const QDate& date, EventKind kind, const QString& orgCode = {}) -> bool {
        MembershipEvent e;
        e.memberId = memberId;
        e.date = date;
        e.kind = kind;
        e.orgId = orgCode.isEmpty() ? 0 : org(orgCode);
        auto id = MemberService(m_temp->db()).recordEvent(m_user, e);
        if (!id.ok()) {
            qWarning("event %d: %s", int(kind), qPrintable(id.error().message()));
        }
        return id.ok();
    };
    auto eventRow = [](EventKind kind) {
        return Expected{QStringLiteral("insert"),
                        QStringLiteral("membership_events"),
                        {},
                        {},
                        QStringLiteral("\"kind\":%1").arg(int(kind)),
                        true};
    };

    // Some cases need a member or an election of their own first (written before the mark).
    qint64 memberId = 0;
    if (index >= 6 && index <= 12) {
        memberId = index == 7 ? admit(index, QDate(2024, 6, 1), QStringLiteral("BR1"))
                              : admit(index, QDate(2020, 6, 1), QStringLiteral("BR1"),
                                      index == 6 || index == 8 ? QDate() : QDate(2021, 6, 1));
        QVERIFY(memberId != 0);
    }
    QList<qint64> extras;
    if (index == 19) {
        for (int i = 0; i < 5; ++i) {
            extras.append(admit(100 + i, QDate(2010, 7, 1), QStringLiteral("BR1"), QDate(2011, 7, 1)));
        }
    }

    const qint64 mark = lastAuditId();
    QList<Expected> expected;
    switch (index) {
    case 0: {
        Member m;
        m.name = QStringLiteral("赵六");
        m.idNumber = idNumber(1);
        m.phone = QStringLiteral("13700000000");
        auto id = MemberService(db).admit(m_user, m, QDate(2025, 7, 1), org(QStringLiteral("BR3")));
        QVERIFY2(id.ok(), why(id));
        memberId = *id;
        expected = {{QStringLiteral("insert"), QStringLiteral("members"), {}, {}, QStringLiteral("赵六"), true},
                    eventRow(EventKind::Admitted)};
        break;
    }
    case 1: {
        auto found = MemberService(db).findByIdNumber(m_user, zhangId);
        QVERIFY(found.ok() && found.value());
        Member m = *found.value();
        m.phone = QStringLiteral("13912345678");
        m.position = QStringLiteral("处长");
        QVERIFY(MemberService(db).update(m_user, m).ok());
        memberId = m.id;
        expected = {{QStringLiteral("update"), QStringLiteral("members"), QStringLiteral("phone"),
                     QStringLiteral("13800000001"), QStringLiteral("13912345678"), true},
                    {QStringLiteral("update"), QStringLiteral("members"), QStringLiteral("position"),
                     QStringLiteral("市财政局预算一科科长"), QStringLiteral("处长"), true}};
        break;
    }
    case 2:
        memberId = member(zhangId);
        QVERIFY(event(memberId, QDate(2025, 1, 1), EventKind::Moved, QStringLiteral("BR2")));
        expected = {eventRow(EventKind::Moved)};
        break;
    case 3:
        memberId = member(liId);
        QVERIFY(event(memberId, QDate(2025, 2, 1), EventKind::TransferredOut, QStringLiteral("BR1")));
        expected = {eventRow(EventKind::TransferredOut)};
        break;
    case 4:
        memberId = member(chenId);
        QVERIFY(event(memberId, QDate(2025, 5, 1), EventKind::TransferredIn, QStringLiteral("BR3")));
        expected = {eventRow(EventKind::TransferredIn)};
        break;
    case 5:
        memberId = member(liuId);
        QVERIFY(event(memberId, QDate(2025, 3, 1), EventKind::Died));
        expected = {eventRow(EventKind::Died)};
        break;
    case 6:
        QVERIFY(event(memberId, QDate(2021, 6, 1), EventKind::ConvertedFull));
        expected = {eventRow(EventKind::ConvertedFull)};
        break;
    case 7:
        QVERIFY(event(memberId, QDate(2025, 6, 1), EventKind::ProbationExtended));
        expected = {eventRow(EventKind::ProbationExtended)};
        break;
    case 8:
        QVERIFY(event(memberId, QDate(2020, 12, 1), EventKind::ProbationCancelled));
        expected = {eventRow(EventKind::ProbationCancelled)};
        break;
    case 9:
        QVERIFY(event(memberId, QDate(2023, 1, 1), EventKind::Suspended));
        QVERIFY(event(memberId, QDate(2024, 1, 1), EventKind::Restored));
        expected = {eventRow(EventKind::Suspended), eventRow(EventKind::Restored)};
        break;
    case 10:
        QVERIFY(event(memberId, QDate(2023, 1, 1), EventKind::Withdrew));
        expected = {eventRow(EventKind::Withdrew)};
        break;
    case 11:
        QVERIFY(event(memberId, QDate(2023, 1, 1), EventKind::Expelled));
        expected = {eventRow(EventKind::Expelled)};
        break;
    case 12:
        QVERIFY(event(memberId, QDate(2023, 1, 1), EventKind::Removed));
        expected = {eventRow(EventKind::Removed)};
        break;
    case 13: {
        Organization o;
        o.code = QStringLiteral("BR4");
        o.name = QStringLiteral("新党支部");
        o.type = OrgType::Branch;
        o.establishedOn = QDate(2025, 1, 1);
        o.parentId = org(QStringLiteral("COM1"));
        auto id = OrganizationService(db).create(m_user, o);
        QVERIFY2(id.ok(), why(id));
        expected = {{QStringLiteral("insert"), QStringLiteral("organizations"), {}, {}, QStringLiteral("新党支部")}};
        break;
    }
    case 14: {
        auto found = OrganizationService(db).findByCode(m_user, QStringLiteral("BR3"));
        Organization o = *found.value();
        o.staffCount = 18;
        QVERIFY(OrganizationService(db).update(m_user, o).ok());
        expected = {{QStringLiteral("update"), QStringLiteral("organizations"), QStringLiteral("staff_count"),
                     QStringLiteral("15"), QStringLiteral("18")}};
        break;
    }
    case 15:
    case 16:
    case 17: {
        OrgEvent e;
        e.orgId = org(index == 17 ? QStringLiteral("GRP1") : QStringLiteral("BR3"));
        e.date = QDate(2025, 4, 1);
        e.kind =
            index == 15 ? OrgEventKind::Renamed : (index == 16 ? OrgEventKind::Reaffiliated : OrgEventKind::Dissolved);
        e.name = index == 15 ? QStringLiteral("综合处党支部") : QString();
        e.parentId = index == 16 ? org(QStringLiteral("GB1")) : 0;
        auto id = OrganizationService(db).recordEvent(m_user, e);
        QVERIFY2(id.ok(), why(id));
        expected = {{QStringLiteral("insert"),
                     QStringLiteral("org_events"),
                     {},
                     {},
                     QStringLiteral("\"kind\":%1").arg(int(e.kind))}};
        if (index == 15) {
            expected.append({QStringLiteral("insert"), QStringLiteral("org_events"), {}, {}, e.name});
        }
        break;
    }
    case 18: {
        Post p;
        p.orgId = org(QStringLiteral("BR2"));
        p.memberId = member(wangId);
        memberId = p.memberId;
        p.kind = PostKind::PublicityMember;
        p.from = QDate(2026, 4, 1);
        PostService posts(db);
        auto id = posts.assign(m_user, p);
        QVERIFY2(id.ok(), why(id));
        QVERIFY(posts.end(m_user, *id, QDate(2026, 10, 1)).ok());
        expected = {{QStringLiteral("insert"), QStringLiteral("posts"), {}, {}, QStringLiteral("2026-04-01"), true},
                    {QStringLiteral("update"),
                     QStringLiteral("posts"),
                     QStringLiteral("to_on"),
                     {},
                     QStringLiteral("2026-10-01"),
                     true}};
        break;
    }
    case 19: {
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
        e.candidates = {candidate(member(zhangId), PostKind::Secretary, 8),
                        candidate(extras.at(0), PostKind::OrganizationMember, 7),
                        candidate(extras.at(1), PostKind::CommitteeMember, 6)};
        auto id = ElectionService(db).record(m_user, e);
        QVERIFY2(id.ok(), why(id));
        memberId = extras.at(0);
        expected = {{QStringLiteral("insert"), QStringLiteral("elections"), {}, {}, QStringLiteral("2024-09-01")},
                    {QStringLiteral("insert"),
                     QStringLiteral("election_candidates"),
                     {},
                     {},
                     QStringLiteral("\"votes\":7"),
                     true}};
        break;
    }
    case 20: {
        ElectionService elections(db);
        ElectionSettings settings = *elections.settings(m_user);
        settings.branchTermYears = 5;
        QVERIFY(elections.setSettings(m_user, settings).ok());
        expected = {{QStringLiteral("insert"),
                     QStringLiteral("election_settings"),
                     QStringLiteral("*"),
                     {},
                     QStringLiteral("5")}};
        break;
    }
    case 21: {
        Postponement p;
        p.orgId = org(QStringLiteral("BR2"));
        p.approvedOn = QDate(2008, 5, 1); // BR2's first term (from 2005) expired 2008-06-01
        p.dueOn = QDate(2009, 5, 31);
        p.document = QStringLiteral("财党〔2026〕1号");
        auto id = ElectionService(db).recordPostponement(m_user, p);
        QVERIFY2(id.ok(), why(id));
        expected = {{QStringLiteral("insert"), QStringLiteral("election_postponements"), {}, {}, p.document}};
        break;
    }
    case 22: {
        ReviewService reviews(db);
        ReviewCampaign c;
        c.orgId = org(QStringLiteral("BR1"));
        c.year = 2025;
        c.heldOn = QDate(2026, 1, 15);
        auto id = reviews.createCampaign(m_user, c);
        QVERIFY2(id.ok(), why(id));
        ReviewEntry entry;
        entry.campaignId = *id;
        entry.memberId = member(zhangId);
        entry.result = ReviewResult::Excellent;
        const Status set = reviews.setEntry(m_user, entry);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message()));
        memberId = entry.memberId;
        expected = {
            {QStringLiteral("insert"), QStringLiteral("review_campaigns"), {}, {}, QStringLiteral("2026-01-15")},
            {QStringLiteral("insert"),
             QStringLiteral("review_results"),
             {},
             {},
             QStringLiteral("\"result\":%1").arg(int(ReviewResult::Excellent)),
             true}};
        break;
    }
    case 23: {
        ReviewService reviews(db);
        ReviewSettings settings = *reviews.settings(m_user);
        settings.correctionMonths = 3;
        QVERIFY(reviews.setSettings(m_user, settings).ok());
        expected = {{QStringLiteral("insert"),
                     QStringLiteral("review_settings"),
                     QStringLiteral("*"),
                     {},
                     QStringLiteral("3")}};
        break;
    }
    case 24: {
        DevelopmentService development(db);
        Applicant a;
        a.orgId = org(QStringLiteral("BR1"));
        a.name = QStringLiteral("吴桐");
        a.idNumber = idNumber(24);
        a.education = Education::Bachelor;
        a.appliedOn = QDate(2022, 3, 1);
        a.talkedOn = QDate(2022, 3, 20);
        a.activistOn = QDate(2022, 9, 1);
        a.contacts = {member(zhangId)};
        a.targetOn = QDate(2023, 9, 1);
        a.politicalReviewOn = QDate(2024, 3, 1);
        a.trainedOn = QDate(2024, 4, 1);
        a.trainingHours = 32;
        auto id = development.save(m_user, a);
        QVERIFY2(id.ok(), why(id));
        a.id = *id;
        a.preReviewedOn = QDate(2024, 11, 1);
        a.admittedOn = QDate(2025, 1, 10);
        a.sponsors = {member(zhangId), member(liId)};
        auto admitted = development.save(m_user, a);
        QVERIFY2(admitted.ok(), why(admitted));
        memberId = member(a.idNumber);
        QVERIFY(memberId != 0);
        expected = {
            {QStringLiteral("insert"), QStringLiteral("applicants"), {}, {}, QStringLiteral("吴桐")},
            {QStringLiteral("insert"), QStringLiteral("applicant_people"), {}, {}, QStringLiteral("\"role\":1")},
            {QStringLiteral("update"),
             QStringLiteral("applicants"),
             QStringLiteral("admitted_on"),
             {},
             QStringLiteral("2025-01-10")},
            {QStringLiteral("insert"), QStringLiteral("applicant_people"), {}, {}, QStringLiteral("\"role\":2")},
            {QStringLiteral("insert"), QStringLiteral("members"), {}, {}, QStringLiteral("吴桐"), true},
            eventRow(EventKind::Admitted)};
        break;
    }
    case 25: {
        const QString file = m_temp->writeFile(QStringLiteral("posts.csv"),
                                               QStringLiteral("党组织,公民身份号码,职务,任职日期,离任日期,一肩挑\n"
                                                              "BR3,440305197511113130,组织委员,2021-01-01,,否\n"));
        auto report = ImportService(db).importFile(m_user, TableKind::Posts, file);
        QVERIFY(report.ok() && report->written);
        memberId = member(liuId);
        expected = {{QStringLiteral("insert"), QStringLiteral("posts"), {}, {}, QStringLiteral("2021-01-01"), true}};
        break;
    }
    case 26: {
        const QString file = m_temp->writeFile(QStringLiteral("events.csv"),
                                               QStringLiteral("公民身份号码,日期,事件,党组织,备注\n"
                                                              "110105198003151015,2025-08-01,组织内调动,BR3,\n"));
        auto report = ImportService(db).importFile(m_user, TableKind::Events, file);
        QVERIFY(report.ok() && report->written);
        memberId = member(zhangId);
        expected = {eventRow(EventKind::Moved)};
        break;
    }
    default:
        QFAIL("no such case");
    }

    const QList<AuditEntry> rows = rowsAfter(mark);
    QVERIFY(!rows.isEmpty());
    for (const AuditEntry& row : rows) {
        QCOMPARE(row.login, QStringLiteral("alice"));
        QVERIFY(row.at.isValid());
        QVERIFY(qAbs(row.at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
    for (const Expected& x : expected) {
        bool found = false;
        for (const AuditEntry& row : rows) {
            if (row.action != x.action || row.recordKind != x.recordKind) {
                continue;
            }
            if (x.ofMember && row.memberId != memberId) {
                continue;
            }
            if (x.action == QStringLiteral("update") && x.field != QStringLiteral("*")) {
                found = row.field == x.field && (x.before.isNull() || row.before.toString() == x.before) &&
                        row.after.toString() == x.after;
            } else if (x.field == QStringLiteral("*")) {
                found = !row.field.isEmpty() && row.after.toString() == x.after; // a setting
            } else {
                const QString snapshot = (x.action == QStringLiteral("delete") ? row.before : row.after).toString();
                found = row.field.isEmpty() && snapshot.startsWith(u'{') && snapshot.contains(x.after);
            }
            if (found) {
                break;
            }
        }
        if (!found) {
            for (const AuditEntry& row : rows) {
                qInfo() << row.action << row.recordKind << row.recordId << row.memberId << row.field << row.before
                        << row.after;
            }
        }
        QVERIFY2(found,
                 qPrintable(QStringLiteral("no %1 row of %2 %3 -> %4").arg(x.action, x.recordKind, x.field, x.after)));
    }
}

void TestAuditTrail::derivedCachesAreNotUpdates()
{
    // A conversion changes the member's category and date caches: the event row records it,
    // and the member gets no update rows of its caches.
    const qint64 id = admit(1, QDate(2024, 1, 10), QStringLiteral("BR1"));
    const qint64 mark = lastAuditId();
    MembershipEvent e;
    e.memberId = id;
    e.date = QDate(2025, 1, 10);
    e.kind = EventKind::ConvertedFull;
    QVERIFY(MemberService(m_temp->db()).recordEvent(m_user, e).ok());
    for (const AuditEntry& row : rowsAfter(mark)) {
        QVERIFY2(row.recordKind != QStringLiteral("members"), qPrintable(row.field));
        if (row.action == QStringLiteral("update")) {
            QVERIFY(!QStringList({QStringLiteral("roll_org_id"), QStringLiteral("category"), QStringLiteral("ends_on")})
                         .contains(row.field));
        }
    }
    auto member = MemberService(m_temp->db()).findById(m_user, id);
    QCOMPARE(member.value()->fullOn, QDate(2025, 1, 10)); // the cache did change
}

void TestAuditTrail::theActorIsReadAtEachWrite()
{
    // The login is the database's actor at the time of the write, on every connection.
    const qint64 zhang = member(QStringLiteral("110105198003151015"));
    MemberService service(m_temp->db());
    Member m = *service.findById(m_user, zhang).value();
    m_temp->db().setActor(QStringLiteral("bob"));
    m.phone = QStringLiteral("13911111111");
    QVERIFY(service.update(m_user, m).ok());
    m_temp->db().setActor(QStringLiteral("carol"));
    m.phone = QStringLiteral("13922222222");
    QVERIFY(service.update(m_user, m).ok());
    const auto rows = rowsAfter(lastAuditId() - 2);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).login, QStringLiteral("bob"));
    QCOMPARE(rows.at(1).login, QStringLiteral("carol"));
    QCOMPARE(rows.at(1).before.toString(), QStringLiteral("13911111111"));

    // A connection of another thread sees the same actor.
    qint64 written = 0;
    std::thread worker([&] {
        Database& db = m_temp->db();
        auto q = db.exec(QStringLiteral("UPDATE members SET phone = '13933333333' WHERE id = ?"), {zhang});
        written = q.ok() ? 1 : 0;
        db.releaseThreadConnection();
    });
    worker.join();
    QCOMPARE(written, 1);
    QCOMPARE(rowsAfter(lastAuditId() - 1).at(0).login, QStringLiteral("carol"));
}

void TestAuditTrail::aRolledBackWriteLeavesNone()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    {
        WriteTransaction transaction(m_temp->db());
        QVERIFY(transaction.started().ok());
        QVERIFY(admit(7, QDate(2024, 1, 10), QStringLiteral("BR1")) != 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log")) > before); // written ...
    }                                                                              // ... and rolled back with the write
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), before);
    QCOMPARE(member(idNumber(7)), 0);
}

void TestAuditTrail::aFailedImportLeavesNone()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    // The second row names an organization that does not exist: nothing is written.
    const QString file = m_temp->writeFile(QStringLiteral("posts.csv"),
                                           QStringLiteral("党组织,公民身份号码,职务,任职日期,离任日期,一肩挑\n"
                                                          "BR3,440305197511113130,组织委员,2021-01-01,,否\n"
                                                          "NOPE,440305197511113130,组织委员,2021-01-01,,否\n"));
    auto report = ImportService(m_temp->db()).importFile(m_user, TableKind::Posts, file);
    QVERIFY(report.ok());
    QVERIFY(!report->written);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), before);
}

void TestAuditTrail::theTrailRefusesChanges()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(before > 0);
    auto update = m_temp->db().exec(QStringLiteral("UPDATE audit_log SET login = 'mallory'"));
    QVERIFY(!update.ok());
    auto remove = m_temp->db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
    QVERIFY(!remove.ok());
    auto all = m_temp->db().exec(QStringLiteral("DELETE FROM audit_log"));
    QVERIFY(!all.ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE login = 'mallory'")), 0);
    // Adding rows by hand is not refused (nothing to protect), but nothing in PartyRoll does it.
}

void TestAuditTrail::bulkImportLeavesOneSummaryRow()
{
    TempDatabase fresh;
    Database& db = fresh.db();
    db.setActor(QStringLiteral("dave"));
    ImportService service(db);
    auto orgs = service.importFile(m_user, TableKind::Orgs, Fixtures::dataFile(QStringLiteral("orgs.csv")));
    QVERIFY(orgs.ok() && orgs->written);
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE record_kind = 'organizations'"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toInt(), 8); // organizations are written row by row: each is audited

    // Members into an empty roll go through BulkLoad: one summary row, no row per member.
    auto members = service.importFile(m_user, TableKind::Members, Fixtures::dataFile(QStringLiteral("members.csv")));
    QVERIFY(members.ok() && members->written);
    auto rows = AuditStore(db).find(AuditFilter{}, 100);
    QVERIFY(rows.ok());
    int summaries = 0;
    for (const AuditEntry& e : *rows) {
        QVERIFY(e.recordKind != QStringLiteral("membership_events"));
        QVERIFY(e.action != QStringLiteral("insert") || e.recordKind != QStringLiteral("members"));
        if (e.action == QStringLiteral("bulk_load")) {
            ++summaries;
            QCOMPARE(e.login, QStringLiteral("dave"));
            const QJsonObject summary = QJsonDocument::fromJson(e.after.toString().toUtf8()).object();
            // 5 members and their 9 admission and conversion events
            QCOMPARE(summary.value(QStringLiteral("rows")).toInteger(), 14);
        }
    }
    QCOMPARE(summaries, 1);

    // The trail is back on for the writes that follow.
    auto found = MemberService(db).findByIdNumber(m_user, QStringLiteral("110105198003151015"));
    Member m = *found.value();
    m.phone = QStringLiteral("13900000000");
    QVERIFY(MemberService(db).update(m_user, m).ok());
    auto last = AuditStore(db).find(AuditFilter{}, 1);
    QCOMPARE(last->at(0).field, QStringLiteral("phone"));
    QCOMPARE(last->at(0).login, QStringLiteral("dave"));
}

void TestAuditTrail::bulkFlagEndsWithItsTransaction()
{
    // A bulk load whose transaction is rolled back leaves neither rows nor a suspended trail.
    Database& db = m_temp->db();
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    {
        WriteTransaction transaction(db);
        QVERIFY(db.exec(QStringLiteral("SELECT audit_set_bulk(1)")).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET phone = 'x'")).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), before);
    }
    QCOMPARE(count(QStringLiteral("SELECT audit_bulk()")), 0);
    QVERIFY(db.exec(QStringLiteral("UPDATE members SET phone = 'y' WHERE id = 1")).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), before + 1);
    // The setter cannot be hidden in a view of the file (SQLITE_DIRECTONLY).
    QVERIFY(db.exec(QStringLiteral("CREATE VIEW sneaky AS SELECT audit_set_bulk(1) AS x")).ok());
    QVERIFY(!db.exec(QStringLiteral("SELECT x FROM sneaky")).ok());
    QVERIFY(db.exec(QStringLiteral("DROP VIEW sneaky")).ok());
}

void TestAuditTrail::aBulkLoadCannotCommitWithoutItsTriggers()
{
    // A bulk load drops the audit triggers in its transaction; a commit before finish() would
    // leave the database without them, and is refused.
    Database& db = m_temp->db();
    const QString triggers = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                            "'audit\\_%' ESCAPE '\\' AND name NOT LIKE 'audit_log%'");
    const qint64 all = 3 * AuditSchema::auditedTables().size();
    QCOMPARE(count(triggers), all);
    {
        WriteTransaction transaction(db);
        BulkLoad load(db);
        QVERIFY(load.begin().ok());
        QCOMPARE(count(triggers), 0);
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET phone = '13900000000'")).ok());
        QVERIFY(!transaction.commit().ok());
    }
    QCOMPARE(count(triggers), all);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members WHERE phone = '13900000000'")), 0);

    // Finished, it commits: the triggers are back and one summary row tells what it did.
    const qint64 mark = lastAuditId();
    {
        WriteTransaction transaction(db);
        BulkLoad load(db);
        load.describe(QStringLiteral("test load"), QStringLiteral("x.csv"));
        QVERIFY(load.begin().ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET phone = '13900000000'")).ok());
        QVERIFY(load.finish().ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(count(triggers), all);
    const auto rows = rowsAfter(mark);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).action, QStringLiteral("bulk_load"));
    const QJsonObject summary = QJsonDocument::fromJson(rows.at(0).after.toString().toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("what")).toString(), QStringLiteral("test load"));
    QCOMPARE(summary.value(QStringLiteral("file")).toString(), QStringLiteral("x.csv"));
    QCOMPARE(summary.value(QStringLiteral("rows")).toInteger(), 5);
    // and the trail is on again
    QVERIFY(db.exec(QStringLiteral("UPDATE members SET phone = '13911111111' WHERE id = 1")).ok());
    QCOMPARE(rowsAfter(mark).size(), 2);
}

void TestAuditTrail::passwordHashesNeverReachTheTrail()
{
    AccessService access(m_temp->db());
    const QString password = QStringLiteral("Correct-Horse-Battery-9");
    auto id = access.addUser(m_user, QStringLiteral("admin"), Role::Administrator, 0, password);
    QVERIFY2(id.ok(), why(id));
    auto admin = access.login(QStringLiteral("admin"), password);
    QVERIFY2(admin.ok(), why(admin));
    const qint64 mark = lastAuditId();
    const Status changed =
        access.setPassword(*admin, QStringLiteral("admin"), QStringLiteral("Another-Horse-Staple-7"));
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message()));

    auto hash = m_temp->db().exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'admin'"));
    QVERIFY(hash.ok() && hash->next());
    const QString stored = hash->value(0).toString();
    QVERIFY(!stored.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(coalesce(after_value, '') || "
                                  "coalesce(before_value, ''), '%1') > 0")
                       .arg(stored.left(40))),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_value LIKE '%password_hash%'")), 0);
    bool changeRecorded = false;
    for (const AuditEntry& row : rowsAfter(mark)) {
        if (row.recordKind == QStringLiteral("users") && row.field == QStringLiteral("password_hash")) {
            changeRecorded = row.after.toString() == QStringLiteral("changed") && row.before.isNull();
        }
    }
    QVERIFY(changeRecorded);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE record_kind = 'users' AND action = 'insert'"
                                 " AND after_value LIKE '%\"login\":\"admin\"%'")) == 1);
}

void TestAuditTrail::aConnectionWithoutTheFunctionsCannotWrite()
{
    // The sqlite3 tool or another program: it can read, but a write to an audited table fails
    // (no such function: audit_actor) instead of going unaudited.
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open_v2(m_temp->path().toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    sqlite3_busy_timeout(raw, 5000);
    char* message = nullptr;
    QCOMPARE(sqlite3_exec(raw, "SELECT count(*) FROM members", nullptr, nullptr, nullptr), SQLITE_OK);
    const int rc = sqlite3_exec(raw, "UPDATE members SET phone = 'raw'", nullptr, nullptr, &message);
    QVERIFY(rc != SQLITE_OK);
    QVERIFY(QString::fromUtf8(message).contains(QStringLiteral("audit_")));
    sqlite3_free(message);
    sqlite3_close(raw);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members WHERE phone = 'raw'")), 0);
}

void TestAuditTrail::storeFilters()
{
    Database& db = m_temp->db();
    const qint64 zhang = member(QStringLiteral("110105198003151015"));
    m_temp->db().setActor(QStringLiteral("erin"));
    MemberService service(db);
    Member m = *service.findById(m_user, zhang).value();
    for (int i = 0; i < 5; ++i) {
        m.phone = QStringLiteral("1390000000%1").arg(i);
        QVERIFY(service.update(m_user, m).ok());
    }
    AuditStore store(db);
    AuditFilter filter;
    filter.memberId = zhang;
    filter.login = QStringLiteral("erin");
    auto page = store.find(filter, 3);
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->at(0).after.toString(), QStringLiteral("13900000004")); // newest first
    filter.beforeId = page->last().id;
    auto next = store.find(filter, 3);
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->at(1).after.toString(), QStringLiteral("13900000000"));
    QCOMPARE(*store.count(filterWith([&](AuditFilter& f) {
                              f.memberId = zhang;
                              f.login = QStringLiteral("erin");
                          }),
                          100),
             5);

    // An organization's filter covers the organizations ever under it.
    AuditFilter ofGb1;
    ofGb1.orgId = org(QStringLiteral("GB1"));
    auto rows = store.find(ofGb1, 1000);
    QVERIFY(!rows->isEmpty());
    const QList<qint64> subtree{org(QStringLiteral("GB1")), org(QStringLiteral("BR1")), org(QStringLiteral("BR2")),
                                org(QStringLiteral("GRP1"))};
    for (const AuditEntry& e : *rows) {
        QVERIFY(subtree.contains(e.orgId));
    }
    QVERIFY(*store.count(filterWith([&](AuditFilter& f) { f.orgId = org(QStringLiteral("BR3")); }), 1000) > 0);

    // Since / until: the rows of this test are all from today (UTC).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(*store.count(filterWith([&](AuditFilter& f) { f.since = now.addSecs(3600); }), 1000), 0);
    QCOMPARE(*store.count(filterWith([&](AuditFilter& f) { f.until = now.addSecs(-3600); }), 1000), 0);
    QVERIFY(*store.count(filterWith([&](AuditFilter& f) {
                             f.since = now.addSecs(-3600);
                             f.until = now.addSecs(3600);
                         }),
                         100000) > 5);
    QCOMPARE(*store.count(filterWith([&](AuditFilter& f) { f.recordKind = QStringLiteral("posts"); }), 1000),
             3); // posts.csv
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
