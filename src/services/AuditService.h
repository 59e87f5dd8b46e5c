#pragma once

#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/AuditStore.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Database;

// What the user asks for, in the user's terms (ID number, organization code, local dates).
struct AuditQuery
{
    QString memberIdNumber; // 公民身份号码 of the member
    QString orgCode;        // the organization and everything ever under it
    QString login;
    QString recordKind; // a table name (recordKinds())
    QDate since;        // from the start of this local day
    QDate until;        // to the end of this local day
};

// The audit trail for people: filters resolved, rows read in pages, the names of record kinds,
// actions and fields in the user's language. Read-only: the trail is written by the database
// itself (AuditSchema), and nothing in PartyRoll changes or removes its rows.
class AuditService
{
public:
    explicit AuditService(Database& db);

    // The filter of a query; NotFound for an unknown ID number or organization code.
    Result<AuditFilter> filterFor(const UserContext& user, const AuditQuery& query);
    // Rows matching, newest first (filter.beforeId pages through a long trail).
    Result<QList<AuditEntry>> entries(const UserContext& user, const AuditFilter& filter, int limit, int offset = 0);
    // How many rows match, up to cap.
    Result<qint64> count(const UserContext& user, const AuditFilter& filter, qint64 cap);
    Result<QStringList> logins(const UserContext& user);

    // The audited tables, in the order of the filter lists.
    static QStringList recordKinds();
    static QString recordKindName(const QString& recordKind);
    static QString actionName(const QString& action);
    static QString fieldName(const QString& recordKind, const QString& field);
    // A value for people: an update's value as is; a record (insert, delete) or a bulk load's
    // summary as "field: value" pairs in the user's language.
    static QString valueText(const QString& recordKind, const QString& field, const QVariant& value);
    // The record a row is about: "Member 12", "Election settings".
    static QString recordText(const AuditEntry& entry);
    // The row for scripts (partyroll-cli audit --format json): stored names and values; the
    // snapshot of an insert or delete as a JSON object.
    static QJsonObject toJson(const AuditEntry& entry);

private:
    // The seam for access control: who may read the trail. Today: whoever may read the whole
    // database (administrators and department staff once access control is on).
    Status checkAccess(const UserContext& user);

    Database& m_db;
    AuditStore m_store;
    AccessControl m_access;
};
