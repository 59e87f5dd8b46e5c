#pragma once

#include "core/Enums.h"
#include "services/generator/Day.h"

#include <QString>

#include <vector>

// The plan of the organization tree and the member stints the posts are drawn from: plain data
// shared by the planners, the writers and the member history. Organizations refer to each
// other by their index in the plan until they are written and have ids.
namespace Generation {

// What kind of unit an organization belongs to: decides the names of its children and the
// work units of its members.
enum class Flavor {
    Higher,
    Bureau,
    Institute,
    University,
    College,
    School,
    Hospital,
    StateCo,
    PrivateCo,
    Association,
    Cluster,
    Community,
    StreetOffice,
    Town,
    Village,
    Plain,
};

// Higher committees (党工委 / 上级党组织) by the sector they lead.
enum class Sector { Organs, StateAssets, TwoNew, Street, Rural, Education, Health, Park, Count };

// A renaming, re-affiliation or dissolution of an organization.
struct PlannedEvent
{
    Day date = 0;
    OrgEventKind kind = OrgEventKind::Renamed;
    int parent = -1; // reaffiliated: index of the new parent
    QString name;    // renamed: the new name
};

struct OrgPlan
{
    OrgType type = OrgType::Branch;
    int parent = -1;        // index of the parent at establishment
    int currentParent = -1; // index of the parent today
    int committee = -1;     // the committee it was set up in (moves prefer organizations of it)
    std::vector<int> children;
    Sector sector = Sector::Organs;
    Flavor flavor = Flavor::Plain;
    UnitCategory category = UnitCategory::Unknown;
    bool temporary = false;
    bool permanent = false; // exists through the whole window: the fallback of every move
    bool hasGroups = false;
    bool directRoll = false; // a committee or general branch with members on its own roll
    QString city;
    QString unit; // what children's names build on
    // A unit renamed by the 2018 reform of government bodies: names starting with reformTo
    // started with reformFrom before reformOn.
    QString reformFrom;
    QString reformTo;
    Day reformOn = Never;
    QString employer; // members' work unit
    QString name;     // the name at establishment
    QString code;
    Day est = 0;
    Day dissolved = Never;
    int quota = 0; // members whose history in the database starts here
    qint64 id = 0;
    std::vector<PlannedEvent> events;
};

// A stay of a member on one organization's roll, [from, to).
struct Stint
{
    int org = 0;
    Day from = 0;
    Day to = Never;
    Day fullOn = Never; // the member's conversion date
    qint64 member = 0;
};

} // namespace Generation
