#pragma once

#include "core/Statistics.h"
#include "store/StatisticsStore.h"

// statistics.md "development", the part the membership events hold: admissions into the
// subtree in the period, described on their admission date, and the conversions and probation
// extensions of the period. The applicant pipeline (applications, activists, targets) comes
// from its own records (StatisticsEngine::countDevelopmentPipeline).
class DevelopmentCounter
{
public:
    explicit DevelopmentCounter(Statistics::Development& development);

    // A step dated in the period; inside: its organization belongs to the subtree.
    void add(const StatisticsStore::MemberFacts& member, const StatisticsStore::EventRow& step, bool inside);
    // Adds what another counter counted from the membership events (another share of the pass).
    static void merge(Statistics::Development& into, const Statistics::Development& from);

private:
    Statistics::Development& m_development;
};
