#pragma once

#include "core/Applicant.h"
#include "services/generator/GeneratorPlan.h"
#include "services/generator/HistoryWindow.h"

#include <vector>

namespace Generation {

class MemberProfileGenerator;
class RandomSource;

// The development pipeline of today: applicants, activists and development targets of the
// branches that exist today, about one per fifteen members on the roll, with dates that keep
// every time rule (the talk within a month, a year as activist ...), some talks still to be held,
// and a full member of the branch as contact. Admissions are not generated here: the members'
// histories already hold them.
class ApplicantPlanner
{
public:
    ApplicantPlanner(RandomSource& rng, MemberProfileGenerator& profiles, const std::vector<OrgPlan>& orgs,
                     const HistoryWindow& window);

    // fullMembers[o]: the stays on organization o's roll that last until today of members
    // converted to full membership (the contacts are chosen among them).
    std::vector<Applicant> plan(const std::vector<std::vector<Stint>>& fullMembers);

private:
    Applicant applicant(int org, const std::vector<Stint>& contacts);

    RandomSource& m_rng;
    MemberProfileGenerator& m_profiles;
    const std::vector<OrgPlan>& m_orgs;
    const HistoryWindow& m_window;
};

} // namespace Generation
