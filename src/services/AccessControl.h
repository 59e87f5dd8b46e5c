#pragma once

#include "core/Member.h"
#include "core/Result.h"
#include "core/Role.h"
#include "core/UserContext.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSet>
#include <QString>

#include <optional>

class Database;
struct User;

// The checks every service makes before it reads or writes (docs/access.md). While the
// database has no users, access control is off and everybody may do everything. Once a user
// exists, only a context made by AccessService::login() for this database is accepted, and
// its role decides:
//  - administrator: everything, including the users;
//  - department staff: every organization, read and write (not the users);
//  - branch secretary: their organization and its descendants as the tree stands today, read
//    and write; nothing of the whole database (department figures, settings);
//  - viewer: read only, of their subtree when they have an organization, of everything when
//    not; ID numbers and phone numbers masked in what the services return.
// The role and organization come from the session registry, not from the (copyable) context.
//
// One AccessControl per service object: the user's subtree is computed once and kept for a few
// seconds, so that a page of a million-member roster costs one subtree query, not one per row.
class AccessControl
{
public:
    explicit AccessControl(Database& db);

    // True once the database has a user. Read at most once a second per database (and at once
    // after noteUsersChanged()), so a first administrator added by another process, or a
    // restored backup, counts within a second.
    Result<bool> enabled();

    Status canRead(const UserContext& user, qint64 orgId);
    Status canWrite(const UserContext& user, qint64 orgId);
    // The whole database: department figures, "every organization" lists, exports of everything.
    Status canReadAll(const UserContext& user);
    // Database-wide writes: settings, imports.
    Status canWriteAll(const UserContext& user);
    // Anything at all: a signed-in user of this database (or access control off).
    Status canReadSomething(const UserContext& user);
    // Any write at all (refuses viewers; the organization is checked separately).
    Status canWriteSomething(const UserContext& user);
    Status canManageUsers(const UserContext& user);
    // Members through their current organization (a member on no roll: department and above).
    Status canReadMember(const UserContext& user, qint64 memberId);
    Status canWriteMember(const UserContext& user, qint64 memberId);
    Status canReadMember(const UserContext& user, const Member& member);

    // The organizations the user may see (nullopt: all of them).
    Result<std::optional<QSet<qint64>>> scope(const UserContext& user);
    // True when ID numbers and phones must be masked for this user (viewers).
    bool masked(const UserContext& user);

    static QString maskIdNumber(const QString& idNumber); // 110105********002X
    static QString maskPhone(const QString& phone);       // 138****5678
    static void mask(Member& member);

    // The session registry behind UserContext::session (AccessService::login opens them).
    static quint64 openSession(const QString& databasePath, const User& user);
    static void closeSession(quint64 session);
    // Forgets the cached "enabled" state of a database (a new first user, tests).
    static void noteUsersChanged(const QString& databasePath);

private:
    struct Session
    {
        QString databasePath;
        qint64 userId = 0;
        QString login;
        Role role = Role::Viewer;
        qint64 orgId = 0;
        QString orgCode;
    };
    // nullopt: access control is off (no restriction); an error: not signed in for this database.
    Result<std::optional<Session>> resolve(const UserContext& user);
    Result<std::optional<QSet<qint64>>> scopeOf(const Session& session);
    Error refusal(const Session& session, const QString& what);
    QString who(const Session& session) const;
    QString orgLabel(qint64 orgId);
    Status check(const UserContext& user, qint64 orgId, bool write);
    Status checkMember(const UserContext& user, qint64 memberId, bool write);

    Database& m_db;
    quint64 m_scopeSession = 0;
    QDate m_scopeDate;
    QElapsedTimer m_scopeAge;
    QSet<qint64> m_scope;
};
