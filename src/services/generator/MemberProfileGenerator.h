#pragma once

#include "core/Member.h"
#include "services/generator/GeneratorPlan.h"

#include <vector>

namespace Generation {

class IdNumberFactory;
class Lexicon;
class NameFactory;
class RandomSource;
struct HistoryWindow;
struct Region;

// A member's personal data, close to the national statistics of members: gender by the year
// of admission, name, citizen ID number, ethnicity, occupation by age and education by
// occupation, native place, phone, address, work unit and post (the unit behind the member's
// branch when the occupation fits it), honours and the dates of the development stages.
class MemberProfileGenerator
{
public:
    MemberProfileGenerator(RandomSource& rng, const Lexicon& lexicon, NameFactory& names, IdNumberFactory& ids,
                           const std::vector<OrgPlan>& orgs, const HistoryWindow& window);

    // A member born on `birth`, `ageToday` years old today (as if alive), admitted on `admitted`
    // into (or transferred later to) `home`.
    Member generate(const QDate& birth, int ageToday, Day admitted, const OrgPlan& home);
    // Mobile, lost contact and party worker: only for a member on a roll today, there `since`.
    void addRollStatus(Member& m, Day since);

private:
    // Gender, name, ID number and ethnicity; returns the region of the ID number.
    int identify(Member& m, Day admitted);
    void assignOccupation(Member& m, int ageToday);
    QString phone();
    QString address(const Region& origin, Occupation occupation);
    void assignPosition(Member& m, const OrgPlan& home);
    void addHonours(Member& m);
    void addDevelopmentDates(Member& m, Day admitted);

    RandomSource& m_rng;
    const Lexicon& m_lex;
    NameFactory& m_names;
    IdNumberFactory& m_ids;
    const std::vector<OrgPlan>& m_orgs;
    const HistoryWindow& m_window;
};

} // namespace Generation
