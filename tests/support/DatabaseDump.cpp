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
    append(db, QStringLiteral("election"),
           QStringLiteral("SELECT o.code, e.held_on, e.kind, e.seats, e.eligible, e.present, e.ballots_issued,"
                          " e.ballots_returned, e.approved_on, e.approval_document, e.term_years, e.note, e.verdict,"
                          " e.failures, e.expires_on FROM elections e JOIN organizations o ON o.id = e.org_id"),
           lines);
    append(db, QStringLiteral("candidate"),
           QStringLiteral("SELECT o.code, e.held_on, m.id_number, c.position, c.votes, c.concurrent_admin_head,"
                          " c.elected FROM election_candidates c JOIN elections e ON e.id = c.election_id"
                          " JOIN organizations o ON o.id = e.org_id JOIN members m ON m.id = c.member_id"),
           lines);
    append(db, QStringLiteral("exclusion"),
           QStringLiteral("SELECT o.code, e.held_on, m.id_number, x.reason, x.note FROM election_exclusions x"
                          " JOIN elections e ON e.id = x.election_id JOIN organizations o ON o.id = e.org_id"
                          " JOIN members m ON m.id = x.member_id"),
           lines);
    append(db, QStringLiteral("postponement"),
           QStringLiteral("SELECT o.code, p.approved_on, p.due_on, p.document, p.note FROM election_postponements p"
                          " JOIN organizations o ON o.id = p.org_id"),
           lines);
    append(db, QStringLiteral("review_campaign"),
           QStringLiteral("SELECT o.code, c.year, c.held_on, c.note FROM review_campaigns c"
                          " JOIN organizations o ON o.id = c.org_id"),
           lines);
    append(db, QStringLiteral("review_result"),
           QStringLiteral("SELECT o.code, c.year, m.id_number, r.result, r.exempt_reason, r.handling, r.handled_on,"
                          " r.correction_due, r.corrected_on, r.note FROM review_results r"
                          " JOIN review_campaigns c ON c.id = r.campaign_id JOIN organizations o ON o.id = c.org_id"
                          " JOIN members m ON m.id = r.member_id"),
           lines);
    append(db, QStringLiteral("applicant"),
           QStringLiteral("SELECT a.id_number, a.name, a.gender, a.birth_date, a.ethnicity, a.education, a.occupation,"
                          " a.position, a.phone, a.honours, o.code, a.applied_on, a.talked_on, a.activist_on,"
                          " a.target_on, a.political_review_on, a.trained_on, a.training_hours, a.pre_reviewed_on,"
                          " a.admitted_on, a.approved_on, a.closed_on, a.closed_reason, a.note, m.id_number"
                          " FROM applicants a JOIN organizations o ON o.id = a.org_id"
                          " LEFT JOIN members m ON m.id = a.member_id"),
           lines);
    append(db, QStringLiteral("applicant_person"),
           QStringLiteral("SELECT a.id_number, p.role, p.position, m.id_number FROM applicant_people p"
                          " JOIN applicants a ON a.id = p.applicant_id JOIN members m ON m.id = p.member_id"),
           lines);
    append(db, QStringLiteral("applicant_exception"),
           QStringLiteral("SELECT a.id_number, x.rule, x.reason FROM applicant_exceptions x"
                          " JOIN applicants a ON a.id = x.applicant_id"),
           lines);
    for (const QString& table : {QStringLiteral("election_settings"), QStringLiteral("review_settings")}) {
        append(db, table, QStringLiteral("SELECT name, value FROM %1").arg(table), lines);
    }
    return lines;
}

} // namespace DatabaseDump
