#pragma once

#include "core/Result.h"
#include "core/Review.h"
#include "services/generator/GeneratorPlan.h"
#include "store/ReviewStore.h"

#include <vector>

namespace Generation {

class RandomSource;
class RollIndex;
struct HistoryWindow;

// The annual democratic review (民主评议党员) of every branch, and of every committee or general
// branch with a roll of its own and no organization under it, for each past year of the window
// in which it had members: held between December and mid-February, one result per member on
// its roll that day. Full members are graded (mostly qualified, excellent at most a third of
// the graded, rarely basically qualified or unqualified: an unqualified member gets a
// correction within the default deadline); probationary members take part ungraded; a few
// are absent or exempt with a reason. Nobody is persuaded to withdraw or removed: that would
// need a departure in the member's history.
class ReviewPlanner
{
public:
    ReviewPlanner(RandomSource& rng, const std::vector<OrgPlan>& orgs, const RollIndex& rolls,
                  const HistoryWindow& window);

    Status plan(ReviewStore::BulkInsert& store);

    int campaigns() const { return m_campaigns; }
    qint64 results() const { return m_results; }

private:
    bool holdsReview(int org, Day day) const;
    ReviewEntry result(const Stint& stint, Day day);
    Status write(ReviewStore::BulkInsert& store, const OrgPlan& org, int year, Day day);

    RandomSource& m_rng;
    const std::vector<OrgPlan>& m_orgs;
    const RollIndex& m_rolls;
    const HistoryWindow& m_window;
    const ReviewSettings m_settings;    // the defaults: what a new database counts with
    std::vector<ReviewEntry> m_entries; // one campaign's, reused
    std::vector<MemberCategory> m_categories;
    int m_campaigns = 0;
    qint64 m_results = 0;
};

} // namespace Generation
