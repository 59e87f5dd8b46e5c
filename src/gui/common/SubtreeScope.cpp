#include "SubtreeScope.h"

#include "OrganizationLabel.h"
#include "core/UserContext.h"
#include "services/OrganizationService.h"

QString SubtreeScope::text(Database& db, qint64 rootOrgId, Naming naming)
{
    if (rootOrgId == 0) {
        return tr("All organizations");
    }
    const auto org = OrganizationService(db).findById(UserContext::localUser(), rootOrgId);
    if (!org.ok() || !org.value()) {
        return {};
    }
    const QString name = naming == Naming::Code ? org.value()->code : OrganizationLabel::today(db, **org);
    return tr("%1 and its sub-organizations").arg(name);
}
