#pragma once

#include "core/Statistics.h"
#include "store/StatisticsStore.h"

// The roster snapshot (statistics.md "members"): adds the members on the roll of the subtree
// on the as-of date, one call per member, into Statistics::Members.
class RosterAccumulator
{
public:
    using Day = StatisticsStore::Day;

    RosterAccumulator(Statistics::Members& members, Day asOf);

    // category: the member's category in their state on the as-of date; admittedOn: their latest
    // admission on or before it (0 = unknown).
    void add(const StatisticsStore::MemberFacts& member, MemberCategory category, Day admittedOn);
    // Adds the figures counted by another accumulator (another share of the pass).
    static void merge(Statistics::Members& into, const Statistics::Members& from);

private:
    Statistics::Members& m_members;
    Day m_asOf;
};
