#pragma once

#include "core/Member.h"
#include "core/MemberTimeline.h"
#include "core/MembershipEvent.h"
#include "core/Result.h"
#include "core/UserContext.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"

#include <QDate>
#include <QList>

#include <optional>

class Database;

// Members and their dated membership history. A member enters the database with an
// admission event; afterwards every change of organization or category is an event checked
// by MemberTimeline. Members are never deleted.
class MemberService
{
public:
    explicit MemberService(Database& db);

    // Creates a member admitted on admittedOn into orgId (0 = admitted outside this
    // database), converted to full membership on fullOn when given.
    Result<qint64> admit(const UserContext& user, Member member, const QDate& admittedOn, qint64 orgId,
                         const QDate& fullOn = {});
    // Corrects the personal fields (history is changed through events only).
    Status update(const UserContext& user, Member member);
    Result<qint64> recordEvent(const UserContext& user, const MembershipEvent& event);

    Result<std::optional<Member>> findByIdNumber(const UserContext& user, const QString& idNumber);
    Result<std::optional<Member>> findById(const UserContext& user, qint64 id);
    Result<QList<MembershipEvent>> history(const UserContext& user, qint64 memberId);
    // How many members are on a roll now (their latest event keeps them on one).
    Result<qint64> countOnRoll(const UserContext& user);

    // The membership check of an event list, with organizations resolved from the store:
    // replays the timeline and checks every organization the events name.
    Result<MemberTimeline> replay(const QDate& birthDate, const QList<MembershipEvent>& events);

private:
    Database& m_db;
    MemberStore m_members;
    EventStore m_events;
    OrganizationStore m_orgs;
};
