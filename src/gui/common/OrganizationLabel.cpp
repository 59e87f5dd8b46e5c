#include "OrganizationLabel.h"

#include "core/Clock.h"
#include "core/Organization.h"
#include "core/UserContext.h"
#include "services/OrganizationService.h"

namespace OrganizationLabel {

QString today(Database& db, const Organization& org)
{
    if (org.id == 0) {
        return {};
    }
    const auto name = OrganizationService(db).nameOn(UserContext::localUser(), org.id, Clock::today());
    return QStringLiteral("%1（%2）").arg(name.ok() && !name->isEmpty() ? *name : org.name, org.code);
}

} // namespace OrganizationLabel
