#include "services/generator/RandomSource.h"

#include <limits>

namespace Generation {

RandomSource::RandomSource(quint64 seed)
    : m_engine(seed)
{
}

qint64 RandomSource::between(qint64 lo, qint64 hi)
{
    if (hi <= lo) {
        return lo;
    }
    const quint64 range = quint64(hi - lo) + 1;
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 x = next();
    while (x >= limit) {
        x = next();
    }
    return lo + qint64(x % range);
}

} // namespace Generation
