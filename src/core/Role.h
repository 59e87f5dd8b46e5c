#pragma once

#include <QString>

#include <optional>

// What a user may do (docs/access.md). Stored as these numbers in users.role.
enum class Role : int {
    Administrator = 1, // everything, including the users
    Department = 2,    // every organization, read and write; not the users
    Secretary = 3,     // the subtree of their organization, read and write
    Viewer = 4,        // read only (of their subtree when they have an organization); ID numbers and phones masked
};

namespace Roles {

// The command-line key: admin, department, secretary, viewer.
QString key(Role role);
std::optional<Role> fromKey(const QString& key);
std::optional<Role> fromInt(int value);
// The translated name ("branch secretary", 支部书记).
QString label(Role role);

} // namespace Roles
