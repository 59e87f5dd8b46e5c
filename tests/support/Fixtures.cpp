#include "Fixtures.h"

#include "services/ImportService.h"

#include <QtGlobal>

namespace Fixtures {

QString dataFile(const QString& name)
{
    return QStringLiteral(PARTYROLL_TEST_DATA "/") + name;
}

bool import(Database& db, bool withPosts)
{
    QList<std::pair<TableKind, QString>> files{{TableKind::Orgs, QStringLiteral("orgs.csv")},
                                               {TableKind::Members, QStringLiteral("members.csv")},
                                               {TableKind::Events, QStringLiteral("events.csv")}};
    if (withPosts) {
        files.append({TableKind::Posts, QStringLiteral("posts.csv")});
    }
    ImportService service(db);
    for (const auto& [kind, file] : files) {
        const auto report = service.importFile(UserContext::localUser(), kind, dataFile(file));
        if (!report.ok() || !report->written || !report->issues.isEmpty()) {
            qWarning("fixture %s did not import", qPrintable(file));
            return false;
        }
    }
    return true;
}

} // namespace Fixtures
