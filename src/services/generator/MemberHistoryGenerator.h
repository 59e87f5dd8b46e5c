#pragma once

#include "core/Member.h"
#include "core/MemberTimeline.h"
#include "core/Result.h"
#include "services/generator/GeneratorPlan.h"
#include "services/generator/MemberAgenda.h"
#include "services/generator/MemberProfileGenerator.h"
#include "services/generator/MembershipReplay.h"

#include <vector>

namespace Generation {

class IdNumberFactory;
class Lexicon;
class NameFactory;
class RandomSource;
class RollDirectory;
struct HistoryWindow;

// One member, ready to be written.
struct GeneratedMember
{
    Member member;
    MemberTimeline timeline;
    Day fullOn = Never;
    std::vector<Stint> stints; // inside the window; member and fullOn not set yet
};

// Generates one member: age and admission date, personal data (MemberProfileGenerator), where
// their history in this database starts (admitted here, or transferred in from outside), the
// steps that may happen to them (conversion or extension of the probation, moves, transfers,
// suspensions, departures, death) and, replayed against their state (MembershipReplay), the
// membership events. Every history passes MemberTimeline.
class MemberHistoryGenerator
{
public:
    MemberHistoryGenerator(RandomSource& rng, const Lexicon& lexicon, NameFactory& names, IdNumberFactory& ids,
                           const std::vector<OrgPlan>& orgs, RollDirectory& rolls, const HistoryWindow& window);

    // A member whose history starts in `home` (or nearby when home does not exist then).
    Result<GeneratedMember> generate(int home);

private:
    // Where and when the member's history in this database starts.
    struct Entry
    {
        bool outside = false; // admitted elsewhere, transferred in later
        Day transferIn = Never;
        int start = 0; // the first organization on the roll here
        int home = 0;  // where they end up (moveHomeOn) when start is not it
        Day moveHomeOn = Never;
        int homeCommittee = -1;
    };

    int sampleAge();
    int sampleAdmissionAge();
    Day sampleAdmission(const QDate& birth, int ageToday);
    Entry planEntry(int home, Day admitted);
    void scheduleAdmission(const Entry& entry, Day admitted);
    void scheduleYears(const QDate& birth);

    RandomSource& m_rng;
    const std::vector<OrgPlan>& m_orgs;
    RollDirectory& m_rolls;
    const HistoryWindow& m_window;
    MemberProfileGenerator m_profiles;
    MemberAgenda m_agenda;
    MembershipReplay m_replay;
};

} // namespace Generation
