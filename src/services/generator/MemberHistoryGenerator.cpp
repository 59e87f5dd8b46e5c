#include "services/generator/MemberHistoryGenerator.h"

#include "core/Dates.h"
#include "services/generator/GeneratorErrors.h"
#include "services/generator/HistoryWindow.h"
#include "services/generator/RandomSource.h"
#include "services/generator/RollDirectory.h"
#include "services/generator/WeightedChoice.h"

#include <algorithm>

namespace Generation {

namespace {

// Members admitted elsewhere whose history here starts with a transfer in.
constexpr double OutsideAdmissionShare = 0.10;

} // namespace

MemberHistoryGenerator::MemberHistoryGenerator(RandomSource& rng, const Lexicon& lexicon, NameFactory& names,
                                               IdNumberFactory& ids, const std::vector<OrgPlan>& orgs,
                                               RollDirectory& rolls, const HistoryWindow& window)
    : m_rng(rng)
    , m_orgs(orgs)
    , m_rolls(rolls)
    , m_window(window)
    , m_profiles(rng, lexicon, names, ids, orgs, window)
    , m_replay(rng, orgs, rolls, window)
{
}

Result<GeneratedMember> MemberHistoryGenerator::generate(int home)
{
    const int ageToday = sampleAge();
    const QDate birth = m_window.todayDate.addYears(-ageToday).addDays(-m_rng.between(0, 364));
    const Day admitted = sampleAdmission(birth, ageToday);
    GeneratedMember generated;
    generated.member = m_profiles.generate(birth, ageToday, admitted, m_orgs[std::size_t(home)]);

    const Entry entry = planEntry(home, admitted);
    m_agenda.reset(m_window.today);
    scheduleAdmission(entry, admitted);
    scheduleYears(birth);
    m_replay.run(m_agenda, admitted, entry.homeCommittee);
    if (m_replay.onRoll()) {
        m_profiles.addRollStatus(generated.member, m_replay.since());
    }

    generated.timeline = MemberTimeline::build(birth, m_replay.takeEvents());
    if (!generated.timeline.ok()) {
        return generatorBug(generated.member.idNumber, generated.timeline.violations().first().message);
    }
    generated.fullOn = m_replay.fullOn();
    generated.stints = m_replay.takeStints();
    return generated;
}

int MemberHistoryGenerator::sampleAge()
{
    // Age structure of party members (about 13% up to 30, 31% over 60). Members under 22 are
    // few: admission follows at least a year as an activist after applying at 18.
    static const WeightedChoice buckets{0.6, 2.9, 9.5, 10, 9, 8, 10, 11, 8, 8, 7, 6, 5, 3, 1.5, 0.5};
    static const int starts[] = {18, 22, 26, 31, 36, 41, 46, 51, 56, 61, 66, 71, 76, 81, 86, 91};
    static const int ends[] = {21, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95};
    const int b = buckets.pick(m_rng);
    return int(m_rng.between(starts[b], ends[b]));
}

int MemberHistoryGenerator::sampleAdmissionAge()
{
    static const WeightedChoice buckets{5, 35, 25, 17, 11, 7};
    static const int starts[] = {18, 20, 26, 31, 36, 41};
    static const int ends[] = {19, 25, 30, 35, 40, 45};
    const int b = buckets.pick(m_rng);
    return int(m_rng.between(starts[b], ends[b]));
}

// Admission age drawn from its distribution restricted to what the age allows: redrawn while
// the admission would fall after today, so that recent years are not crowded.
Day MemberHistoryGenerator::sampleAdmission(const QDate& birth, int ageToday)
{
    for (int attempt = 0;; ++attempt) {
        int admissionAge = sampleAdmissionAge();
        if (admissionAge > ageToday && attempt < 12) {
            continue;
        }
        if (admissionAge > ageToday) {
            admissionAge = int(m_rng.between(18, ageToday));
        }
        const Day from = dayOf(Dates::anniversary(birth, admissionAge));
        const Day admitted = from + m_rng.day(0, 364);
        if (admitted <= m_window.today) {
            return admitted;
        }
        if (attempt >= 12) {
            return m_rng.day(from, m_window.today);
        }
    }
}

MemberHistoryGenerator::Entry MemberHistoryGenerator::planEntry(int home, Day admitted)
{
    const OrgPlan& homePlan = m_orgs[std::size_t(home)];
    Entry entry;
    entry.outside = m_rng.chance(OutsideAdmissionShare) && admitted <= m_window.today - 60;
    if (entry.outside) {
        const Day lo = admitted + 30;
        entry.transferIn = m_rng.chance(0.4) && m_window.start > lo ? m_rng.day(m_window.start, m_window.today)
                                                                    : m_rng.day(lo, m_window.today);
    }
    const Day firstDay = entry.outside ? entry.transferIn : admitted;
    entry.homeCommittee = homePlan.committee;
    entry.home = entry.start = home;
    if (firstDay >= homePlan.dissolved) {
        entry.home = entry.start = m_rolls.pickArrival(-1, firstDay, entry.homeCommittee);
    } else if (!m_rolls.acceptsAt(home, firstDay)) {
        // A branch set up after the member arrived: they come from another one.
        entry.start = m_rolls.pickArrival(-1, firstDay, entry.homeCommittee);
        const Day lo = std::max(homePlan.est, firstDay + 1);
        const Day hi = std::min({homePlan.est + 180, homePlan.dissolved - 1, m_window.today});
        if (lo <= hi) {
            entry.moveHomeOn = m_rng.day(lo, hi);
        }
    }
    if (entry.outside && entry.transferIn < m_orgs[std::size_t(entry.start)].est) {
        // Only an admission may predate its organization; a transfer lands in an existing one.
        const OrgPlan& target = m_orgs[std::size_t(entry.start)];
        entry.transferIn = std::min({target.est + m_rng.day(0, 365), target.dissolved - 1, m_window.today});
    }
    return entry;
}

// Admission, then conversion to full a year later (a few extended by 6 to 12 months, fewer
// cancelled), the transfer in and the move to the home branch.
void MemberHistoryGenerator::scheduleAdmission(const Entry& entry, Day admitted)
{
    m_agenda.schedule(admitted, MemberStep::Admit, entry.outside ? -1 : entry.start);
    const double probation = m_rng.real();
    if (probation < 0.005 && !entry.outside) {
        m_agenda.schedule(addMonths(admitted, 12) + m_rng.day(0, 60), MemberStep::Cancel, -1);
    } else if (probation < 0.035) {
        m_agenda.schedule(addMonths(admitted, 12) + m_rng.day(0, 25), MemberStep::Extend, -1);
        const int extension = int(m_rng.between(0, 6));
        m_agenda.schedule(addMonths(admitted, 18 + extension) + m_rng.day(0, 20), MemberStep::Convert, -1);
    } else {
        m_agenda.schedule(addMonths(admitted, 12) + m_rng.day(0, 60), MemberStep::Convert, -1);
    }
    if (entry.outside) {
        m_agenda.schedule(entry.transferIn, MemberStep::TransferIn, entry.start);
    }
    if (entry.moveHomeOn != Never) {
        m_agenda.schedule(entry.moveHomeOn, MemberStep::MoveHome, entry.home);
    }
}

// Each year of the window: deaths of the old, and for anyone a move, a transfer out, a
// suspension, an expulsion, a removal or a withdrawal.
void MemberHistoryGenerator::scheduleYears(const QDate& birth)
{
    for (int k = 0; k < m_window.years; ++k) {
        const Day from = m_window.yearStarts[std::size_t(k)];
        const Day to = std::min(m_window.yearStarts[std::size_t(k) + 1] - 1, m_window.today);
        if (to < from) {
            continue;
        }
        const int age = Dates::age(birth, dateOf(from));
        if (age >= 70) {
            // About 0.8% a year of the members over 70.
            const double rate = age < 80 ? 0.009 : (age < 90 ? 0.016 : 0.03);
            if (m_rng.chance(rate)) {
                m_agenda.schedule(m_rng.day(from, to), MemberStep::Die, -1);
            }
        }
        const double h = m_rng.real();
        static const struct
        {
            double below;
            MemberStep step;
        } yearly[] = {
            {0.02, MemberStep::Move},    {0.03, MemberStep::TransferOut}, {0.0305, MemberStep::Suspend},
            {0.0307, MemberStep::Expel}, {0.0309, MemberStep::Remove},    {0.0311, MemberStep::Withdraw},
        };
        for (const auto& y : yearly) {
            if (h < y.below) {
                m_agenda.schedule(m_rng.day(from, to), y.step, -1);
                break;
            }
        }
    }
}

} // namespace Generation
