#include "Role.h"

#include <QCoreApplication>

namespace Roles {

QString key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("admin");
    case Role::Department:
        return QStringLiteral("department");
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> fromKey(const QString& key)
{
    for (const Role role : {Role::Administrator, Role::Department, Role::Secretary, Role::Viewer}) {
        if (Roles::key(role) == key.trimmed().toLower()) {
            return role;
        }
    }
    return std::nullopt;
}

std::optional<Role> fromInt(int value)
{
    if (value < int(Role::Administrator) || value > int(Role::Viewer)) {
        return std::nullopt;
    }
    return Role(value);
}

QString label(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "administrator");
    case Role::Department:
        return QCoreApplication::translate("Role", "department staff");
    case Role::Secretary:
        return QCoreApplication::translate("Role", "branch secretary");
    case Role::Viewer:
        return QCoreApplication::translate("Role", "viewer");
    }
    return {};
}

} // namespace Roles
