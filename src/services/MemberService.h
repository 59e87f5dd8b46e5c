#pragma once

#include "core/Member.h"
#include "core/MemberTimeline.h"
#include "core/MembershipEvent.h"
#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
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

    // Moves every member on the roll of fromOrgId on `on` to toOrgId: an EventKind::Moved
    // event each, checked like recordEvent(), all in one transaction (one refusal writes
    // nothing; its message names the member). Returns how many members were moved.
    Result<int> moveRoll(const UserContext& user, qint64 fromOrgId, qint64 toOrgId, const QDate& on);
    // moveRoll() and then the dissolution of fromOrgId on the same date
    // (OrganizationService::recordEvent), in one transaction: when the dissolution is refused
    // for another reason (sub-organizations), the members stay where they were.
    Result<int> dissolveMovingRoll(const UserContext& user, qint64 fromOrgId, qint64 toOrgId, const QDate& on);

    // The membership check of an event list, with organizations resolved from the store:
    // replays the timeline and checks every organization the events name.
    Result<MemberTimeline> replay(const QDate& birthDate, const QList<MembershipEvent>& events);

private:
    // moveRoll() inside the caller's transaction.
    Result<int> moveRollWithin(qint64 fromOrgId, qint64 toOrgId, const QDate& on);
    // A found member the user may see, masked for viewers; Permission otherwise.
    Result<std::optional<Member>> visible(const UserContext& user, Result<std::optional<Member>> found);

    Database& m_db;
    MemberStore m_members;
    EventStore m_events;
    OrganizationStore m_orgs;
    AccessControl m_access;
};
