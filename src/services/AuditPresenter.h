#pragma once

#include "store/AuditStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

class Database;

// One row of the audit trail, as stored and as people read it.
struct AuditRow
{
    AuditEntry entry;     // as stored (ID numbers and phones masked for viewers)
    QString record;       // the record named: "Member 张伟 (110105198003151015)", "Converted to full member of …"
    QString field;        // the field's label in the user's language (entry.field keeps the column)
    QString before;       // the values in the user's terms: categories, names, dates, yes/no;
    QString after;        //   a record (insert, delete) as "field: value; field: value"
    QString storedBefore; // the values as stored (text; masked for viewers), for tooltips and details
    QString storedAfter;
};

// Puts a page of the trail in the user's terms (docs/audit.md, "What the viewer and the CLI
// show"): the record by what it is and whose (a member by name and ID number, an organization
// by name and code, an event by its kind and member), fields by their labels, category codes by
// their Vocabulary terms, ids of members, organizations, elections, campaigns and applicants by
// their names, dates as dates, flags as yes/no. Names are read for the whole page at once: one
// query per kind of reference (and per table whose changed rows must be looked up), whatever
// the number of rows. Nothing here fails the listing: a reference that no longer resolves (a
// removed record, an unknown code, a failing query) shows its stored value.
class AuditPresenter
{
public:
    // masked: ID numbers and phones masked (AccessControl::masked, viewers).
    AuditPresenter(Database& db, bool masked);

    QList<AuditRow> present(const QList<AuditEntry>& entries);

    // The entry with ID numbers and phones masked in its values and snapshots.
    static AuditEntry maskedEntry(const AuditEntry& entry);

private:
    // A record that other rows refer to, by the table holding it (members, organizations,
    // elections, review_campaigns, applicants, users).
    using Names = QHash<qint64, QString>;

    void readFacts(const QList<AuditEntry>& entries, QList<QVariantMap>& facts);
    void resolve(const QString& table, const QList<qint64>& ids, const QList<AuditEntry>& entries,
                 QHash<qint64, QVariantMap>& records);
    QString name(const QString& table, qint64 id) const;
    QString recordText(const AuditEntry& entry, const QVariantMap& facts) const;
    QString valueText(const QString& table, const QString& column, const QString& stored) const;
    QString snapshotText(const QString& table, const QJsonObject& object) const;
    QString entryValueText(const AuditEntry& entry, const QVariant& value) const;

    Database& m_db;
    AuditStore m_store;
    bool m_masked;
    QHash<QString, Names> m_names; // table -> id -> name
};
