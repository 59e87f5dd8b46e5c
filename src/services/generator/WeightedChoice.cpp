#include "services/generator/WeightedChoice.h"

#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

WeightedChoice::WeightedChoice(std::initializer_list<double> weights)
{
    for (const double w : weights) {
        add(w);
    }
}

void WeightedChoice::add(double weight)
{
    m_total += weight;
    m_cumulative.push_back(m_total);
}

int WeightedChoice::pick(RandomSource& rng) const
{
    const double x = rng.real() * m_total;
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
    return std::min(int(it - m_cumulative.begin()), int(m_cumulative.size()) - 1);
}

} // namespace Generation
