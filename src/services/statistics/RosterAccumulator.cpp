#include "RosterAccumulator.h"

RosterAccumulator::RosterAccumulator(Statistics::Members& members, Day asOf)
    : m_members(members)
    , m_asOf(asOf)
{
}

void RosterAccumulator::add(const StatisticsStore::MemberFacts& member, MemberCategory category, Day admittedOn)
{
    Statistics::Members& m = m_members;
    ++m.total;
    if (category == MemberCategory::Full) {
        ++m.full;
    } else if (category == MemberCategory::Probationary) {
        ++m.probationary;
    }
    if (member.gender == Gender::Female) {
        ++m.female;
    }
    if (member.ethnic == StatisticsStore::MemberFacts::Ethnic::Minority) {
        ++m.ethnicMinority;
    }
    // YYYYMMDD integers: the difference divided by 10000 is the number of whole years completed
    // (a 29 February birthday completes its year on 1 March in common years, as Dates::age).
    const int age = member.birth != 0 && member.birth <= m_asOf ? (m_asOf - member.birth) / 10000 : -1;
    ++m.ageBands[Statistics::ageBandOf(age)];
    if (age >= 0) {
        m.age.add(age);
        if (age <= Statistics::YoungAge) {
            ++m.aged35OrUnder;
        }
    }
    ++m.joinedPeriod[Statistics::joinedPeriodOf(admittedOn)]; // Day is YYYYMMDD
    const int education = int(member.education);
    ++m.education[education >= 0 && education < Statistics::EducationCount ? education : 0];
    if (isCollegeOrAbove(member.education)) {
        ++m.collegeOrAbove;
    }
    const int occupation = int(member.occupation);
    ++m.occupation[occupation >= 0 && occupation < Statistics::OccupationCount ? occupation : 0];
    if (member.mobile) {
        ++m.mobile;
    }
    // Lost contact since a known date counts from that date; an unknown date counts always.
    if (member.lostContact && (member.lostContactSince == 0 || member.lostContactSince <= m_asOf)) {
        ++m.lostContact;
    }
    if (member.partyWorker == PartyWorker::FullTime) {
        ++m.partyWorkersFullTime;
    } else if (member.partyWorker == PartyWorker::PartTime) {
        ++m.partyWorkersPartTime;
    }
}

void RosterAccumulator::merge(Statistics::Members& into, const Statistics::Members& from)
{
    into.total += from.total;
    into.full += from.full;
    into.probationary += from.probationary;
    into.female += from.female;
    into.ethnicMinority += from.ethnicMinority;
    into.aged35OrUnder += from.aged35OrUnder;
    into.age.sum += from.age.sum;
    into.age.count += from.age.count;
    auto add = [](auto& to, const auto& more) {
        for (size_t i = 0; i < to.size(); ++i) {
            to[i] += more[i];
        }
    };
    add(into.ageBands, from.ageBands);
    add(into.joinedPeriod, from.joinedPeriod);
    add(into.education, from.education);
    add(into.occupation, from.occupation);
    into.collegeOrAbove += from.collegeOrAbove;
    into.mobile += from.mobile;
    into.lostContact += from.lostContact;
    into.partyWorkersFullTime += from.partyWorkersFullTime;
    into.partyWorkersPartTime += from.partyWorkersPartTime;
}
