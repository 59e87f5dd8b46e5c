#include "services/generator/MemberProfileGenerator.h"

#include "core/Dates.h"
#include "core/Ethnicity.h"
#include "services/generator/HistoryWindow.h"
#include "services/generator/IdNumberFactory.h"
#include "services/generator/Lexicon.h"
#include "services/generator/NameFactory.h"
#include "services/generator/RandomSource.h"

#include <algorithm>

namespace Generation {

MemberProfileGenerator::MemberProfileGenerator(RandomSource& rng, const Lexicon& lexicon, NameFactory& names,
                                               IdNumberFactory& ids, const std::vector<OrgPlan>& orgs,
                                               const HistoryWindow& window)
    : m_rng(rng)
    , m_lex(lexicon)
    , m_names(names)
    , m_ids(ids)
    , m_orgs(orgs)
    , m_window(window)
{
}

Member MemberProfileGenerator::generate(const QDate& birth, int ageToday, Day admitted, const OrgPlan& home)
{
    Member m;
    m.birthDate = birth;
    const int region = identify(m, admitted);
    assignOccupation(m, ageToday);
    const Region& origin = m_lex.regions[std::size_t(region)];
    m.nativePlace = m_rng.chance(0.8) ? origin.city : m_rng.pick(m_lex.regions).city;
    m.phone = phone();
    m.address = address(origin, m.occupation);
    assignPosition(m, home);
    addHonours(m);
    addDevelopmentDates(m, admitted);
    return m;
}

int MemberProfileGenerator::identify(Member& m, Day admitted)
{
    // Women are a growing share of those admitted: about 30% of all members.
    const int yearsAgo = Dates::age(dateOf(admitted), m_window.todayDate);
    const double femaleShare = yearsAgo > 45 ? 0.17 : (yearsAgo > 26 ? 0.25 : (yearsAgo > 16 ? 0.31 : 0.38));
    m.gender = m_rng.chance(femaleShare) ? Gender::Female : Gender::Male;
    m.name = m_names.personName(m.gender);
    IdNumberFactory::Issued id = m_ids.issue(m.birthDate, m.gender);
    m.idNumber = std::move(id.number);
    m.ethnicity = m_rng.chance(0.93) ? Ethnicity::han() : m_lex.minorities.at(m_lex.minorityWeights.pick(m_rng));
    return id.region;
}

// Occupation by age, education by occupation: close to the national statistics of members.
void MemberProfileGenerator::assignOccupation(Member& m, int ageToday)
{
    if (ageToday >= 61 && m_rng.chance(0.65)) {
        m.occupation = Occupation::Retired;
    } else if ((ageToday <= 25 && m_rng.chance(0.4)) || (ageToday <= 30 && m_rng.chance(0.1))) {
        m.occupation = Occupation::Student;
    } else {
        static const WeightedChoice working{7, 27, 15, 10, 8, 10};
        static const Occupation kinds[] = {Occupation::Worker,  Occupation::Farmer,       Occupation::Professional,
                                           Occupation::Manager, Occupation::CivilServant, Occupation::Other};
        m.occupation = kinds[working.pick(m_rng)];
    }
    // Postgraduate, bachelor, junior college, secondary vocational, high school, middle school.
    static const WeightedChoice byOccupation[] = {
        {0, 10, 25, 20, 25, 20}, // worker
        {0, 6, 14, 8, 25, 47},   // farmer
        {20, 60, 15, 3, 2, 0},   // professional
        {15, 60, 20, 3, 2, 0},   // manager
        {20, 65, 13, 1, 1, 0},   // civil servant
        {35, 60, 5, 0, 0, 0},    // student
        {3, 30, 25, 8, 14, 20},  // retired
        {4, 40, 30, 8, 10, 8},   // other
    };
    m.education = Education(byOccupation[int(m.occupation) - 1].pick(m_rng) + 1);
}

QString MemberProfileGenerator::phone()
{
    QString number = m_rng.pick(m_lex.phonePrefixes);
    const qint64 rest = m_rng.between(0, 99'999'999);
    number += QStringLiteral("%1").arg(rest, 8, 10, QChar(u'0'));
    return number;
}

// Farmers live in a village of their home district, the others in a flat in town.
QString MemberProfileGenerator::address(const Region& origin, Occupation occupation)
{
    if (occupation == Occupation::Farmer) {
        const QString village = m_names.placeName();
        const auto group = m_rng.between(1, 12);
        return origin.city + origin.district + village + QStringLiteral("村") + QString::number(group) +
               QStringLiteral("组");
    }
    // One draw per statement: the order of evaluation inside an expression is unspecified,
    // and the same seed must give the same data with every compiler.
    const QString road = m_rng.pick(m_lex.roads);
    const auto number = m_rng.between(1, 400);
    const auto building = m_rng.between(1, 30);
    const auto entrance = m_rng.between(1, 6);
    const auto floor = m_rng.between(1, 30);
    const auto flat = m_rng.between(1, 4);
    return origin.city + origin.district + road + QString::number(number) + QStringLiteral("号") +
           QString::number(building) + QStringLiteral("栋") + QString::number(entrance) + QStringLiteral("单元") +
           QString::number(floor * 100 + flat) + QStringLiteral("室");
}

// Work unit and post: the unit behind the member's branch when the occupation fits it.
void MemberProfileGenerator::assignPosition(Member& m, const OrgPlan& home)
{
    const Flavor unitKind = home.committee >= 0 ? m_orgs[std::size_t(home.committee)].flavor : Flavor::Plain;
    const bool publicBody = unitKind == Flavor::Bureau || unitKind == Flavor::Institute ||
                            unitKind == Flavor::StreetOffice || unitKind == Flavor::Town;
    switch (m.occupation) {
    case Occupation::Worker:
        m.position = home.employer + m_rng.pick(m_lex.workerTitles);
        break;
    case Occupation::Farmer:
        m.position = QStringLiteral("农民");
        break;
    case Occupation::Professional: {
        const bool school = unitKind == Flavor::University || unitKind == Flavor::School;
        const QStringList& titles = unitKind == Flavor::Hospital      ? m_lex.medicalTitles
                                    : school                          ? m_lex.teacherTitles
                                    : unitKind == Flavor::Association ? m_lex.lawTitles
                                                                      : m_lex.professionalTitles;
        m.position = home.employer + m_rng.pick(titles);
        break;
    }
    case Occupation::Manager:
        m.position = home.employer + m_rng.pick(m_lex.managerTitles);
        break;
    case Occupation::CivilServant:
        m.position = (publicBody ? home.employer : QString()) + m_rng.pick(m_lex.civilTitles);
        break;
    case Occupation::Student:
        m.position = QStringLiteral("学生");
        break;
    case Occupation::Retired:
        m.position = m_rng.pick(m_lex.retiredTitles);
        break;
    default:
        m.position = m_rng.pick(m_lex.otherTitles);
        break;
    }
}

void MemberProfileGenerator::addHonours(Member& m)
{
    if (!m_rng.chance(0.05)) {
        return;
    }
    const int year = m_window.todayDate.year() - int(m_rng.between(1, std::max(1, m_window.years)));
    const bool dated = m_rng.chance(0.6);
    m.honours = dated ? m_rng.pick(m_lex.datedHonours).arg(year) : m_rng.pick(m_lex.honours);
    if (m.gender == Gender::Male && m.honours == QStringLiteral("三八红旗手")) {
        m.honours = QStringLiteral("优秀共产党员");
    }
}

// Application >= 18, activist, >= 1 year later development target; recorded from 1990 on.
void MemberProfileGenerator::addDevelopmentDates(Member& m, Day admitted)
{
    const QDate admittedDate = dateOf(admitted);
    if (admittedDate.year() < 1990) {
        return;
    }
    const QDate adult = Dates::anniversary(m.birthDate, 18);
    const QDate applied = admittedDate.addDays(-m_rng.between(540, 1500));
    const QDate activist = applied.addDays(m_rng.between(30, 180));
    if (applied >= adult && activist <= admittedDate.addDays(-400)) {
        m.appliedOn = applied;
        m.activistOn = activist;
    }
}

void MemberProfileGenerator::addRollStatus(Member& m, Day since)
{
    if (m_rng.chance(0.02)) {
        m.mobile = true;
        m.mobileDestination = m_rng.pick(m_lex.regions).city;
    } else if (m_rng.chance(0.005)) {
        m.lostContact = true;
        m.lostContactSince = dateOf(m_rng.day(std::max(since, m_window.today - 1500), m_window.today - 30));
        m.lostContactReason = m_rng.pick(m_lex.lostReasons);
    }
    const double u = m_rng.real();
    m.partyWorker = u < 0.004 ? PartyWorker::FullTime : (u < 0.02 ? PartyWorker::PartTime : PartyWorker::None);
}

} // namespace Generation
