#pragma once

#include <initializer_list>
#include <vector>

namespace Generation {

class RandomSource;

// An index drawn with probability proportional to its weight.
class WeightedChoice
{
public:
    WeightedChoice() = default;
    WeightedChoice(std::initializer_list<double> weights);

    void add(double weight);
    int pick(RandomSource& rng) const;

private:
    std::vector<double> m_cumulative;
    double m_total = 0;
};

} // namespace Generation
