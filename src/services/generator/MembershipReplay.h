#pragma once

#include "core/MembershipEvent.h"
#include "services/generator/GeneratorPlan.h"
#include "services/generator/MemberAgenda.h"

#include <QList>

#include <utility>
#include <vector>

namespace Generation {

class RandomSource;
class RollDirectory;
struct HistoryWindow;

// Replays a member's agenda in date order and keeps only what the member's state allows on
// the day (a conversion needs a probationary member, a move a member on a roll ...), so that
// the membership events it yields pass MemberTimeline. Also yields the member's stints on the
// rolls inside the window, which the posts are drawn from.
class MembershipReplay
{
public:
    MembershipReplay(RandomSource& rng, const std::vector<OrgPlan>& orgs, RollDirectory& rolls,
                     const HistoryWindow& window);

    // Steps may schedule follow-ups (a return after a transfer out, a restoration after a
    // suspension) into the agenda while it is replayed.
    void run(MemberAgenda& agenda, Day admitted, int homeCommittee);

    QList<MembershipEvent> takeEvents() { return std::move(m_events); }
    std::vector<Stint> takeStints() { return std::move(m_stints); } // without member and fullOn
    Day fullOn() const { return m_fullOn; }
    bool onRoll() const { return m_phase == Phase::OnRoll; }
    Day since() const { return m_since; } // on the roll of the current organization since

private:
    enum class Phase { None, Outside, OnRoll, Left };

    void reset(MemberAgenda& agenda, Day admitted, int homeCommittee);
    void apply(const MemberAgenda::Entry& step);
    void admit(Day date, int org);
    void extendProbation(Day date);
    void convert(Day date);
    void transferIn(Day date, int preferred);
    void transferOut(Day date);
    void suspend(Day date);
    void restore(Day date);

    void record(Day date, EventKind kind, int at);
    void closeStint(Day date);
    void arrive(int target, Day date);
    void moveTo(int target, Day date);
    void leave(Day date, EventKind kind);
    // A conversion due while the member was away is recorded once they are back on a roll.
    void convertLater(Day date);
    // Nobody may be on the roll of a branch on the day it is dissolved: move them first.
    void leaveDissolved(Day upTo);

    RandomSource& m_rng;
    const std::vector<OrgPlan>& m_orgs;
    RollDirectory& m_rolls;
    const HistoryWindow& m_window;

    // The member being replayed.
    MemberAgenda* m_agenda = nullptr;
    Day m_admitted = 0;
    int m_homeCommittee = -1;
    Phase m_phase = Phase::None;
    EventKind m_leftBy = EventKind::Admitted;
    int m_org = -1;
    int m_previousOrg = -1;
    int m_lastRollOrg = -1;
    Day m_since = 0;
    Day m_last = 0; // date of the latest event
    bool m_probationary = false;
    bool m_extended = false;
    Day m_fullOn = Never;
    QList<MembershipEvent> m_events;
    std::vector<Stint> m_stints;
};

} // namespace Generation
