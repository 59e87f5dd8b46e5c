#include "AppPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace AppPaths {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartyRoll"));
    QCoreApplication::setApplicationName(QStringLiteral("PartyRoll"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTYROLL_VERSION));
}

QString defaultDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/partyroll.db");
}

QString logFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

} // namespace AppPaths
