#pragma once

#include <QString>

// Names and places shared by the GUI and the CLI, so both find the same default database.
namespace AppPaths {

// Sets the organization and application names used by QStandardPaths and QSettings.
void setApplicationNames();
// <AppDataLocation>/partyroll.db
QString defaultDatabase();
QString logFolder();

} // namespace AppPaths
