#pragma once

#include "core/Result.h"
#include "services/DataGenerator.h"
#include "services/generator/GeneratorPlan.h"
#include "services/generator/HistoryWindow.h"
#include "services/generator/IdNumberFactory.h"
#include "services/generator/Lexicon.h"
#include "services/generator/NameFactory.h"
#include "services/generator/RandomSource.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"
#include "store/PostStore.h"

#include <vector>

class Database;

namespace Generation {

struct GeneratedMember;
class RollIndex;

// One run of DataGenerator, inside its write transaction: plans and writes the organization
// tree, then generates and writes the members one by one, then the elections and the posts,
// the applicants and the democratic reviews. Everything draws from
// one RandomSource in a fixed order, which is what makes a seed reproducible.
class GenerationRun
{
public:
    GenerationRun(Database& db, const GeneratorOptions& options, const QDate& today);

    Result<GeneratorSummary> run();

private:
    bool reportProgress(double fraction);
    Status generateMembers();
    Status writeMember(GeneratedMember& generated);
    Status writeElectionsAndPosts(const RollIndex& rolls);
    Status writeApplicants(const std::vector<std::vector<Stint>>& fullMembers);
    Status writeReviews(const RollIndex& rolls);

    const GeneratorOptions& m_options;
    Database& m_db;
    const HistoryWindow m_window;
    RandomSource m_rng;
    Lexicon m_lex;
    NameFactory m_names;
    IdNumberFactory m_ids;
    MemberStore m_memberStore;
    EventStore m_eventStore;
    PostStore m_postStore;

    std::vector<OrgPlan> m_orgs;
    std::vector<Stint> m_stints; // every member's, for the elections, posts and reviews
    GeneratorSummary m_summary;
};

} // namespace Generation
