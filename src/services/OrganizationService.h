#pragma once

#include "core/OrgEvent.h"
#include "core/Organization.h"
#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/OrganizationStore.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// Organizations, their dated history (re-affiliation, renaming, dissolution) and the tree as
// it stood on any date. Validates every write; each write is one transaction.
class OrganizationService
{
public:
    using Node = OrganizationStore::Node;

    explicit OrganizationService(Database& db);

    // Creates an organization (code unique, parent existing at the establishment date, a
    // sensible parent type). A dissolved_on date is recorded as a dissolution event.
    Result<qint64> create(const UserContext& user, Organization org);
    // Corrects the record of an existing organization (same id).
    Status update(const UserContext& user, const Organization& org);
    Result<qint64> recordEvent(const UserContext& user, const OrgEvent& event);

    Result<std::optional<Organization>> findByCode(const UserContext& user, const QString& code);
    Result<std::optional<Organization>> findById(const UserContext& user, qint64 id);
    Result<QList<Organization>> all(const UserContext& user);
    Result<int> count(const UserContext& user);
    Result<QList<OrgEvent>> events(const UserContext& user, qint64 orgId);
    // The organization's name on a date (its latest renaming up to then, else its name at
    // establishment); empty when there is no such organization.
    Result<QString> nameOn(const UserContext& user, qint64 orgId, const QDate& date);
    // Every organization that existed on the date, with its parent and name of that date.
    Result<QList<Node>> treeOn(const UserContext& user, const QDate& date);
    Result<QList<qint64>> subtreeOn(const UserContext& user, qint64 rootId, const QDate& date);
    // Members on the roll of each organization on the date (organization id -> count; only
    // organizations with members appear). Counts of the organization itself, not its subtree.
    Result<QHash<qint64, qint64>> rollCountsOn(const UserContext& user, const QDate& date);

private:
    Status checkRecord(const Organization& org, qint64 ignoreId);
    Status checkParent(const Organization& child, qint64 parentId, const QDate& on);
    Status checkDissolution(const Organization& org, const QDate& on);
    Status rebuild(const Organization& org);
    // A found organization the user may see; Permission otherwise.
    Result<std::optional<Organization>> visible(const UserContext& user, Result<std::optional<Organization>> found);

    Database& m_db;
    OrganizationStore m_store;
    AccessControl m_access;
};
