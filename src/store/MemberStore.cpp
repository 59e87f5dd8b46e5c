#include "MemberStore.h"

#include "Database.h"
#include "SqliteStatement.h"
#include "core/Dates.h"

#include <QSqlQuery>

namespace {

const char* const InsertSql =
    "INSERT INTO members (id_number, name, gender, ethnicity, birth_date, education, native_place, occupation,"
    " position, phone, address, honours, party_worker, mobile, mobile_destination, lost_contact,"
    " lost_contact_since, lost_contact_reason, applied_on, activist_on, org_id, category, admitted_on, full_on,"
    " left_on)"
    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25)";

const char* const UpdateSql =
    "UPDATE members SET id_number=?1, name=?2, gender=?3, ethnicity=?4, birth_date=?5, education=?6,"
    " native_place=?7, occupation=?8, position=?9, phone=?10, address=?11, honours=?12, party_worker=?13,"
    " mobile=?14, mobile_destination=?15, lost_contact=?16, lost_contact_since=?17, lost_contact_reason=?18,"
    " applied_on=?19, activist_on=?20 WHERE id=?21";

const QString SelectSql = QStringLiteral(
    "SELECT id, id_number, name, gender, ethnicity, birth_date, education, native_place, occupation, position,"
    " phone, address, honours, party_worker, mobile, mobile_destination, lost_contact, lost_contact_since,"
    " lost_contact_reason, applied_on, activist_on, org_id, category, admitted_on, full_on, left_on FROM members");

void bindPersonal(SqliteStatement& s, const Member& m)
{
    s.bind(1, m.idNumber);
    s.bind(2, m.name);
    s.bind(3, int(m.gender));
    s.bind(4, m.ethnicity);
    s.bind(5, m.birthDate);
    s.bind(6, int(m.education));
    s.bind(7, m.nativePlace);
    s.bind(8, int(m.occupation));
    s.bind(9, m.position);
    s.bind(10, m.phone);
    s.bind(11, m.address);
    s.bind(12, m.honours);
    s.bind(13, int(m.partyWorker));
    s.bind(14, m.mobile);
    s.bind(15, m.mobileDestination);
    s.bind(16, m.lostContact);
    s.bind(17, m.lostContactSince);
    s.bind(18, m.lostContactReason);
    s.bind(19, m.appliedOn);
    s.bind(20, m.activistOn);
}

Member fromQuery(const QSqlQuery& q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.idNumber = q.value(1).toString();
    m.name = q.value(2).toString();
    m.gender = static_cast<Gender>(q.value(3).toInt());
    m.ethnicity = q.value(4).toString();
    m.birthDate = Dates::fromText(q.value(5).toString());
    m.education = static_cast<Education>(q.value(6).toInt());
    m.nativePlace = q.value(7).toString();
    m.occupation = static_cast<Occupation>(q.value(8).toInt());
    m.position = q.value(9).toString();
    m.phone = q.value(10).toString();
    m.address = q.value(11).toString();
    m.honours = q.value(12).toString();
    m.partyWorker = static_cast<PartyWorker>(q.value(13).toInt());
    m.mobile = q.value(14).toBool();
    m.mobileDestination = q.value(15).toString();
    m.lostContact = q.value(16).toBool();
    m.lostContactSince = Dates::fromText(q.value(17).toString());
    m.lostContactReason = q.value(18).toString();
    m.appliedOn = Dates::fromText(q.value(19).toString());
    m.activistOn = Dates::fromText(q.value(20).toString());
    m.orgId = q.value(21).toLongLong();
    m.onRoll = m.orgId != 0;
    m.category = static_cast<MemberCategory>(q.value(22).toInt());
    m.admittedOn = Dates::fromText(q.value(23).toString());
    m.fullOn = Dates::fromText(q.value(24).toString());
    return m;
}

} // namespace

MemberStore::MemberStore(Database& db)
    : m_db(db)
{
}

MemberStore::~MemberStore() = default;

Result<qint64> MemberStore::insert(const Member& member, const MemberTimeline* timeline)
{
    if (!m_insert) {
        m_insert = std::make_unique<SqliteStatement>(m_db, InsertSql);
    }
    bindPersonal(*m_insert, member);
    if (timeline) {
        m_insert->bindId(21, timeline->currentOrgId());
        m_insert->bind(22, int(timeline->currentCategory()));
        m_insert->bind(23, timeline->admittedOn());
        m_insert->bind(24, timeline->fullOn());
        m_insert->bind(25, timeline->leftOn());
    } else {
        m_insert->bindNull(21);
        m_insert->bind(22, int(MemberCategory::Unknown));
        m_insert->bindNull(23);
        m_insert->bindNull(24);
        m_insert->bindNull(25);
    }
    if (auto done = m_insert->run(); !done.ok()) {
        return done.error();
    }
    return m_insert->lastInsertId();
}

Status MemberStore::updatePersonal(const Member& member)
{
    SqliteStatement update(m_db, UpdateSql);
    bindPersonal(update, member);
    update.bind(21, member.id);
    return update.run();
}

Status MemberStore::saveDerived(qint64 memberId, const MemberTimeline& timeline)
{
    if (!m_derived) {
        m_derived = std::make_unique<SqliteStatement>(
            m_db, "UPDATE members SET org_id=?1, category=?2, admitted_on=?3, full_on=?4, left_on=?5 WHERE id=?6");
    }
    m_derived->bindId(1, timeline.currentOrgId());
    m_derived->bind(2, int(timeline.currentCategory()));
    m_derived->bind(3, timeline.admittedOn());
    m_derived->bind(4, timeline.fullOn());
    m_derived->bind(5, timeline.leftOn());
    m_derived->bind(6, memberId);
    return m_derived->run();
}

Result<std::optional<Member>> MemberStore::findByIdNumber(const QString& idNumber)
{
    auto q = m_db.exec(SelectSql + QStringLiteral(" WHERE id_number=?"), {idNumber});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Member>();
    }
    return std::optional<Member>(fromQuery(*q));
}

Result<std::optional<Member>> MemberStore::findById(qint64 id)
{
    auto q = m_db.exec(SelectSql + QStringLiteral(" WHERE id=?"), {id});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Member>();
    }
    return std::optional<Member>(fromQuery(*q));
}

Result<qint64> MemberStore::idOf(const QString& idNumber)
{
    if (!m_idOf) {
        m_idOf = std::make_unique<SqliteStatement>(m_db, "SELECT id FROM members WHERE id_number=?1");
    }
    m_idOf->bind(1, idNumber);
    qint64 id = 0;
    if (m_idOf->next()) {
        id = m_idOf->integer(0);
    }
    m_idOf->reset();
    if (!m_idOf->status().ok()) {
        return m_idOf->status().error();
    }
    return id;
}

Result<qint64> MemberStore::count()
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM members"));
    if (!q.ok()) {
        return q.error();
    }
    q->next();
    return q->value(0).toLongLong();
}

Result<QHash<qint64, QString>> MemberStore::idNumbersById()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, id_number FROM members"));
    if (!q.ok()) {
        return q.error();
    }
    QHash<qint64, QString> idNumbers;
    while (q->next()) {
        idNumbers.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    return idNumbers;
}

Result<qint64> MemberStore::countOnRoll()
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM members WHERE org_id IS NOT NULL"));
    if (!q.ok()) {
        return q.error();
    }
    q->next();
    return q->value(0).toLongLong();
}

Status MemberStore::forEach(const std::function<bool(const Member&)>& visit, qint64 onlyOrgSubtreeRoot)
{
    Result<QSqlQuery> q =
        onlyOrgSubtreeRoot == 0
            ? m_db.exec(SelectSql + QStringLiteral(" ORDER BY id"))
            : m_db.exec(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION"
                                       " SELECT o.id FROM organizations o JOIN sub ON o.current_parent_id = sub.id) ") +
                            SelectSql +
                            QStringLiteral(" WHERE id IN (SELECT DISTINCT e.member_id FROM membership_events e"
                                           " WHERE e.org_id IN (SELECT id FROM sub)) ORDER BY id"),
                        {onlyOrgSubtreeRoot});
    if (!q.ok()) {
        return q.error();
    }
    while (q->next()) {
        if (!visit(fromQuery(*q))) {
            break;
        }
    }
    return {};
}
