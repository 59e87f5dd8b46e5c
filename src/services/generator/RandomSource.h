#pragma once

#include "services/generator/Day.h"

#include <QtGlobal>

#include <random>

namespace Generation {

// The generator's only source of chance. std::uniform_int_distribution and friends differ
// between standard libraries; these draws are defined here, over the fully specified
// mt19937_64, so that a seed gives the same data everywhere. Every draw advances one shared
// sequence: the order of the draws is part of the output.
class RandomSource
{
public:
    explicit RandomSource(quint64 seed);

    // The small draws are inline: they run hundreds of times per member.
    quint64 next() { return m_engine(); }

    // Uniform in [lo, hi] (lo when hi < lo), by rejection so that there is no modulo bias.
    qint64 between(qint64 lo, qint64 hi);

    Day day(Day lo, Day hi) { return static_cast<Day>(between(lo, hi)); }
    int below(qsizetype n) { return static_cast<int>(between(0, qint64(n) - 1)); }
    double real() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return real() < p; }

    template <typename List> const auto& pick(const List& list) { return list[below(qsizetype(list.size()))]; }

private:
    std::mt19937_64 m_engine;
};

} // namespace Generation
