#include "StatisticsStore.h"

#include "Database.h"
#include "SqliteStatement.h"
#include "core/Ethnicity.h"

#include <QByteArray>

#include <algorithm>

namespace {

// The event columns (0-5) and member columns (6-9) of a scan, then `tail`. Dates come as
// julianday() numbers (SQLite parses ISO text cheaply; no QString per cell), small fields packed
// one byte each into one integer, and the ethnic group is classified in SQL (a text comparison),
// so that a million rows cost a few column reads each. CROSS JOIN keeps the events as the outer
// loop: a sequential pass, members looked up by id.
QByteArray scanSql(bool withFacts, const char* tail)
{
    QByteArray sql = QByteArrayLiteral(
        "SELECT e.id, julianday(e.date), e.kind | (e.category << 8) | (coalesce(e.roll_org_id, 0) << 16),"
        " julianday(e.ends_on), e.member_id");
    if (withFacts) {
        sql += " , m.gender"
               " | (CASE WHEN m.ethnicity IS NULL OR m.ethnicity = '' THEN 0 WHEN m.ethnicity = ?3 THEN 1 ELSE 2 END"
               "    << 8)"
               " | (m.education << 16) | (m.occupation << 24) | ((m.honours IS NOT NULL AND m.honours <> '') << 32)"
               " | (m.party_worker << 40) | ((m.mobile <> 0) << 48) | ((m.lost_contact <> 0) << 56),"
               " julianday(m.birth_date), CASE WHEN m.lost_contact <> 0 THEN julianday(m.lost_contact_since) END,"
               " julianday(m.admitted_on)"
               " FROM membership_events e CROSS JOIN members m ON m.id = e.member_id";
    } else {
        sql += " FROM membership_events e";
    }
    return sql + tail;
}

// julianday() values (noon-based, NULL reads as 0) as YYYYMMDD; 0 for none. Remembers the last
// value: most rows of a column repeat it (every current state ends on 9999-12-31).
class JulianDays
{
public:
    StatisticsStore::Day operator()(double julian)
    {
        if (julian != m_julian) {
            m_julian = julian;
            m_day = convert(julian);
        }
        return m_day;
    }

private:
    static StatisticsStore::Day convert(double julian)
    {
        if (julian < 1.0) {
            return 0;
        }
        // Richards' conversion of a Julian day number to the proleptic Gregorian calendar.
        const int j = int(julian + 0.5);
        const int a = j + 32044;
        const int b = (4 * a + 3) / 146097;
        const int c = a - 146097 * b / 4;
        const int d = (4 * c + 3) / 1461;
        const int e = c - 1461 * d / 4;
        const int m = (5 * e + 2) / 153;
        const int day = e - (153 * m + 2) / 5 + 1;
        const int month = m + 3 - 12 * (m / 10);
        const int year = 100 * b + d - 4800 + m / 10;
        return year * 10000 + month * 100 + day;
    }

    double m_julian = 0;
    StatisticsStore::Day m_day = 0;
};

Status visitRows(SqliteStatement& q, bool withFacts, const StatisticsStore::RowVisitor& visit)
{
    StatisticsStore::MemberFacts f;
    StatisticsStore::EventRow r;
    JulianDays dates;
    JulianDays ends;
    JulianDays births;
    JulianDays lostSince;
    JulianDays admissions;
    while (q.next()) {
        r.id = q.integer(0);
        r.date = dates(q.real(1));
        const qint64 state = q.integer(2);
        r.kind = static_cast<EventKind>(state & 0xFF);
        r.category = static_cast<MemberCategory>((state >> 8) & 0xFF);
        r.rollOrgId = state >> 16; // 0 = on no roll
        r.endsOn = ends(q.real(3));
        const qint64 member = q.integer(4);
        // Rows of one member often follow each other: their facts are read once.
        if (member != f.id) {
            f.id = member;
            if (withFacts) {
                const auto packed = quint64(q.integer(5));
                auto byte = [packed](int index) { return int((packed >> (8 * index)) & 0xFF); };
                f.gender = static_cast<Gender>(byte(0));
                f.ethnic = static_cast<StatisticsStore::MemberFacts::Ethnic>(byte(1));
                f.education = static_cast<Education>(byte(2));
                f.occupation = static_cast<Occupation>(byte(3));
                f.advanced = byte(4) != 0;
                f.partyWorker = static_cast<PartyWorker>(byte(5));
                f.mobile = byte(6) != 0;
                f.lostContact = byte(7) != 0;
                f.birth = births(q.real(6));
                f.lostContactSince = lostSince(q.real(7));
                f.admittedOn = admissions(q.real(8));
            }
        }
        visit(f, r);
    }
    return q.status();
}

} // namespace

StatisticsStore::Day StatisticsStore::dayOf(const QDate& date)
{
    return date.isValid() ? date.year() * 10000 + date.month() * 100 + date.day() : 0;
}

QDate StatisticsStore::dateOf(Day day)
{
    return day == 0 ? QDate() : QDate(day / 10000, day / 100 % 100, day % 100);
}

StatisticsStore::Day StatisticsStore::dayOfText(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-') {
        return 0;
    }
    Day day = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return 0;
        }
        day = day * 10 + (c - u'0');
    }
    return day;
}

StatisticsStore::StatisticsStore(Database& db)
    : m_db(db)
{
}

Result<int> StatisticsStore::organizationCount()
{
    SqliteStatement q(m_db, "SELECT count(*) FROM organizations");
    const int count = q.next() ? static_cast<int>(q.integer(0)) : 0;
    if (!q.status().ok()) {
        return q.status().error();
    }
    return count;
}

Result<QList<StatisticsStore::OrgRecord>> StatisticsStore::organizations(const QList<qint64>& ids)
{
    QList<OrgRecord> result;
    auto read = [&result](const SqliteStatement& q) {
        result.append(OrgRecord{q.integer(0), q.text(1), static_cast<OrgType>(q.integer(2)),
                                static_cast<UnitCategory>(q.integer(3)), q.integer(4) != 0});
    };
    if (ids.isEmpty()) {
        SqliteStatement q(m_db, "SELECT id, code, type, unit_category, temporary FROM organizations ORDER BY id");
        while (q.next()) {
            read(q);
        }
        if (!q.status().ok()) {
            return q.status().error();
        }
        return result;
    }
    SqliteStatement q(m_db, "SELECT id, code, type, unit_category, temporary FROM organizations WHERE id = ?1");
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        q.bind(1, id);
        while (q.next()) {
            read(q);
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status().error();
        }
    }
    return result;
}

Result<QList<StatisticsStore::OrgLink>> StatisticsStore::links(const QList<qint64>& orgIds)
{
    QList<OrgLink> result;
    auto read = [&result](const SqliteStatement& q) {
        result.append(OrgLink{q.integer(0), q.integer(1), dayOfText(q.text(2)), dayOfText(q.text(3))});
    };
    if (orgIds.isEmpty()) {
        SqliteStatement q(m_db, "SELECT org_id, parent_id, starts_on, ends_on FROM org_links");
        while (q.next()) {
            read(q);
        }
        if (!q.status().ok()) {
            return q.status().error();
        }
        return result;
    }
    SqliteStatement q(m_db, "SELECT org_id, parent_id, starts_on, ends_on FROM org_links WHERE org_id = ?1");
    for (const qint64 id : orgIds) {
        q.bind(1, id);
        while (q.next()) {
            read(q);
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status().error();
        }
    }
    return result;
}

Result<QList<qint64>> StatisticsStore::descendantsDuring(qint64 rootId, Day lo, Day hi)
{
    // Links valid on some day of [lo, hi]: starts_on <= hi and ends_on > lo.
    SqliteStatement q(m_db, "WITH RECURSIVE sub(id) AS ("
                            "  SELECT ?1"
                            "  UNION"
                            "  SELECT l.org_id FROM org_links l JOIN sub ON l.parent_id = sub.id"
                            "   WHERE l.starts_on <= ?2 AND l.ends_on > ?3)"
                            " SELECT id FROM sub");
    q.bind(1, rootId);
    q.bind(2, dateOf(hi));
    q.bind(3, dateOf(lo));
    QList<qint64> result;
    while (q.next()) {
        result.append(q.integer(0));
    }
    if (!q.status().ok()) {
        return q.status().error();
    }
    return result;
}

Status StatisticsStore::scanAll(Day lo, Day hi, bool withFacts, const RowVisitor& visit, qint64 firstId, qint64 lastId)
{
    const QByteArray sql = scanSql(withFacts, " WHERE e.id BETWEEN ?4 AND ?5 AND e.date <= ?1 AND e.ends_on > ?2");
    SqliteStatement q(m_db, sql.constData());
    q.bind(1, dateOf(hi));
    q.bind(2, dateOf(lo));
    if (withFacts) {
        q.bind(3, Ethnicity::han());
    }
    q.bind(4, firstId);
    q.bind(5, lastId);
    return visitRows(q, withFacts, visit);
}

Result<qint64> StatisticsStore::lastEventId()
{
    SqliteStatement q(m_db, "SELECT max(id) FROM membership_events");
    const qint64 id = q.next() ? q.integer(0) : 0;
    if (!q.status().ok()) {
        return q.status().error();
    }
    return id;
}

Result<std::vector<qint64>> StatisticsStore::membersOnRollsDuring(const QList<qint64>& orgIds, Day lo, Day hi)
{
    // One range scan of the partial roll index per organization.
    SqliteStatement q(m_db, "SELECT member_id FROM membership_events"
                            " WHERE roll_org_id = ?1 AND date <= ?2 AND ends_on > ?3");
    const QDate high = dateOf(hi);
    const QDate low = dateOf(lo);
    std::vector<qint64> members;
    for (const qint64 org : orgIds) {
        q.bind(1, org);
        q.bind(2, high);
        q.bind(3, low);
        while (q.next()) {
            members.push_back(q.integer(0));
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status().error();
        }
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return members;
}

Status StatisticsStore::scanMembers(const std::vector<qint64>& memberIds, Day lo, Day hi, bool withFacts,
                                    const RowVisitor& visit)
{
    const QByteArray sql = scanSql(withFacts, " WHERE e.member_id = ?4 AND e.date <= ?1 AND e.ends_on > ?2");
    SqliteStatement q(m_db, sql.constData());
    const QDate high = dateOf(hi);
    const QDate low = dateOf(lo);
    const QString han = Ethnicity::han();
    for (const qint64 id : memberIds) {
        q.bind(1, high);
        q.bind(2, low);
        if (withFacts) {
            q.bind(3, han);
        }
        q.bind(4, id);
        if (auto visited = visitRows(q, withFacts, visit); !visited.ok()) {
            return visited;
        }
        q.reset();
    }
    return {};
}

Result<StatisticsStore::Day> StatisticsStore::latestAdmission(qint64 memberId, Day onOrBefore)
{
    SqliteStatement q(m_db,
                      "SELECT max(date) FROM membership_events WHERE member_id = ?1 AND kind = ?2 AND date <= ?3");
    q.bind(1, memberId);
    q.bind(2, int(EventKind::Admitted));
    q.bind(3, dateOf(onOrBefore));
    Day day = 0;
    if (q.next() && !q.isNull(0)) {
        day = dayOfText(q.text(0));
    }
    if (!q.status().ok()) {
        return q.status().error();
    }
    return day;
}

Result<QList<StatisticsStore::PostHolding>> StatisticsStore::postsHeldOn(const QList<qint64>& orgIds, Day day)
{
    QList<PostHolding> result;
    auto read = [&result](const SqliteStatement& q) {
        result.append(PostHolding{q.integer(0), q.integer(1), static_cast<PostKind>(q.integer(2)), q.integer(3) != 0,
                                  dayOfText(q.text(4)), static_cast<Education>(q.integer(5))});
    };
    const QDate date = dateOf(day);
    if (orgIds.isEmpty()) {
        SqliteStatement q(m_db, "SELECT p.org_id, p.member_id, p.kind, p.concurrent_admin_head, m.birth_date,"
                                " m.education FROM posts p JOIN members m ON m.id = p.member_id"
                                " WHERE p.from_on <= ?1 AND (p.to_on IS NULL OR p.to_on > ?1)");
        q.bind(1, date);
        while (q.next()) {
            read(q);
        }
        if (!q.status().ok()) {
            return q.status().error();
        }
        return result;
    }
    SqliteStatement q(m_db, "SELECT p.org_id, p.member_id, p.kind, p.concurrent_admin_head, m.birth_date,"
                            " m.education FROM posts p JOIN members m ON m.id = p.member_id"
                            " WHERE p.org_id = ?2 AND p.from_on <= ?1 AND (p.to_on IS NULL OR p.to_on > ?1)");
    for (const qint64 org : orgIds) {
        q.bind(1, date);
        q.bind(2, org);
        while (q.next()) {
            read(q);
        }
        q.reset();
        if (!q.status().ok()) {
            return q.status().error();
        }
    }
    return result;
}

Result<QList<StatisticsStore::RollOverlap>> StatisticsStore::rollOverlaps()
{
    // Each member's roll intervals in date order; an interval that starts before the previous
    // one ended means two rolls at once. Only the first overlap of a member is reported.
    SqliteStatement q(m_db, "SELECT member_id, date, ends_on, roll_org_id FROM membership_events"
                            " INDEXED BY membership_events_member WHERE roll_org_id IS NOT NULL"
                            " ORDER BY member_id, date, id");
    struct Found
    {
        qint64 member;
        qint64 firstOrg;
        qint64 secondOrg;
        Day date;
    };
    std::vector<Found> found;
    qint64 member = 0;
    Day previousEnd = 0;
    qint64 previousOrg = 0;
    qint64 reported = 0;
    while (q.next()) {
        const qint64 m = q.integer(0);
        const Day date = dayOfText(q.text(1));
        const Day end = dayOfText(q.text(2));
        const qint64 org = q.integer(3);
        if (m == member && date < previousEnd && reported != m) {
            found.push_back(Found{m, previousOrg, org, date});
            reported = m;
        }
        if (m != member || end > previousEnd) {
            previousEnd = end;
            previousOrg = org;
        }
        member = m;
    }
    if (!q.status().ok()) {
        return q.status().error();
    }
    QList<RollOverlap> result;
    SqliteStatement who(m_db, "SELECT m.id_number, m.name, a.code, b.code FROM members m, organizations a,"
                              " organizations b WHERE m.id = ?1 AND a.id = ?2 AND b.id = ?3");
    for (const Found& f : found) {
        who.bind(1, f.member);
        who.bind(2, f.firstOrg);
        who.bind(3, f.secondOrg);
        if (who.next()) {
            result.append(RollOverlap{f.member, who.text(0), who.text(1), who.text(2), who.text(3), dateOf(f.date)});
        }
        who.reset();
        if (!who.status().ok()) {
            return who.status().error();
        }
    }
    return result;
}
