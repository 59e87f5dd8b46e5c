#include "DatabaseDump.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace DatabaseDump {

namespace {

void append(Database& db, const QString& table, const QString& sql, QStringList& lines)
{
    auto q = db.exec(sql);
    if (!q.ok()) {
        qFatal("dump of %s failed: %s", qPrintable(table), qPrintable(q.error().message()));
    }
    QStringList rows;
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i) {
            cells << (q->value(i).isNull() ? QStringLiteral("<null>") : q->value(i).toString());
        }
        rows << table + QStringLiteral(": ") + cells.join(u'|');
    }
    rows.sort();
    lines += rows;
}

} // namespace

QStringList canonical(Database& db)
{
    QStringList lines;
    append(
        db, QStringLiteral("organization"),
        QStringLiteral("SELECT o.code, o.name, o.type, o.unit_category, o.temporary, o.established_on, o.staff_count,"
                       " p.code, o.current_name, cp.code, o.dissolved_on FROM organizations o"
                       " LEFT JOIN organizations p ON p.id = o.parent_id"
                       " LEFT JOIN organizations cp ON cp.id = o.current_parent_id"),
        lines);
    append(db, QStringLiteral("org_event"),
           QStringLiteral("SELECT o.code, e.date, e.kind, p.code, e.name FROM org_events e"
                          " JOIN organizations o ON o.id = e.org_id LEFT JOIN organizations p ON p.id = e.parent_id"),
           lines);
    append(db, QStringLiteral("org_link"),
           QStringLiteral("SELECT o.code, p.code, l.starts_on, l.ends_on FROM org_links l"
                          " JOIN organizations o ON o.id = l.org_id LEFT JOIN organizations p ON p.id = l.parent_id"),
           lines);
    append(db, QStringLiteral("member"),
           QStringLiteral("SELECT m.id_number, m.name, m.gender, m.ethnicity, m.birth_date, m.education,"
                          " m.native_place, m.occupation, m.position, m.phone, m.address, m.honours, m.party_worker,"
                          " m.mobile, m.mobile_destination, m.lost_contact, m.lost_contact_since,"
                          " m.lost_contact_reason, m.applied_on, m.activist_on, o.code, m.category, m.admitted_on,"
                          " m.full_on, m.left_on FROM members m LEFT JOIN organizations o ON o.id = m.org_id"),
           lines);
    append(db, QStringLiteral("event"),
           QStringLiteral("SELECT m.id_number, e.date, e.kind, o.code, e.note, r.code, e.category, e.ends_on"
                          " FROM membership_events e JOIN members m ON m.id = e.member_id"
                          " LEFT JOIN organizations o ON o.id = e.org_id"
                          " LEFT JOIN organizations r ON r.id = e.roll_org_id"),
           lines);
    append(db, QStringLiteral("post"),
           QStringLiteral("SELECT o.code, m.id_number, p.kind, p.from_on, p.to_on, p.concurrent_admin_head FROM posts p"
                          " JOIN organizations o ON o.id = p.org_id JOIN members m ON m.id = p.member_id"),
           lines);
    return lines;
}

} // namespace DatabaseDump
