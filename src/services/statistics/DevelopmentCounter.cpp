#include "DevelopmentCounter.h"

DevelopmentCounter::DevelopmentCounter(Statistics::Development& development)
    : m_development(development)
{
}

void DevelopmentCounter::add(const StatisticsStore::MemberFacts& member, const StatisticsStore::EventRow& step,
                             bool inside)
{
    if (!inside) {
        return;
    }
    Statistics::Development& d = m_development;
    switch (step.kind) {
    case EventKind::Admitted: {
        ++d.admitted;
        if (member.gender == Gender::Female) {
            ++d.female;
        }
        if (member.ethnic == StatisticsStore::MemberFacts::Ethnic::Minority) {
            ++d.ethnicMinority;
        }
        // Age on the admission date (statistics.md: the reference date of development figures).
        if (member.birth != 0 && member.birth <= step.date &&
            (step.date - member.birth) / 10000 <= Statistics::YoungAge) {
            ++d.aged35OrUnder;
        }
        if (isCollegeOrAbove(member.education)) {
            ++d.collegeOrAbove;
        }
        if (member.advanced) {
            ++d.advanced;
        }
        break;
    }
    case EventKind::ConvertedFull:
        ++d.convertedToFull;
        break;
    case EventKind::ProbationExtended:
        ++d.probationExtended;
        break;
    default:
        break;
    }
}

void DevelopmentCounter::merge(Statistics::Development& into, const Statistics::Development& from)
{
    into.admitted += from.admitted;
    into.female += from.female;
    into.ethnicMinority += from.ethnicMinority;
    into.aged35OrUnder += from.aged35OrUnder;
    into.collegeOrAbove += from.collegeOrAbove;
    into.advanced += from.advanced;
    into.convertedToFull += from.convertedToFull;
    into.probationExtended += from.probationExtended;
}
