#include "services/generator/OrgTreeWriter.h"

#include "core/OrgHistory.h"
#include "services/DataGenerator.h"
#include "services/generator/GeneratorErrors.h"
#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

OrgTreeWriter::OrgTreeWriter(Database& db, RandomSource& rng)
    : m_store(db)
    , m_rng(rng)
{
}

Status OrgTreeWriter::write(std::vector<OrgPlan>& plans, GeneratorSummary& summary)
{
    QList<Organization> orgs = records(plans);
    if (auto done = insertLevels(plans, orgs); !done.ok()) {
        return done;
    }
    QList<OrgEvent> planned = events(plans);
    if (auto done = m_store.insertEvents(planned); !done.ok()) {
        return done;
    }
    summary.orgEvents = int(planned.size());
    if (auto done = saveHistories(orgs, planned); !done.ok()) {
        return done;
    }
    summary.organizations = int(orgs.size());
    return {};
}

// The organizations as established, without ids and parents yet.
QList<Organization> OrgTreeWriter::records(const std::vector<OrgPlan>& plans)
{
    QList<Organization> orgs;
    orgs.reserve(qsizetype(plans.size()));
    for (const OrgPlan& p : plans) {
        Organization org;
        org.code = p.code;
        org.name = p.name;
        org.type = p.type;
        org.unitCategory = p.category;
        org.temporary = p.temporary;
        org.establishedOn = dateOf(p.est);
        if (isGrassroots(p.type) && !p.temporary) {
            const auto perMember = m_rng.between(2, 6);
            org.staffCount = int(p.quota * perMember + m_rng.between(0, 20));
        }
        orgs.append(org);
    }
    return orgs;
}

Status OrgTreeWriter::insertLevels(std::vector<OrgPlan>& plans, QList<Organization>& orgs)
{
    for (const OrgType level :
         {OrgType::HigherCommittee, OrgType::Committee, OrgType::GeneralBranch, OrgType::Branch, OrgType::Group}) {
        QList<Organization> batch;
        std::vector<std::size_t> planOf;
        for (std::size_t i = 0; i < plans.size(); ++i) {
            const OrgPlan& p = plans[i];
            if (p.type == level) {
                Organization& org = orgs[qsizetype(i)];
                org.parentId = p.parent >= 0 ? plans[std::size_t(p.parent)].id : 0;
                batch.append(org);
                planOf.push_back(i);
            }
        }
        if (auto done = m_store.insertMany(batch); !done.ok()) {
            return done;
        }
        for (qsizetype k = 0; k < batch.size(); ++k) {
            const std::size_t i = planOf[std::size_t(k)];
            plans[i].id = batch.at(k).id;
            orgs[qsizetype(i)] = batch.at(k);
        }
    }
    return {};
}

// Every organization's events in date order, organizations in plan (= id) order.
QList<OrgEvent> OrgTreeWriter::events(std::vector<OrgPlan>& plans) const
{
    QList<OrgEvent> events;
    for (OrgPlan& p : plans) {
        std::stable_sort(p.events.begin(), p.events.end(),
                         [](const PlannedEvent& a, const PlannedEvent& b) { return a.date < b.date; });
        for (const PlannedEvent& planned : p.events) {
            OrgEvent e;
            e.orgId = p.id;
            e.date = dateOf(planned.date);
            e.kind = planned.kind;
            e.parentId = planned.parent >= 0 ? plans[std::size_t(planned.parent)].id : 0;
            e.name = planned.name;
            events.append(e);
        }
    }
    return events;
}

Status OrgTreeWriter::saveHistories(const QList<Organization>& orgs, const QList<OrgEvent>& events)
{
    QList<qint64> ids;
    QList<OrgHistory> histories;
    ids.reserve(orgs.size());
    histories.reserve(orgs.size());
    qsizetype next = 0;
    for (const Organization& org : orgs) {
        QList<OrgEvent> own;
        while (next < events.size() && events.at(next).orgId == org.id) {
            own.append(events.at(next++));
        }
        OrgHistory history = OrgHistory::build(org, own);
        if (!history.ok()) {
            return generatorBug(org.code, history.violations().first().message);
        }
        ids.append(org.id);
        histories.append(std::move(history));
    }
    return m_store.saveDerivedOfNew(ids, histories);
}

} // namespace Generation
