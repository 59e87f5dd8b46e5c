#pragma once

#include "core/OrgEvent.h"
#include "core/Organization.h"
#include "core/Result.h"
#include "services/generator/GeneratorPlan.h"
#include "store/OrganizationStore.h"

#include <QList>

#include <vector>

class Database;
struct GeneratorSummary;

namespace Generation {

class RandomSource;

// Writes the planned tree: the organizations level by level (a parent has its id before its
// children are written), their dated events and the links derived from them, each history
// checked by OrgHistory first. Bulk statements: 50,000 organizations one Qt SQL query at a
// time take seconds.
class OrgTreeWriter
{
public:
    OrgTreeWriter(Database& db, RandomSource& rng);

    // Sets OrgPlan::id and counts the organizations and events written.
    Status write(std::vector<OrgPlan>& plans, GeneratorSummary& summary);

private:
    QList<Organization> records(const std::vector<OrgPlan>& plans);
    Status insertLevels(std::vector<OrgPlan>& plans, QList<Organization>& orgs);
    QList<OrgEvent> events(std::vector<OrgPlan>& plans) const;
    Status saveHistories(const QList<Organization>& orgs, const QList<OrgEvent>& events);

    OrganizationStore m_store;
    RandomSource& m_rng;
};

} // namespace Generation
