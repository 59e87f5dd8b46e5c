#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QString>
#include <QStringList>

// The audit trail (schema version 6): the append-only table audit_log and the triggers that
// write it in the transaction of every write to a table holding records (docs/audit.md).
// The triggers call two SQL functions that AuditSession registers on every connection of
// PartyRoll: audit_actor() (the login) and audit_bulk() (1 while a BulkLoad runs).
namespace AuditSchema {

// One audited table: its columns as written by the schema (checked against PRAGMA table_info
// by tests/audit), and how a row names its record, member and organization.
struct AuditedTable
{
    QString name;
    QStringList columns;
    // Caches derived from other rows (the events are the truth): kept in the snapshot of an
    // insert or delete, but a change of them alone is no update of the record.
    QStringList derived;
    // SQL expressions over the row, written with "$." where the trigger puts new. or old.
    QString recordId;
    QString memberId;
    QString orgId;
    // A settings table (name TEXT PRIMARY KEY, value): the setting's name is the field.
    bool keyValue = false;
    // Whose value never reaches the trail (a change is recorded as "changed").
    QStringList secret;
};

// Every audited table. org_links (derived from org_events) and election_posts (an election's
// bookkeeping of the posts it made, themselves audited) are not audited.
const QList<AuditedTable>& auditedTables();

// The table, its indexes, the guards that refuse UPDATE and DELETE, and the triggers.
QStringList statements(const SqlDialect& dialect);

// Drops and creates the triggers of every audited table again: for a later migration that
// adds a column to an audited table (and changes auditedTables()).
QStringList triggerStatements();

} // namespace AuditSchema
