#include "services/generator/MemberAgenda.h"

#include <algorithm>

namespace Generation {

void MemberAgenda::reset(Day today)
{
    m_entries.clear();
    m_seq = 0;
    m_today = today;
}

void MemberAgenda::schedule(Day date, MemberStep step, int org)
{
    if (date > m_today) {
        return;
    }
    const Entry entry{date, m_seq++, step, org};
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), entry, [](const Entry& a, const Entry& b) {
        return a.date != b.date ? a.date < b.date : a.seq < b.seq;
    });
    m_entries.insert(at, entry);
}

} // namespace Generation
