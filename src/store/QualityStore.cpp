#include "QualityStore.h"

#include "Database.h"
#include "core/Dates.h"
#include "core/Enums.h"

#include <QSqlQuery>

QualityStore::QualityStore(Database& db)
    : m_db(db)
{
}

Result<QList<QualityStore::OrgRoll>> QualityStore::rolls(const QDate& date)
{
    const QString day = Dates::toText(date);
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT o.id, o.code, o.type,"
            " (SELECT count(*) FROM membership_events e WHERE e.roll_org_id = o.id AND e.date <= ? AND e.ends_on > ?"
            "   AND e.category = ?),"
            " (SELECT count(*) FROM membership_events e WHERE e.roll_org_id = o.id AND e.date <= ? AND e.ends_on > ?"
            "   AND e.category = ?),"
            " (SELECT count(*) FROM posts p WHERE p.org_id = o.id AND p.kind = ? AND p.from_on <= ?"
            "   AND (p.to_on IS NULL OR p.to_on > ?)),"
            " (SELECT count(*) FROM posts p WHERE p.org_id = o.id AND p.kind >= ? AND p.from_on <= ?"
            "   AND (p.to_on IS NULL OR p.to_on > ?))"
            " FROM org_links l JOIN organizations o ON o.id = l.org_id WHERE l.starts_on <= ? AND l.ends_on > ?"
            " ORDER BY o.code"),
        {day, day, int(MemberCategory::Full), day, day, int(MemberCategory::Probationary), int(PostKind::Secretary),
         day, day, int(PostKind::OrganizationMember), day, day, day, day});
    if (!q.ok()) {
        return q.error();
    }
    QList<OrgRoll> result;
    while (q->next()) {
        result.append(OrgRoll{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(),
                              q->value(3).toInt(), q->value(4).toInt(), q->value(5).toInt(), q->value(6).toInt()});
    }
    return result;
}

Result<QList<QualityStore::MemberFact>> QualityStore::facts(const QString& sql, const QVariantList& values)
{
    auto q = m_db.exec(sql, values);
    if (!q.ok()) {
        return q.error();
    }
    QList<MemberFact> result;
    while (q->next()) {
        result.append(MemberFact{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toString(), Dates::fromText(q->value(4).toString())});
    }
    return result;
}

Result<QList<QualityStore::MemberFact>> QualityStore::onRollOfDissolved(const QDate& date)
{
    const QString day = Dates::toText(date);
    return facts(QStringLiteral("SELECT m.id, m.id_number, m.name, o.code, o.dissolved_on FROM membership_events e"
                                " JOIN members m ON m.id = e.member_id JOIN organizations o ON o.id = e.roll_org_id"
                                " WHERE e.date <= ? AND e.ends_on > ? AND o.dissolved_on IS NOT NULL"
                                " AND o.dissolved_on <= ? ORDER BY m.id"),
                 {day, day, day});
}

Result<QList<QualityStore::MemberFact>> QualityStore::lostContactSince(const QDate& cutoff)
{
    return facts(QStringLiteral("SELECT m.id, m.id_number, m.name, o.code, m.lost_contact_since FROM members m"
                                " LEFT JOIN organizations o ON o.id = m.org_id WHERE m.lost_contact = 1"
                                " AND m.org_id IS NOT NULL AND (m.lost_contact_since IS NULL OR"
                                " m.lost_contact_since <= ?) ORDER BY m.id"),
                 {Dates::toText(cutoff)});
}

Result<QList<QualityStore::MemberFact>> QualityStore::suspendedSince(const QDate& cutoff)
{
    return facts(QStringLiteral("SELECT m.id, m.id_number, m.name, o.code, e.date FROM membership_events e"
                                " JOIN members m ON m.id = e.member_id LEFT JOIN organizations o ON o.id = e.org_id"
                                " WHERE e.kind = ? AND e.ends_on = '9999-12-31' AND e.date <= ? ORDER BY m.id"),
                 {int(EventKind::Suspended), Dates::toText(cutoff)});
}

Result<QList<QualityStore::MemberFact>> QualityStore::juniorSecretaries(const QDate& date)
{
    const QString day = Dates::toText(date);
    auto q = m_db.exec(QStringLiteral("SELECT m.id, m.id_number, m.name, o.code, p.from_on, m.full_on FROM posts p"
                                      " JOIN members m ON m.id = p.member_id JOIN organizations o ON o.id = p.org_id"
                                      " WHERE p.kind = ? AND p.from_on <= ? AND (p.to_on IS NULL OR p.to_on > ?)"
                                      " ORDER BY o.code"),
                       {int(PostKind::Secretary), day, day});
    if (!q.ok()) {
        return q.error();
    }
    QList<MemberFact> result;
    while (q->next()) {
        const QDate from = Dates::fromText(q->value(4).toString());
        const QDate full = Dates::fromText(q->value(5).toString());
        // Party standing counts from full membership (domain.md).
        if (!full.isValid() || full.addYears(1) > from) {
            result.append(MemberFact{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                     q->value(3).toString(), from});
        }
    }
    return result;
}

Result<QList<QualityStore::MemberFact>> QualityStore::postsOfLeftMembers(const QDate& date)
{
    const QString day = Dates::toText(date);
    return facts(QStringLiteral("SELECT m.id, m.id_number, m.name, o.code, p.from_on FROM posts p"
                                " JOIN members m ON m.id = p.member_id JOIN organizations o ON o.id = p.org_id"
                                " WHERE p.from_on <= ? AND (p.to_on IS NULL OR p.to_on > ?) AND m.org_id IS NULL"
                                " ORDER BY o.code"),
                 {day, day});
}

Result<QList<QualityStore::MemberFact>> QualityStore::possibleDuplicates()
{
    return facts(QStringLiteral("SELECT m.id, m.id_number, m.name, d.id_number, m.birth_date FROM members m"
                                " JOIN members d ON d.name = m.name AND d.birth_date = m.birth_date AND d.id > m.id"
                                " ORDER BY m.id"),
                 {});
}
