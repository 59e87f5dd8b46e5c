#pragma once

#include "core/Enums.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

class Database;

// The columns of the roster, in display order. Id is the member's row id (the tie-breaker of
// every sort, and the default sort: record order).
enum class RosterColumn : int {
    Name = 0,
    Gender,
    IdNumber,
    BirthDate,
    Category,
    Organization,
    AdmittedOn,
    FullOn,
    Education,
    Occupation,
    Phone,
    Id,
};

// What the roster shows: the members on the roll now of some organizations (the caller passes
// the selected organization, or its whole subtree), or of the whole database, filtered by a
// search text and sorted by one column (ties broken by id).
struct RosterQuery
{
    bool allOrganizations = false; // true: every member on a roll; orgIds is ignored
    QList<qint64> orgIds;          // empty (and not allOrganizations): no rows
    // Matches the start of a name, of an ID number or of a phone number; trimmed.
    QString search;
    RosterColumn sortColumn = RosterColumn::Id;
    bool descending = false;
};

struct RosterRow
{
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QString idNumber;
    QDate birthDate;
    MemberCategory category = MemberCategory::Unknown;
    QString orgCode;
    QString orgName; // the organization's current name
    QDate admittedOn;
    QDate fullOn;
    Education education = Education::Unknown;
    Occupation occupation = Occupation::Unknown;
    QString phone;
    // The row's value of the query's sort column as the SQL compares it; with id it is the
    // keyset cursor of the next page.
    QVariant sortKey;
};

// SQL for the roster (the main window's member list). Filtering, sorting and paging happen in
// SQL so that a million-member database answers a page at once:
//  - organizations given: the open membership events (ends_on = openEnd) of those
//    organizations, found through the membership_events_roll index, joined to members;
//  - whole database: members WHERE org_id IS NOT NULL (the cache of the same events).
// Pages are by keyset: the next page starts after the last row's (sortKey, id).
class RosterStore
{
public:
    explicit RosterStore(Database& db);

    // Up to `limit` rows of the query; after the given row (nullptr = the first page).
    Result<QList<RosterRow>> page(const RosterQuery& query, const RosterRow* after, int limit);
    Result<qint64> count(const RosterQuery& query);
    // Every member id of the query, in its order: a snapshot the roster pages through by
    // position (rowsByIds), so that page n costs the same as page 1 however big the roll.
    Result<QList<qint64>> orderedIds(const RosterQuery& query);
    // The rows of these members (current roll and category), in the order given; members no
    // longer on a roll are left out.
    Result<QList<RosterRow>> rowsByIds(const QList<qint64>& ids);

private:
    Database& m_db;
};
