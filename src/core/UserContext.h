#pragma once

#include <QString>

// Who is acting. Every service call takes one so that access control and the audit trail can
// be added without changing signatures. Until users exist, everybody is the local user.
struct UserContext
{
    QString login;

    static UserContext localUser() { return UserContext{QStringLiteral("local")}; }
};
