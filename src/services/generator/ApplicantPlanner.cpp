#include "services/generator/ApplicantPlanner.h"

#include "core/Dates.h"
#include "services/generator/MemberProfileGenerator.h"
#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

namespace {

constexpr int MembersPerApplicant = 15;

} // namespace

ApplicantPlanner::ApplicantPlanner(RandomSource& rng, MemberProfileGenerator& profiles,
                                   const std::vector<OrgPlan>& orgs, const HistoryWindow& window)
    : m_rng(rng)
    , m_profiles(profiles)
    , m_orgs(orgs)
    , m_window(window)
{
}

std::vector<Applicant> ApplicantPlanner::plan(const std::vector<std::vector<Stint>>& fullMembers)
{
    std::vector<Applicant> result;
    for (std::size_t o = 0; o < m_orgs.size(); ++o) {
        const OrgPlan& p = m_orgs[o];
        const std::vector<Stint>& contacts = fullMembers[o];
        if (p.type != OrgType::Branch || p.dissolved != Never || p.est > m_window.today - 400 || contacts.empty()) {
            continue;
        }
        const int count = int(contacts.size()) / MembersPerApplicant +
                          (m_rng.chance(double(contacts.size() % MembersPerApplicant) / MembersPerApplicant) ? 1 : 0);
        for (int k = 0; k < count; ++k) {
            result.push_back(applicant(int(o), contacts));
        }
    }
    return result;
}

Applicant ApplicantPlanner::applicant(int org, const std::vector<Stint>& contacts)
{
    const Day today = m_window.today;
    // Stage today: 40% applicants, 35% activists, 25% development targets.
    const double stage = m_rng.real();
    Applicant a;
    a.orgId = m_orgs[std::size_t(org)].id;
    if (stage < 0.40) {
        a.appliedOn = dateOf(m_rng.day(today - 300, today));
    } else if (stage < 0.75) {
        a.appliedOn = dateOf(m_rng.day(today - 700, today - 120));
    } else {
        a.appliedOn = dateOf(m_rng.day(today - 1400, today - 560));
    }
    // 18 to 40 on the application date.
    const int age = int(m_rng.between(18, 40));
    const Day earliestBirth = dayOf(a.appliedOn.addYears(-age - 1)) + 1;
    const QDate birth = dateOf(m_rng.day(earliestBirth, dayOf(a.appliedOn.addYears(-age))));
    const Member person =
        m_profiles.generate(birth, Dates::age(birth, m_window.todayDate), today, m_orgs[std::size_t(org)]);
    a.name = person.name;
    a.gender = person.gender;
    a.idNumber = person.idNumber;
    a.birthDate = person.birthDate;
    a.ethnicity = person.ethnicity;
    a.education = person.education;
    a.occupation = person.occupation;
    a.position = person.position;
    a.phone = person.phone;

    // The talk within a month; a few recent applications still wait for it.
    const Day applied = dayOf(a.appliedOn);
    const Day talkDue = dayOf(a.appliedOn.addMonths(1));
    if (applied + 35 <= today || m_rng.chance(0.5)) {
        a.talkedOn = dateOf(std::min(today, m_rng.day(applied + 3, talkDue)));
    }
    if (stage < 0.40) {
        return a;
    }
    a.activistOn = dateOf(std::min(today, m_rng.day(applied + 60, applied + 110)));
    // A contact who was a full member on this roll on that day (a few tries, else none yet).
    const Day activist = dayOf(a.activistOn);
    for (int attempt = 0; attempt < 4 && a.contacts.isEmpty(); ++attempt) {
        const Stint& s = m_rng.pick(contacts);
        if (s.from <= activist && s.fullOn <= activist) {
            a.contacts = {s.member};
        }
    }
    if (stage < 0.75) {
        return a;
    }
    const Day earliestTarget = dayOf(a.activistOn.addMonths(12));
    a.targetOn = dateOf(std::min(today, m_rng.day(earliestTarget, earliestTarget + 120)));
    const Day target = dayOf(a.targetOn);
    if (target + 60 <= today) {
        a.politicalReviewOn = dateOf(m_rng.day(target + 20, target + 60));
        if (m_rng.chance(0.7)) {
            a.trainedOn = dateOf(m_rng.day(dayOf(a.politicalReviewOn), std::min(today, target + 120)));
            a.trainingHours = m_rng.chance(0.5) ? 24 : 32;
        }
    }
    return a;
}

} // namespace Generation
