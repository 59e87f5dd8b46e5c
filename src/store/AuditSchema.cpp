#include "AuditSchema.h"

namespace AuditSchema {

namespace {

QStringList split(const char* columns)
{
    return QString::fromLatin1(columns).split(u' ', Qt::SkipEmptyParts);
}

AuditedTable table(const char* name, const char* columns, const char* recordId, const char* memberId, const char* orgId,
                   const char* derived = "")
{
    AuditedTable t;
    t.name = QString::fromLatin1(name);
    t.columns = split(columns);
    t.derived = split(derived);
    t.recordId = QString::fromLatin1(recordId);
    t.memberId = QString::fromLatin1(memberId);
    t.orgId = QString::fromLatin1(orgId);
    return t;
}

AuditedTable settings(const char* name)
{
    AuditedTable t = table(name, "name value", "NULL", "NULL", "NULL");
    t.keyValue = true;
    return t;
}

QList<AuditedTable> makeTables()
{
    QList<AuditedTable> tables{
        table("organizations",
              "id code name type unit_category temporary established_on staff_count parent_id current_name "
              "current_parent_id dissolved_on",
              "$.id", "NULL", "$.id", "current_name current_parent_id dissolved_on"),
        table("org_events", "id org_id date kind parent_id name", "$.id", "NULL", "$.org_id"),
        table("members",
              "id id_number name gender ethnicity birth_date education native_place occupation position phone "
              "address honours party_worker mobile mobile_destination lost_contact lost_contact_since "
              "lost_contact_reason applied_on activist_on org_id category admitted_on full_on left_on",
              "$.id", "$.id", "$.org_id", "org_id category admitted_on full_on left_on"),
        table("membership_events", "id member_id date kind org_id note roll_org_id category ends_on", "$.id",
              "$.member_id", "coalesce($.org_id, $.roll_org_id)", "roll_org_id category ends_on"),
        table("posts", "id org_id member_id kind from_on to_on concurrent_admin_head", "$.id", "$.member_id",
              "$.org_id"),
        table("elections",
              "id org_id held_on kind seats eligible present ballots_issued ballots_returned approved_on "
              "approval_document term_years note verdict failures expires_on",
              "$.id", "NULL", "$.org_id", "verdict failures expires_on"),
        table("election_candidates", "id election_id member_id position votes concurrent_admin_head elected", "$.id",
              "$.member_id", "(SELECT org_id FROM elections WHERE id = $.election_id)", "elected"),
        table("election_exclusions", "election_id member_id reason note", "$.election_id", "$.member_id",
              "(SELECT org_id FROM elections WHERE id = $.election_id)"),
        table("election_postponements", "id org_id approved_on due_on document note", "$.id", "NULL", "$.org_id"),
        settings("election_settings"),
        table("review_campaigns", "id org_id year held_on note", "$.id", "NULL", "$.org_id"),
        table("review_results",
              "id campaign_id member_id org_id result exempt_reason handling handled_on correction_due corrected_on "
              "note",
              "$.id", "$.member_id", "$.org_id", "org_id"),
        settings("review_settings"),
        table("applicants",
              "id org_id name gender id_number birth_date ethnicity education occupation position phone honours "
              "applied_on talked_on activist_on target_on political_review_on trained_on training_hours "
              "pre_reviewed_on admitted_on approved_on closed_on closed_reason note member_id",
              "$.id", "$.member_id", "$.org_id"),
        table("applicant_people", "applicant_id role position member_id", "$.applicant_id", "$.member_id",
              "(SELECT org_id FROM applicants WHERE id = $.applicant_id)"),
        table("applicant_exceptions", "applicant_id rule reason", "$.applicant_id", "NULL",
              "(SELECT org_id FROM applicants WHERE id = $.applicant_id)"),
        table("users",
              "id login role org_id password_hash disabled created_at failed_logins last_failed_at last_login_at",
              "$.id", "NULL", "$.org_id"),
        settings("access_settings"),
    };
    for (AuditedTable& t : tables) {
        if (t.name == QStringLiteral("users")) {
            t.secret = {QStringLiteral("password_hash")};
        }
    }
    return tables;
}

QString row(QString expression, const QString& which)
{
    return expression.replace(QStringLiteral("$."), which + u'.');
}

// The columns common to every row a trigger writes, before field / before_value / after_value.
QString head(const AuditedTable& t, const QString& action, const QString& which)
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), audit_actor(), '%1', '%2', %3, %4, %5")
        .arg(action, t.name, row(t.recordId, which), row(t.memberId, which), row(t.orgId, which));
}

const QString InsertInto = QStringLiteral(
    "INSERT INTO audit_log (at, login, action, record_kind, record_id, member_id, org_id, field, before_value, "
    "after_value) ");

// The whole row as a JSON object (secrets left out), for an insert or a delete.
QString snapshot(const AuditedTable& t, const QString& which)
{
    QStringList pairs;
    for (const QString& column : t.columns) {
        if (!t.secret.contains(column)) {
            pairs.append(QStringLiteral("'%1', %2.%1").arg(column, which));
        }
    }
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString insertTrigger(const AuditedTable& t)
{
    const QString body = t.keyValue ? QStringLiteral("SELECT %1, new.name, NULL, new.value")
                                          .arg(head(t, QStringLiteral("insert"), QStringLiteral("new")))
                                    : QStringLiteral("SELECT %1, NULL, NULL, %2")
                                          .arg(head(t, QStringLiteral("insert"), QStringLiteral("new")),
                                               snapshot(t, QStringLiteral("new")));
    return QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 WHEN audit_bulk() = 0 BEGIN %2%3; END")
        .arg(t.name, InsertInto, body);
}

QString deleteTrigger(const AuditedTable& t)
{
    const QString body = t.keyValue ? QStringLiteral("SELECT %1, old.name, old.value, NULL")
                                          .arg(head(t, QStringLiteral("delete"), QStringLiteral("old")))
                                    : QStringLiteral("SELECT %1, NULL, %2, NULL")
                                          .arg(head(t, QStringLiteral("delete"), QStringLiteral("old")),
                                               snapshot(t, QStringLiteral("old")));
    return QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 WHEN audit_bulk() = 0 BEGIN %2%3; END")
        .arg(t.name, InsertInto, body);
}

// One row per changed column. The (field, before, after) triples of the audited columns go
// through one json_each over an array of arrays rather than a compound SELECT of one branch
// per column: most writes prepare their statement each time, and SQLite compiles the triggers
// into every statement that fires them; a branch per column made that compilation cost more
// than the write itself (docs/audit.md, Cost).
QString updateTrigger(const AuditedTable& t)
{
    QString changes;
    if (t.keyValue) {
        changes = QStringLiteral("SELECT new.name AS field, old.value AS before_value, new.value AS after_value "
                                 "WHERE old.value IS NOT new.value OR old.name IS NOT new.name");
    } else {
        QStringList triples;
        QStringList secrets;
        for (const QString& column : t.columns) {
            if (t.derived.contains(column)) {
                continue;
            }
            if (t.secret.contains(column)) {
                secrets.append(
                    QStringLiteral(" UNION ALL SELECT '%1', NULL, 'changed' WHERE old.%1 IS NOT new.%1").arg(column));
                continue;
            }
            triples.append(QStringLiteral("json_array('%1', old.%1, new.%1)").arg(column));
        }
        changes = QStringLiteral("SELECT c.value ->> 0 AS field, c.value ->> 1 AS before_value,"
                                 " c.value ->> 2 AS after_value FROM json_each(json_array(%1)) AS c"
                                 " WHERE (c.value ->> 1) IS NOT (c.value ->> 2)%2")
                      .arg(triples.join(QStringLiteral(", ")), secrets.join(QString()));
    }
    return QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 WHEN audit_bulk() = 0 BEGIN "
                          "%2SELECT %3, c.field, c.before_value, c.after_value FROM (%4) AS c; END")
        .arg(t.name, InsertInto, head(t, QStringLiteral("update"), QStringLiteral("new")), changes);
}

} // namespace

const QList<AuditedTable>& auditedTables()
{
    static const QList<AuditedTable> tables = makeTables();
    return tables;
}

QStringList triggerStatements()
{
    QStringList statements;
    for (const AuditedTable& t : auditedTables()) {
        for (const char* action : {"insert", "update", "delete"}) {
            statements.append(
                QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_%2").arg(t.name, QLatin1StringView(action)));
        }
        statements.append(insertTrigger(t));
        statements.append(updateTrigger(t));
        statements.append(deleteTrigger(t));
    }
    return statements;
}

QStringList statements(const SqlDialect& d)
{
    QStringList statements{
        // at: UTC, ISO 8601 with milliseconds; login: audit_actor() of the writing connection;
        // action: insert, update, delete or bulk_load; record_kind: the table; member_id and
        // org_id: the member and organization the record belongs to (for the filters).
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %1,"
                       " at TEXT NOT NULL,"
                       " login TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " record_kind TEXT NOT NULL,"
                       " record_id INTEGER,"
                       " member_id INTEGER,"
                       " org_id INTEGER,"
                       " field TEXT,"
                       " before_value TEXT,"
                       " after_value TEXT)")
            .arg(d.primaryKey()),
        // Each index ends (implicitly) with the rowid, so "newest first" pages of a filter are
        // a backwards range scan.
        QStringLiteral("CREATE INDEX audit_log_member ON audit_log(member_id) WHERE member_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX audit_log_org ON audit_log(org_id) WHERE org_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
        // Rows are only ever added: the program offers no way to change the trail, and SQL
        // that tries is refused inside its own statement.
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                       " SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
                       " SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
    };
    statements += triggerStatements();
    return statements;
}

} // namespace AuditSchema
