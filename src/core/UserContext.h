#pragma once

#include "Role.h"

#include <QString>

// Who is acting. Every service call takes one; AccessControl decides from it what the call may
// touch. A context is produced by AccessService::login() (it then carries a session the
// services recognise) or is the local user: administrator-equivalent while access control is
// off (no users in the database), refused by every service once it is on.
struct UserContext
{
    QString login;
    Role role = Role::Administrator;
    qint64 orgId = 0;    // the root of the user's scope (secretary, scoped viewer); 0 = none
    QString orgCode;     // of orgId, for messages
    quint64 session = 0; // non-zero only for a context made by AccessService::login()

    bool signedIn() const { return session != 0; }

    // The user this process acts as: the one signed in last through setCurrent() (the GUI's
    // login dialog, the CLI's --user), else the unauthenticated local user. Existing callers
    // keep working: before any login they get the local user, afterwards the signed-in one.
    static UserContext localUser();
    static void setCurrent(const UserContext& user);
    static void clearCurrent(); // signs the process out (lock, tests)
};
