#include "services/generator/GenerationRun.h"

#include "core/Log.h"
#include "services/generator/ApplicantPlanner.h"
#include "services/generator/ElectionPlanner.h"
#include "services/generator/GeneratorErrors.h"
#include "services/generator/MemberHistoryGenerator.h"
#include "services/generator/MemberProfileGenerator.h"
#include "services/generator/OrgTreePlanner.h"
#include "services/generator/OrgTreeWriter.h"
#include "services/generator/PostPlanner.h"
#include "services/generator/ReviewPlanner.h"
#include "services/generator/RollDirectory.h"
#include "services/generator/RollIndex.h"
#include "store/DevelopmentStore.h"
#include "store/ElectionStore.h"
#include "store/ReviewStore.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Generation {

namespace {

// The progress bar: the organizations take its first 3%, the members the next 94%.
constexpr double OrganizationsDone = 0.03;
constexpr double MembersShare = 0.94;
constexpr double MembersDone = 0.97;

} // namespace

GenerationRun::GenerationRun(Database& db, const GeneratorOptions& options, const QDate& today)
    : m_options(options)
    , m_db(db)
    , m_window(today, options.years)
    , m_rng(options.seed)
    , m_names(m_rng, m_lex)
    , m_ids(m_rng, m_lex, options.members)
    , m_memberStore(db)
    , m_eventStore(db)
    , m_postStore(db)
{
}

Result<GeneratorSummary> GenerationRun::run()
{
    // Phase times on stderr with -v: what to look at when generation gets slower.
    QElapsedTimer timer;
    timer.start();
    auto phase = [&timer](const char* what) {
        Log::get("services")->info("generate: {} in {} ms", what, timer.restart());
    };
    m_orgs = OrgTreePlanner(m_rng, m_lex, m_names, m_options, m_window).plan();
    if (auto done = OrgTreeWriter(m_db, m_rng).write(m_orgs, m_summary); !done.ok()) {
        return done.error();
    }
    phase("organizations");
    if (!reportProgress(OrganizationsDone)) {
        return generationCancelled();
    }
    if (auto done = generateMembers(); !done.ok()) {
        return done.error();
    }
    phase("members");
    if (!reportProgress(MembersDone)) {
        return generationCancelled();
    }
    // The contacts of the applicants: full members on a roll today (read before the posts take
    // the stays over).
    std::vector<std::vector<Stint>> fullMembers(m_orgs.size());
    for (const Stint& s : m_stints) {
        if (s.to > m_window.today && s.fullOn <= m_window.today) {
            fullMembers[std::size_t(s.org)].push_back(s);
        }
    }
    const RollIndex rolls(m_orgs, std::move(m_stints));
    if (auto done = writeElectionsAndPosts(rolls); !done.ok()) {
        return done.error();
    }
    phase("elections and posts");
    if (auto done = writeApplicants(fullMembers); !done.ok()) {
        return done.error();
    }
    phase("applicants");
    if (auto done = writeReviews(rolls); !done.ok()) {
        return done.error();
    }
    phase("democratic reviews");
    return m_summary;
}

bool GenerationRun::reportProgress(double fraction)
{
    return !m_options.progress || m_options.progress(std::min(1.0, fraction));
}

// Organization by organization, each its quota of members.
Status GenerationRun::generateMembers()
{
    constexpr qint64 ProgressEvery = 10'000;
    RollDirectory rolls(m_rng, m_orgs, m_window);
    MemberHistoryGenerator members(m_rng, m_lex, m_names, m_ids, m_orgs, rolls, m_window);
    m_stints.reserve(std::size_t(m_options.members + m_options.members / 8));
    qint64 done = 0;
    for (std::size_t i = 0; i < m_orgs.size(); ++i) {
        for (int k = 0; k < m_orgs[i].quota; ++k) {
            auto member = members.generate(int(i));
            if (!member.ok()) {
                return member.error();
            }
            if (auto written = writeMember(member.value()); !written.ok()) {
                return written;
            }
            if (++done % ProgressEvery == 0 &&
                !reportProgress(OrganizationsDone +
                                MembersShare * double(done) / double(std::max<qint64>(1, m_options.members)))) {
                return generationCancelled();
            }
        }
    }
    return {};
}

Status GenerationRun::writeMember(GeneratedMember& generated)
{
    auto id = m_memberStore.insert(generated.member, &generated.timeline);
    if (!id.ok()) {
        return id.error();
    }
    if (auto done = m_eventStore.replaceHistory(*id, generated.timeline, /*memberIsNew=*/true); !done.ok()) {
        return done;
    }
    m_summary.members += 1;
    m_summary.events += generated.timeline.steps().size();
    for (Stint s : generated.stints) {
        s.member = *id;
        s.fullOn = generated.fullOn;
        m_stints.push_back(s);
    }
    return {};
}

// The elections give most posts (ElectionPlanner); the organizations that held none get theirs
// from PostPlanner.
Status GenerationRun::writeElectionsAndPosts(const RollIndex& rolls)
{
    ElectionStore::BulkInsert store(m_db);
    ElectionPlanner elections(m_rng, m_orgs, rolls, m_window);
    QList<Post> posts;
    if (auto done = elections.plan([&store](Election& e) { return store.insert(e); }, posts); !done.ok()) {
        return done;
    }
    PostPlanner(m_rng, m_orgs, rolls, m_window).plan(elections, posts);
    if (auto done = m_postStore.insertMany(posts); !done.ok()) {
        return done;
    }
    m_summary.elections = elections.elections();
    m_summary.posts = int(posts.size());
    return {};
}

Status GenerationRun::writeReviews(const RollIndex& rolls)
{
    ReviewStore::BulkInsert store(m_db);
    if (auto begun = store.begin(); !begun.ok()) {
        return begun;
    }
    ReviewPlanner reviews(m_rng, m_orgs, rolls, m_window);
    if (auto done = reviews.plan(store); !done.ok()) {
        return done;
    }
    if (auto done = store.finish(); !done.ok()) {
        return done;
    }
    m_summary.reviews = reviews.campaigns();
    m_summary.reviewResults = reviews.results();
    return {};
}

Status GenerationRun::writeApplicants(const std::vector<std::vector<Stint>>& fullMembers)
{
    MemberProfileGenerator profiles(m_rng, m_lex, m_names, m_ids, m_orgs, m_window);
    std::vector<Applicant> applicants = ApplicantPlanner(m_rng, profiles, m_orgs, m_window).plan(fullMembers);
    DevelopmentStore store(m_db);
    for (Applicant& a : applicants) {
        if (auto done = store.insert(a); !done.ok()) {
            return done;
        }
    }
    m_summary.applicants = int(applicants.size());
    return {};
}

} // namespace Generation
