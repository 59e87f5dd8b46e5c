#pragma once

#include <QString>

class Database;
struct Organization;

// How a form names its organization: "name（code）" with the name of today (the record keeps
// the name at establishment; renamings are dated events). Empty for no organization.
namespace OrganizationLabel {

QString today(Database& db, const Organization& org);

} // namespace OrganizationLabel
