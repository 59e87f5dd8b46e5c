#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

#include <optional>

// A party organization as recorded at its establishment. Its later parents and names are
// dated OrgEvents; OrganizationService answers "as of date D" questions.
struct Organization
{
    qint64 id = 0;
    QString code;
    QString name;
    OrgType type = OrgType::Branch;
    UnitCategory unitCategory = UnitCategory::Unknown;
    bool temporary = false;
    QDate establishedOn;
    QDate dissolvedOn; // null while the organization exists
    std::optional<int> staffCount;
    qint64 parentId = 0; // parent from the establishment date; 0 = a root
};
