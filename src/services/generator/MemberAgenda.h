#pragma once

#include "services/generator/Day.h"

#include <vector>

namespace Generation {

// What may happen to a member. Whether it does depends on the member's state on the day
// (MembershipReplay): a transfer out is moot once the member has died.
enum class MemberStep {
    Admit,
    Extend,
    Convert,
    Cancel,
    TransferIn,
    MoveHome,
    Move,
    TransferOut,
    Die,
    Suspend,
    Expel,
    Remove,
    Withdraw,
    Restore,
};

// The steps planned for one member, in date order (same day: in the order planned). Steps
// after today are dropped: the history ends today.
class MemberAgenda
{
public:
    struct Entry
    {
        Day date = 0;
        int seq = 0;
        MemberStep step = MemberStep::Admit;
        int org = -1; // the organization the step names, -1 = none or chosen when it happens
    };

    void reset(Day today);
    void schedule(Day date, MemberStep step, int org);

    std::size_t size() const { return m_entries.size(); }
    const Entry& at(std::size_t i) const { return m_entries[i]; }

private:
    std::vector<Entry> m_entries; // reused from member to member
    int m_seq = 0;
    Day m_today = 0;
};

} // namespace Generation
