#include "services/generator/MembershipReplay.h"

#include "services/generator/HistoryWindow.h"
#include "services/generator/RandomSource.h"
#include "services/generator/RollDirectory.h"

#include <algorithm>

namespace Generation {

MembershipReplay::MembershipReplay(RandomSource& rng, const std::vector<OrgPlan>& orgs, RollDirectory& rolls,
                                   const HistoryWindow& window)
    : m_rng(rng)
    , m_orgs(orgs)
    , m_rolls(rolls)
    , m_window(window)
{
}

void MembershipReplay::reset(MemberAgenda& agenda, Day admitted, int homeCommittee)
{
    m_agenda = &agenda;
    m_admitted = admitted;
    m_homeCommittee = homeCommittee;
    m_phase = Phase::None;
    m_leftBy = EventKind::Admitted;
    m_org = -1;
    m_previousOrg = -1;
    m_lastRollOrg = -1;
    m_since = 0;
    m_last = 0;
    m_probationary = false;
    m_extended = false;
    m_fullOn = Never;
    m_events.clear();
    m_stints.clear();
}

void MembershipReplay::run(MemberAgenda& agenda, Day admitted, int homeCommittee)
{
    reset(agenda, admitted, homeCommittee);
    // By index: steps may be inserted (always after the current one) while replaying.
    for (std::size_t i = 0; i < agenda.size(); ++i) {
        const MemberAgenda::Entry step = agenda.at(i);
        leaveDissolved(step.date);
        apply(step);
    }
    leaveDissolved(m_window.today);
    if (m_phase == Phase::OnRoll) {
        m_stints.push_back({m_org, m_since, Never, Never, 0});
    }
}

void MembershipReplay::apply(const MemberAgenda::Entry& step)
{
    const bool onRoll = m_phase == Phase::OnRoll;
    switch (step.step) {
    case MemberStep::Admit:
        admit(step.date, step.org);
        break;
    case MemberStep::Extend:
        extendProbation(step.date);
        break;
    case MemberStep::Convert:
        convert(step.date);
        break;
    case MemberStep::Cancel:
        if (onRoll && m_probationary) {
            leave(step.date, EventKind::ProbationCancelled);
        }
        break;
    case MemberStep::TransferIn:
        transferIn(step.date, step.org);
        break;
    case MemberStep::MoveHome:
        if (onRoll && m_org != step.org && m_rolls.exists(step.org, step.date)) {
            moveTo(step.org, step.date);
        }
        break;
    case MemberStep::Move:
        if (onRoll) {
            moveTo(m_rolls.pickMoveTarget(m_org, step.date), step.date);
        }
        break;
    case MemberStep::TransferOut:
        transferOut(step.date);
        break;
    case MemberStep::Suspend:
        suspend(step.date);
        break;
    case MemberStep::Restore:
        restore(step.date);
        break;
    case MemberStep::Die:
    case MemberStep::Expel:
    case MemberStep::Remove:
    case MemberStep::Withdraw:
        if (onRoll) {
            leave(step.date, step.step == MemberStep::Die      ? EventKind::Died
                             : step.step == MemberStep::Expel  ? EventKind::Expelled
                             : step.step == MemberStep::Remove ? EventKind::Removed
                                                               : EventKind::Withdrew);
        }
        break;
    }
}

// Admitted into `org`, or (org < 0) elsewhere, before the history in this database starts.
void MembershipReplay::admit(Day date, int org)
{
    record(date, EventKind::Admitted, org);
    m_probationary = true;
    if (org >= 0) {
        arrive(org, date);
    } else {
        m_phase = Phase::Outside;
    }
}

void MembershipReplay::extendProbation(Day date)
{
    if (m_phase != Phase::Left && m_phase != Phase::None && m_probationary && !m_extended) {
        record(date, EventKind::ProbationExtended, m_phase == Phase::OnRoll ? m_org : -1);
        m_extended = true;
    }
}

void MembershipReplay::convert(Day date)
{
    if (m_phase != Phase::Left && m_phase != Phase::None && m_probationary &&
        date >= addMonths(m_admitted, m_extended ? 18 : 12)) {
        record(date, EventKind::ConvertedFull, m_phase == Phase::OnRoll ? m_org : -1);
        m_probationary = false;
        m_fullOn = date;
    }
}

// From outside the database, or back after a transfer out.
void MembershipReplay::transferIn(Day date, int preferred)
{
    if (m_phase == Phase::Outside || (m_phase == Phase::Left && m_leftBy == EventKind::TransferredOut)) {
        const int committee = preferred >= 0 ? m_orgs[std::size_t(preferred)].committee : m_homeCommittee;
        const int target = m_rolls.pickArrival(preferred, date, committee);
        record(date, EventKind::TransferredIn, target);
        arrive(target, date);
        convertLater(date);
    }
}

void MembershipReplay::transferOut(Day date)
{
    if (m_phase != Phase::OnRoll) {
        return;
    }
    leave(date, EventKind::TransferredOut);
    if (m_rng.chance(0.3)) {
        const int back = m_rolls.pickAny();
        m_agenda->schedule(date + m_rng.day(60, 720), MemberStep::TransferIn, back);
    }
}

void MembershipReplay::suspend(Day date)
{
    if (m_phase != Phase::OnRoll) {
        return;
    }
    leave(date, EventKind::Suspended);
    if (m_rng.chance(0.4)) {
        m_agenda->schedule(date + m_rng.day(180, 730), MemberStep::Restore, -1);
    }
}

void MembershipReplay::restore(Day date)
{
    if (m_phase == Phase::Left && m_leftBy == EventKind::Suspended) {
        const int target = m_rolls.pickArrival(m_lastRollOrg, date, m_orgs[std::size_t(m_lastRollOrg)].committee);
        record(date, EventKind::Restored, target);
        arrive(target, date);
        convertLater(date);
    }
}

void MembershipReplay::record(Day date, EventKind kind, int at)
{
    MembershipEvent e;
    e.date = dateOf(date);
    e.kind = kind;
    e.orgId = at >= 0 ? m_orgs[std::size_t(at)].id : 0;
    m_events.append(e);
    m_last = date;
}

// Only stays that reach into the window matter to the posts.
void MembershipReplay::closeStint(Day date)
{
    if (date > m_window.start) {
        m_stints.push_back({m_org, m_since, date, Never, 0});
    }
}

void MembershipReplay::arrive(int target, Day date)
{
    m_phase = Phase::OnRoll;
    m_org = target;
    m_since = date;
}

void MembershipReplay::moveTo(int target, Day date)
{
    record(date, EventKind::Moved, target);
    closeStint(date);
    m_previousOrg = m_org;
    m_org = target;
    m_since = date;
}

void MembershipReplay::leave(Day date, EventKind kind)
{
    record(date, kind, m_org);
    closeStint(date);
    m_lastRollOrg = m_org;
    m_org = -1;
    m_phase = Phase::Left;
    m_leftBy = kind;
}

void MembershipReplay::convertLater(Day date)
{
    if (m_probationary) {
        const Day due = addMonths(m_admitted, m_extended ? 18 : 12);
        m_agenda->schedule(std::max(due, date + 1) + m_rng.day(0, 30), MemberStep::Convert, -1);
    }
}

void MembershipReplay::leaveDissolved(Day upTo)
{
    while (m_phase == Phase::OnRoll && m_orgs[std::size_t(m_org)].dissolved <= upTo) {
        const Day dissolved = m_orgs[std::size_t(m_org)].dissolved;
        const Day date = m_rng.day(std::max({m_last, dissolved - 60, m_window.start}), dissolved);
        // Back to where they came from when it still exists, else elsewhere nearby.
        const int target = m_previousOrg >= 0 && m_previousOrg != m_org && m_rolls.exists(m_previousOrg, date) &&
                                   !m_orgs[std::size_t(m_previousOrg)].temporary
                               ? m_previousOrg
                               : m_rolls.pickMoveTarget(m_org, date);
        moveTo(target, date);
    }
}

} // namespace Generation
