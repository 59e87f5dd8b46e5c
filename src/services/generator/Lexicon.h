#pragma once

#include "services/generator/WeightedChoice.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Generation {

// A place a citizen ID number can say a person was registered in.
struct Region
{
    QString code;     // 6-digit address code of the citizen ID number
    QString city;     // 湖北省武汉市
    QString district; // 武昌区
};

// The words generated names are made of: places, brands, units and their parts, people's
// names, titles, honours. Data only; the order of every list is part of the output, since
// draws pick by index.
class Lexicon
{
public:
    Lexicon();

    std::vector<Region> regions;
    // Places and brands.
    QStringList cities, placeFirst, placeSecond, brandChars, privateIndustries, stateIndustries, trades;
    // Bureaus; bureausBefore[i] is the name of bureaus[i] before the 2018 reform of government
    // bodies, empty when the reform kept it.
    QStringList bureaus, bureausBefore, bureauSubunits, offices, institutes;
    // Units of committees, and the parts of units their general branches and branches stand for.
    QStringList associationUnits, associationSuffixes; // parallel lists
    QStringList clusterAreas, clusterOrganizations, streetOfficeCommittees, streetOfficeUnits;
    QStringList cityHospitals, countyHospitals, townHospitals, hospitalDivisions, hospitalDepartments;
    QStringList schools, townSchools, schoolDivisions, schoolUnits;
    QStringList universitySuffixes, universityUnits, colleges, collegeBranchKinds;
    QStringList stateDepartments, stateSubsidiaries, privateDepartments, temporaryUnits;
    // People.
    QStringList surnames, maleChars, femaleChars, roads, phonePrefixes, minorities;
    WeightedChoice surnameWeights, minorityWeights;
    QStringList datedHonours, honours, lostReasons;
    QStringList workerTitles, professionalTitles, medicalTitles, teacherTitles, lawTitles, managerTitles, civilTitles;
    QStringList otherTitles, retiredTitles;

private:
    void loadRegions();
    void loadPlaces();
    void loadBureaus();
    void loadUnits();
    void loadNames();
    void loadTitlesAndHonours();
    void loadEthnicGroups();
};

} // namespace Generation
