#include "OrgHistory.h"

#include "Dates.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OrgHistory", text);
}

} // namespace

OrgHistory OrgHistory::build(const Organization& org, QList<OrgEvent> events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const OrgEvent& a, const OrgEvent& b) { return a.date < b.date; });
    OrgHistory history;
    history.m_events = events;
    history.m_currentName = org.name;
    history.m_currentParentId = org.parentId;
    Link current{org.parentId, org.establishedOn, QDate()};

    for (int i = 0; i < events.size(); ++i) {
        const OrgEvent& e = events.at(i);
        QString problem;
        if (history.m_dissolvedOn.isValid()) {
            problem = tr("the organization was dissolved on %1").arg(Dates::toText(history.m_dissolvedOn));
        } else if (org.establishedOn.isValid() && e.date < org.establishedOn) {
            problem = tr("dated before the organization was established (%1)").arg(Dates::toText(org.establishedOn));
        } else if (e.kind == OrgEventKind::Reaffiliated && e.parentId == org.id) {
            problem = tr("an organization cannot be its own parent");
        } else if (e.kind == OrgEventKind::Renamed && e.name.trimmed().isEmpty()) {
            problem = tr("the new name is missing");
        }
        if (!problem.isEmpty()) {
            history.m_violations.append({i, problem});
            continue;
        }
        switch (e.kind) {
        case OrgEventKind::Reaffiliated:
            if (e.parentId != current.parentId) {
                current.endsOn = e.date;
                if (!current.startsOn.isValid() || current.startsOn < current.endsOn) {
                    history.m_links.append(current);
                }
                current = Link{e.parentId, e.date, QDate()};
                history.m_currentParentId = e.parentId;
            }
            break;
        case OrgEventKind::Renamed:
            history.m_currentName = e.name.trimmed();
            break;
        case OrgEventKind::Dissolved:
            history.m_dissolvedOn = e.date;
            current.endsOn = e.date;
            break;
        }
    }
    if (!current.startsOn.isValid() || !current.endsOn.isValid() || current.startsOn < current.endsOn) {
        history.m_links.append(current);
    }
    return history;
}
