#include "AuditStore.h"

#include "AuditSchema.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

AuditStore::AuditStore(Database& db)
    : m_db(db)
{
}

QString AuditStore::toStored(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString AuditStore::where(const AuditFilter& filter, QVariantList& values) const
{
    QStringList conditions;
    if (filter.memberId != 0) {
        conditions.append(QStringLiteral("member_id = ?"));
        values.append(filter.memberId);
    }
    if (filter.orgId != 0) {
        // Organizations ever under the root (org_links keeps every period of the tree), so
        // that rows about a dissolved or moved-away branch are still found.
        if (filter.orgSubtree) {
            conditions.append(QStringLiteral("org_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION"
                                             " SELECT l.org_id FROM org_links l JOIN sub ON l.parent_id = sub.id)"
                                             " SELECT id FROM sub)"));
        } else {
            conditions.append(QStringLiteral("org_id = ?"));
        }
        values.append(filter.orgId);
    }
    if (!filter.login.isEmpty()) {
        conditions.append(QStringLiteral("login = ?"));
        values.append(filter.login);
    }
    if (!filter.recordKind.isEmpty()) {
        conditions.append(QStringLiteral("record_kind = ?"));
        values.append(filter.recordKind);
    }
    // "+at": pages are read newest first along the rowid; sorting every row of a long period
    // by id through the at index would cost more than the walk. Rows are added in time order,
    // so the first row of the period bounds the walk (exactly: no row before it is in it).
    if (filter.since.isValid()) {
        conditions.append(QStringLiteral("+at >= ? AND id >= (SELECT min(id) FROM audit_log WHERE at >= ?)"));
        values << toStored(filter.since) << toStored(filter.since);
    }
    if (filter.until.isValid()) {
        conditions.append(QStringLiteral("+at < ?"));
        values.append(toStored(filter.until));
    }
    if (filter.beforeId != 0) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(filter.beforeId);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<AuditEntry>> AuditStore::find(const AuditFilter& filter, int limit, int offset)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, at, login, action, record_kind, record_id, member_id, org_id, field,"
                                       " before_value, after_value FROM audit_log%1 ORDER BY id DESC LIMIT ? OFFSET ?")
                            .arg(where(filter, values));
    values << limit << offset;
    auto q = m_db.exec(sql, values);
    if (!q.ok()) {
        return q.error();
    }
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs); // "Z": UTC
        e.login = q->value(2).toString();
        e.action = q->value(3).toString();
        e.recordKind = q->value(4).toString();
        e.recordId = q->value(5).toLongLong();
        e.memberId = q->value(6).toLongLong();
        e.orgId = q->value(7).toLongLong();
        e.field = q->value(8).toString();
        e.before = q->value(9);
        e.after = q->value(10);
        entries.append(e);
    }
    return entries;
}

Result<qint64> AuditStore::count(const AuditFilter& filter, qint64 cap)
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM audit_log%1 LIMIT ?)").arg(where(filter, values));
    values << cap;
    auto q = m_db.exec(sql, values);
    if (!q.ok()) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> AuditStore::logins()
{
    // DISTINCT over the whole trail would read millions of rows: the users, plus the logins
    // of the newest rows (the local user, users since deleted).
    auto q = m_db.exec(QStringLiteral("SELECT login FROM users UNION SELECT login FROM"
                                      " (SELECT login FROM audit_log ORDER BY id DESC LIMIT 10000)"
                                      " UNION SELECT 'local' ORDER BY 1"));
    if (!q.ok()) {
        return q.error();
    }
    QStringList logins;
    while (q->next()) {
        logins.append(q->value(0).toString());
    }
    return logins;
}

Result<QHash<qint64, QVariantMap>> AuditStore::recordsById(const QString& table, const QStringList& columns,
                                                           const QList<qint64>& ids)
{
    QHash<qint64, QVariantMap> records;
    if (ids.isEmpty() || columns.isEmpty()) {
        return records;
    }
    // Table and column names go into the SQL: only those of the audited list are accepted.
    const AuditSchema::AuditedTable* audited = nullptr;
    for (const AuditSchema::AuditedTable& t : AuditSchema::auditedTables()) {
        if (t.name == table && !t.keyValue && t.columns.contains(QStringLiteral("id"))) {
            audited = &t;
        }
    }
    if (audited == nullptr) {
        return Error(Error::Kind::Invalid, QStringLiteral("no audited table %1 with ids").arg(table));
    }
    for (const QString& column : columns) {
        if (!audited->columns.contains(column) || audited->secret.contains(column)) {
            return Error(Error::Kind::Invalid, QStringLiteral("no column %1 in %2").arg(column, table));
        }
    }
    // One statement whatever the number of ids: the ids travel as one JSON array.
    QJsonArray list;
    for (qint64 id : ids) {
        list.append(id);
    }
    auto q = m_db.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (SELECT value FROM json_each(?))")
                           .arg(columns.join(QStringLiteral(", ")), table),
                       {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    if (!q.ok()) {
        return q.error();
    }
    while (q->next()) {
        QVariantMap values;
        for (int i = 0; i < columns.size(); ++i) {
            values.insert(columns.at(i), q->value(i + 1));
        }
        records.insert(q->value(0).toLongLong(), values);
    }
    return records;
}
