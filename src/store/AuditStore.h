#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

class Database;

// One row of the audit trail as stored (docs/audit.md).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString login;
    QString action;     // insert, update, delete, bulk_load
    QString recordKind; // the table
    qint64 recordId = 0;
    qint64 memberId = 0;
    qint64 orgId = 0;
    QString field;   // update: the column (settings: the setting); empty otherwise
    QVariant before; // update: the old value; delete: the record as JSON
    QVariant after;  // update: the new value; insert: the record as JSON; bulk_load: the summary
};

// Which rows: every condition given narrows the result. Rows come newest first.
struct AuditFilter
{
    qint64 memberId = 0;    // rows about this member's records
    qint64 orgId = 0;       // rows about this organization (and those ever under it, see orgSubtree)
    bool orgSubtree = true; // with orgId: include the organizations ever under it
    QString login;          // exact login
    QString recordKind;     // a table name
    QDateTime since;        // at >= since
    QDateTime until;        // at < until
    qint64 beforeId = 0;    // only rows older than this id (the next page after a row)
};

// Reads the audit trail; nothing here writes it (the triggers of AuditSchema do).
class AuditStore
{
public:
    explicit AuditStore(Database& db);

    // At most `limit` rows matching, newest first, skipping `offset` of them. Pages of a long
    // trail are cheaper with beforeId = the id of the last row already read.
    Result<QList<AuditEntry>> find(const AuditFilter& filter, int limit, int offset = 0);
    // How many rows match, counting no further than `cap` (a filter of millions stays quick).
    Result<qint64> count(const AuditFilter& filter, qint64 cap);
    // The logins that have written (users, "local" and any login in the trail's newest rows).
    Result<QStringList> logins();
    // The current values of some columns of records of an audited table, by id, for naming
    // the records a page of the trail is about (one query for all the ids). Ids no longer in
    // the table are absent. Only audited tables and columns, never a secret column.
    Result<QHash<qint64, QVariantMap>> recordsById(const QString& table, const QStringList& columns,
                                                   const QList<qint64>& ids);

    // The text form of a time in the at column (UTC, ISO 8601 with milliseconds).
    static QString toStored(const QDateTime& time);

private:
    QString where(const AuditFilter& filter, QVariantList& values) const;

    Database& m_db;
};
