#pragma once

#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "services/AuditPresenter.h"
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
    QString orgCode;        // the organization (and everything ever under it, see orgSubtree)
    qint64 orgId = 0;       // the organization by id (a picker), when no code is given
    bool orgSubtree = true; // include the organizations ever under it
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
    // Rows matching, newest first (filter.beforeId pages through a long trail), as stored
    // (ID numbers and phones masked for viewers).
    Result<QList<AuditEntry>> entries(const UserContext& user, const AuditFilter& filter, int limit, int offset = 0);
    // The same rows with their readable form (AuditPresenter): records named, fields labelled,
    // values in the user's terms. One query per kind of reference for the whole page.
    Result<QList<AuditRow>> rows(const UserContext& user, const AuditFilter& filter, int limit);
    // How many rows match, up to cap.
    Result<qint64> count(const UserContext& user, const AuditFilter& filter, qint64 cap);
    Result<QStringList> logins(const UserContext& user);

    // The audited tables, in the order of the filter lists.
    static QStringList recordKinds();
    static QString recordKindName(const QString& recordKind);
    static QString actionName(const QString& action);
    static QString fieldName(const QString& recordKind, const QString& field);
    // The row for scripts (partyroll-cli audit --format json): stored names and values; the
    // snapshot of an insert or delete as a JSON object.
    static QJsonObject toJson(const AuditEntry& entry);
    // The same keys, plus the readable forms: record_label, field_label, before_text, after_text.
    static QJsonObject toJson(const AuditRow& row);

private:
    // The seam for access control: who may read the trail. Today: whoever may read the whole
    // database (administrators and department staff once access control is on).
    Status checkAccess(const UserContext& user);

    Database& m_db;
    AuditStore m_store;
    AccessControl m_access;
};
