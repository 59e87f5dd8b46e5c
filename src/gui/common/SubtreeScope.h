#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// The line that says which part of the tree a list covers: the whole database or one
// organization and its sub-organizations.
class SubtreeScope
{
    Q_DECLARE_TR_FUNCTIONS(SubtreeScope)

public:
    // How the root organization is named: its code, or "name（code）" with today's name.
    enum class Naming { Code, NameAndCode };

    // "All organizations" for 0; "… and its sub-organizations" otherwise, empty when the
    // organization cannot be read.
    static QString text(Database& db, qint64 rootOrgId, Naming naming = Naming::Code);
};
