#pragma once

#include "TableImporter.h"
#include "core/Organization.h"
#include "store/BulkLoad.h"
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
    Status beforeTransaction() override;
    Status begin() override;
    Status processRow(const TableRow& row) override;
    Status finish() override;
    // Into an empty roll, rows are read and checked on a second thread while this one writes.
    Status readRows(TableReader& reader) override;

private:
    struct Columns
    {
        int name, gender, idNumber, ethnicity, birthDate, education, org, category, admittedOn, fullOn, occupation,
            position, honours, partyWorker, mobile, lostContact, phone, nativePlace, address, mobileDestination,
            lostContactSince, lostContactReason, appliedOn, activistOn;
    };

    // A row that passed every check, ready to be written.
    struct CheckedRow
    {
        int row = 0;
        Member member;
        MemberTimeline timeline;
    };

    // Checks one row: reports its problems and returns nothing, or returns it ready to write.
    // Touches no database, so it can run on the reading thread.
    std::optional<CheckedRow> check(const TableRow& row);
    Status insert(const CheckedRow& checked);
    Status writeExisting(const TableRow& row, qint64 memberId, Member& member, const MemberTimeline& timeline);

    MemberStore m_members;
    BulkLoad m_bulkLoad;
    EventStore m_events;
    QHash<QString, Organization> m_orgs;
    QHash<qint64, int> m_rowOfId; // first 17 digits of an ID number -> row
    bool m_databaseHasMembers = false;
    QDate m_today;
    Columns m_col{};
};
