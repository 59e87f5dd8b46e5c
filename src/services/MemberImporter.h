#pragma once

#include "TableImporter.h"
#include "core/Organization.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"

#include <QHash>

// import members: creates each new member with their admission (and conversion) event, or
// corrects the personal fields of a member already recorded. The hot path of big imports:
// organizations are looked up in memory and rows are written as they are checked.
class MemberImporter : public TableImporter
{
public:
    MemberImporter(Database& db, const UserContext& user);

protected:
    Status begin() override;
    Status processRow(const TableRow& row) override;

private:
    struct Columns
    {
        int name, gender, idNumber, ethnicity, birthDate, education, org, category, admittedOn, fullOn, occupation,
            position, honours, partyWorker, mobile, lostContact, phone, nativePlace, address, mobileDestination,
            lostContactSince, lostContactReason, appliedOn, activistOn;
    };

    Status writeExisting(const TableRow& row, qint64 memberId, Member& member, const MemberTimeline& timeline);

    MemberStore m_members;
    EventStore m_events;
    QHash<QString, Organization> m_orgs;
    QHash<qint64, int> m_rowOfId;  // first 17 digits of an ID number -> row
    bool m_databaseHasMembers = false;
    QDate m_today;
    Columns m_col{};
};
