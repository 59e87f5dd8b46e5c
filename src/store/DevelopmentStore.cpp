#include "DevelopmentStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/Clock.h"
#include "core/Dates.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using SqlValues::dateOrNull;
using SqlValues::idOrNull;
using SqlValues::textOrNull;

namespace {

// applicant_people.role
constexpr int ContactRole = 1;
constexpr int SponsorRole = 2;

const QString Columns =
    QStringLiteral("id, org_id, name, gender, id_number, birth_date, ethnicity, education, occupation, position,"
                   " phone, honours, applied_on, talked_on, activist_on, target_on, political_review_on, trained_on,"
                   " training_hours, pre_reviewed_on, admitted_on, approved_on, closed_on, closed_reason, note,"
                   " member_id");

Applicant applicantFrom(const QSqlQuery& q)
{
    Applicant a;
    int i = 0;
    auto next = [&q, &i] { return q.value(i++); };
    auto nextDate = [&next] { return Dates::fromText(next().toString()); };
    a.id = next().toLongLong();
    a.orgId = next().toLongLong();
    a.name = next().toString();
    a.gender = static_cast<Gender>(next().toInt());
    a.idNumber = next().toString();
    a.birthDate = nextDate();
    a.ethnicity = next().toString();
    a.education = static_cast<Education>(next().toInt());
    a.occupation = static_cast<Occupation>(next().toInt());
    a.position = next().toString();
    a.phone = next().toString();
    a.honours = next().toString();
    a.appliedOn = nextDate();
    a.talkedOn = nextDate();
    a.activistOn = nextDate();
    a.targetOn = nextDate();
    a.politicalReviewOn = nextDate();
    a.trainedOn = nextDate();
    a.trainingHours = next().toInt();
    a.preReviewedOn = nextDate();
    a.admittedOn = nextDate();
    a.approvedOn = nextDate();
    a.closedOn = nextDate();
    a.closedReason = next().toString();
    a.note = next().toString();
    a.memberId = next().toLongLong();
    return a;
}

QVariantList valuesOf(const Applicant& a)
{
    return {a.orgId,
            a.name,
            int(a.gender),
            a.idNumber,
            Dates::toText(a.birthDate),
            textOrNull(a.ethnicity),
            int(a.education),
            int(a.occupation),
            textOrNull(a.position),
            textOrNull(a.phone),
            textOrNull(a.honours),
            Dates::toText(a.appliedOn),
            dateOrNull(a.talkedOn),
            dateOrNull(a.activistOn),
            dateOrNull(a.targetOn),
            dateOrNull(a.politicalReviewOn),
            dateOrNull(a.trainedOn),
            a.trainingHours,
            dateOrNull(a.preReviewedOn),
            dateOrNull(a.admittedOn),
            dateOrNull(a.approvedOn),
            dateOrNull(a.closedOn),
            textOrNull(a.closedReason),
            textOrNull(a.note),
            idOrNull(a.memberId)};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u',');
}

} // namespace

DevelopmentStore::DevelopmentStore(Database& db)
    : m_db(db)
{
}

Status DevelopmentStore::insert(Applicant& a)
{
    const QString columns = Columns.mid(Columns.indexOf(u',') + 2); // without id
    const QVariantList values = valuesOf(a);
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO applicants (%1) VALUES (%2)").arg(columns, placeholders(values.size())), values);
    if (!q.ok()) {
        return q.error();
    }
    a.id = q->lastInsertId().toLongLong();
    return writePeople(a);
}

Status DevelopmentStore::update(const Applicant& a)
{
    QStringList assignments;
    const QStringList columns = Columns.split(QStringLiteral(", ")).mid(1);
    for (const QString& column : columns) {
        assignments.append(column + QStringLiteral("=?"));
    }
    QVariantList values = valuesOf(a);
    values.append(a.id);
    auto q = m_db.exec(QStringLiteral("UPDATE applicants SET %1 WHERE id=?").arg(assignments.join(u',')), values);
    if (!q.ok()) {
        return q.error();
    }
    return writePeople(a);
}

Status DevelopmentStore::writePeople(const Applicant& a)
{
    for (const QString& table : {QStringLiteral("applicant_people"), QStringLiteral("applicant_exceptions")}) {
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE applicant_id=?").arg(table), {a.id}); !q.ok()) {
            return q.error();
        }
    }
    for (const auto& [role, people] : {std::pair{ContactRole, &a.contacts}, std::pair{SponsorRole, &a.sponsors}}) {
        for (qsizetype i = 0; i < people->size(); ++i) {
            auto q = m_db.exec(
                QStringLiteral(
                    "INSERT INTO applicant_people (applicant_id, role, position, member_id) VALUES (?,?,?,?)"),
                {a.id, role, int(i), people->at(i)});
            if (!q.ok()) {
                return q.error();
            }
        }
    }
    for (const DevelopmentException& e : a.exceptions) {
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO applicant_exceptions (applicant_id, rule, reason) VALUES (?,?,?)"),
                      {a.id, int(e.rule), e.reason});
        if (!q.ok()) {
            return q.error();
        }
    }
    return {};
}

Status DevelopmentStore::readPeople(Applicant& a)
{
    auto people = m_db.exec(
        QStringLiteral("SELECT role, member_id FROM applicant_people WHERE applicant_id=? ORDER BY role, position"),
        {a.id});
    if (!people.ok()) {
        return people.error();
    }
    while (people->next()) {
        (people->value(0).toInt() == ContactRole ? a.contacts : a.sponsors).append(people->value(1).toLongLong());
    }
    auto exceptions = m_db.exec(
        QStringLiteral("SELECT rule, reason FROM applicant_exceptions WHERE applicant_id=? ORDER BY rule"), {a.id});
    if (!exceptions.ok()) {
        return exceptions.error();
    }
    while (exceptions->next()) {
        a.exceptions.append(
            {static_cast<DevelopmentRule>(exceptions->value(0).toInt()), exceptions->value(1).toString()});
    }
    return {};
}

Result<std::optional<Applicant>> DevelopmentStore::findById(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM applicants WHERE id=?").arg(Columns), {id});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Applicant>();
    }
    Applicant a = applicantFrom(*q);
    if (auto read = readPeople(a); !read.ok()) {
        return read.error();
    }
    return std::optional<Applicant>(a);
}

Result<std::optional<Applicant>> DevelopmentStore::findByIdNumber(const QString& idNumber)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM applicants WHERE id_number=?"), {idNumber});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Applicant>();
    }
    return findById(q->value(0).toLongLong());
}

Result<QList<Applicant>> DevelopmentStore::applicantsOf(const QList<qint64>& orgIds, bool includeDone)
{
    QStringList ids;
    for (const qint64 id : orgIds) {
        ids.append(QString::number(id));
    }
    QString where = orgIds.isEmpty() ? QStringLiteral("1=1") : QStringLiteral("org_id IN (%1)").arg(ids.join(u','));
    if (!includeDone) {
        where += QStringLiteral(" AND admitted_on IS NULL AND closed_on IS NULL");
    }
    return select(where, QStringLiteral("applied_on, id"));
}

Status DevelopmentStore::forEach(const std::function<bool(const Applicant&)>& visit)
{
    auto all = select(QStringLiteral("1=1"), QStringLiteral("id"));
    if (!all.ok()) {
        return all.error();
    }
    for (const Applicant& a : std::as_const(*all)) {
        if (!visit(a)) {
            break;
        }
    }
    return {};
}

Result<QList<Applicant>> DevelopmentStore::select(const QString& where, const QString& orderBy)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM applicants WHERE %2 ORDER BY %3").arg(Columns, where, orderBy));
    if (!q.ok()) {
        return q.error();
    }
    QList<Applicant> result;
    QHash<qint64, qsizetype> indexOf;
    while (q->next()) {
        result.append(applicantFrom(*q));
        indexOf.insert(result.constLast().id, result.size() - 1);
    }
    if (result.isEmpty()) {
        return result;
    }
    // Contacts, sponsors and exceptions of all of them in two statements, not two per applicant.
    const QString ofThese = QStringLiteral("applicant_id IN (SELECT id FROM applicants WHERE %1)").arg(where);
    auto people = m_db.exec(QStringLiteral("SELECT applicant_id, role, member_id FROM applicant_people WHERE %1"
                                           " ORDER BY applicant_id, role, position")
                                .arg(ofThese));
    if (!people.ok()) {
        return people.error();
    }
    while (people->next()) {
        const auto it = indexOf.constFind(people->value(0).toLongLong());
        if (it != indexOf.constEnd()) {
            Applicant& a = result[*it];
            (people->value(1).toInt() == ContactRole ? a.contacts : a.sponsors).append(people->value(2).toLongLong());
        }
    }
    auto exceptions = m_db.exec(
        QStringLiteral(
            "SELECT applicant_id, rule, reason FROM applicant_exceptions WHERE %1 ORDER BY applicant_id, rule")
            .arg(ofThese));
    if (!exceptions.ok()) {
        return exceptions.error();
    }
    while (exceptions->next()) {
        const auto it = indexOf.constFind(exceptions->value(0).toLongLong());
        if (it != indexOf.constEnd()) {
            result[*it].exceptions.append(
                {static_cast<DevelopmentRule>(exceptions->value(1).toInt()), exceptions->value(2).toString()});
        }
    }
    return result;
}

Status DevelopmentStore::forEachStageDates(const std::function<void(const StageDates&)>& visit)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT org_id, applied_on, activist_on, target_on, admitted_on, closed_on FROM applicants"));
    if (!q.ok()) {
        return q.error();
    }
    while (q->next()) {
        visit({q->value(0).toLongLong(), Dates::fromText(q->value(1).toString()),
               Dates::fromText(q->value(2).toString()), Dates::fromText(q->value(3).toString()),
               Dates::fromText(q->value(4).toString()), Dates::fromText(q->value(5).toString())});
    }
    return {};
}

Result<QList<DevelopmentStore::Probationer>> DevelopmentStore::probationersOf(const QList<qint64>& orgIds)
{
    QList<Probationer> result;
    auto collect = [&result](const SqliteStatement& q) {
        result.append(
            {q.integer(0), q.text(1), q.text(2), q.integer(3), Dates::fromText(q.text(4)), q.integer(5) != 0});
    };
    // The extension is a membership event of the member (index membership_events_member).
    const QByteArray extended = "EXISTS (SELECT 1 FROM membership_events x WHERE x.member_id = m.id AND x.kind = " +
                                QByteArray::number(int(EventKind::ProbationExtended)) + ")";
    const QByteArray probationary = QByteArray::number(int(MemberCategory::Probationary));
    if (orgIds.isEmpty()) {
        // Everyone: one pass over the members' derived fields.
        const QByteArray sql = "SELECT m.id, m.name, m.id_number, m.org_id, m.admitted_on, " + extended +
                               " FROM members m WHERE m.category = " + probationary +
                               " AND m.org_id IS NOT NULL AND m.left_on IS NULL";
        SqliteStatement q(m_db, sql.constData());
        while (q.next()) {
            collect(q);
        }
        if (!q.status().ok()) {
            return q.status().error();
        }
    } else {
        // A subtree: the roll index, organization by organization (the members table has no
        // index on the organization).
        const QByteArray sql = "SELECT m.id, m.name, m.id_number, e.roll_org_id, m.admitted_on, " + extended +
                               " FROM membership_events e JOIN members m ON m.id = e.member_id"
                               " WHERE e.roll_org_id = ?1 AND e.date <= ?2 AND e.ends_on > ?2 AND e.category = " +
                               probationary;
        SqliteStatement q(m_db, sql.constData());
        const QDate today = Clock::today();
        for (const qint64 org : orgIds) {
            q.bind(1, org);
            q.bind(2, today);
            while (q.next()) {
                collect(q);
            }
            q.reset();
            if (!q.status().ok()) {
                return q.status().error();
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const Probationer& a, const Probationer& b) {
        return a.admittedOn != b.admittedOn ? a.admittedOn < b.admittedOn : a.memberId < b.memberId;
    });
    return result;
}

Result<MemberCategory> DevelopmentStore::categoryOn(qint64 memberId, const QDate& date)
{
    auto q = m_db.exec(QStringLiteral("SELECT category FROM membership_events WHERE member_id=? AND date <= ?"
                                      " AND ends_on > ? AND roll_org_id IS NOT NULL ORDER BY date DESC LIMIT 1"),
                       {memberId, Dates::toText(date), Dates::toText(date)});
    if (!q.ok()) {
        return q.error();
    }
    return q->next() ? static_cast<MemberCategory>(q->value(0).toInt()) : MemberCategory::Unknown;
}
