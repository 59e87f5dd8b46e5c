#include "MemberService.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/MemberRules.h"
#include "services/OrganizationService.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MemberService", text);
}

Error fromIssues(const FieldIssues& issues)
{
    return Error(Error::Kind::Invalid, issues.constFirst().message, issues.constFirst().field);
}

} // namespace

MemberService::MemberService(Database& db)
    : m_db(db)
    , m_members(db)
    , m_events(db)
    , m_orgs(db)
    , m_access(db)
{
}

Result<MemberTimeline> MemberService::replay(const QDate& birthDate, const QList<MembershipEvent>& events)
{
    const QDate today = Clock::today();
    for (const MembershipEvent& e : events) {
        if (!e.date.isValid()) {
            return Error(Error::Kind::Invalid, tr("the date is missing"), QStringLiteral("date"));
        }
        if (e.date > today) {
            return Error(Error::Kind::Invalid, tr("the date %1 is in the future").arg(Dates::toText(e.date)),
                         QStringLiteral("date"));
        }
        if (e.orgId == 0) {
            continue;
        }
        auto org = m_orgs.findById(e.orgId);
        if (!org.ok()) {
            return org.error();
        }
        if (!org.value()) {
            return Error(Error::Kind::NotFound, tr("the organization does not exist"), QStringLiteral("org"));
        }
        if (const QString problem = MemberRules::checkEventOrganization(e, *org.value()); !problem.isEmpty()) {
            return Error(Error::Kind::Invalid, problem, QStringLiteral("org"));
        }
    }
    MemberTimeline timeline = MemberTimeline::build(birthDate, events);
    if (!timeline.ok()) {
        const MemberTimeline::Violation& v = timeline.violations().constFirst();
        const QString field = v.event.kind == EventKind::Admitted        ? QStringLiteral("admitted_on")
                              : v.event.kind == EventKind::ConvertedFull ? QStringLiteral("full_on")
                                                                         : QStringLiteral("kind");
        return Error(Error::Kind::Invalid, v.message, field);
    }
    return timeline;
}

Result<qint64> MemberService::admit(const UserContext& user, Member member, const QDate& admittedOn, qint64 orgId,
                                    const QDate& fullOn)
{
    if (auto allowed = orgId != 0 ? m_access.canWrite(user, orgId) : m_access.canWriteAll(user); !allowed.ok()) {
        return allowed.error();
    }
    if (const FieldIssues issues = MemberRules::checkAndComplete(member, Clock::today()); !issues.isEmpty()) {
        return fromIssues(issues);
    }
    if (!admittedOn.isValid()) {
        return Error(Error::Kind::Invalid, tr("the admission date is missing"), QStringLiteral("admitted_on"));
    }
    auto existing = m_members.idOf(member.idNumber);
    if (!existing.ok()) {
        return existing.error();
    }
    if (*existing != 0) {
        return Error(Error::Kind::Conflict,
                     tr("a member with the citizen ID number %1 already exists").arg(member.idNumber),
                     QStringLiteral("id_number"));
    }
    QList<MembershipEvent> events{MembershipEvent{0, 0, admittedOn, EventKind::Admitted, orgId, {}}};
    if (fullOn.isValid()) {
        events.append(MembershipEvent{0, 0, fullOn, EventKind::ConvertedFull, 0, {}});
    }
    auto timeline = replay(member.birthDate, events);
    if (!timeline.ok()) {
        return timeline.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto id = m_members.insert(member, &timeline.value());
    if (!id.ok()) {
        return id.error();
    }
    if (auto written = m_events.replaceHistory(*id, *timeline, true); !written.ok()) {
        return written.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return *id;
}

Status MemberService::update(const UserContext& user, Member member)
{
    if (auto allowed = m_access.canWriteMember(user, member.id); !allowed.ok()) {
        return allowed;
    }
    auto before = m_members.findById(member.id);
    if (!before.ok()) {
        return before.error();
    }
    if (!before.value()) {
        return Error(Error::Kind::NotFound, tr("the member does not exist"));
    }
    if (const FieldIssues issues = MemberRules::checkAndComplete(member, Clock::today()); !issues.isEmpty()) {
        return fromIssues(issues);
    }
    auto other = m_members.idOf(member.idNumber);
    if (!other.ok()) {
        return other.error();
    }
    if (*other != 0 && *other != member.id) {
        return Error(Error::Kind::Conflict,
                     tr("a member with the citizen ID number %1 already exists").arg(member.idNumber),
                     QStringLiteral("id_number"));
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (member.birthDate != before.value()->birthDate) {
        // A corrected birth date can make recorded history impossible (admission age).
        auto events = m_events.eventsOf(member.id);
        if (!events.ok()) {
            return events.error();
        }
        if (auto timeline = replay(member.birthDate, *events); !timeline.ok()) {
            return Error(Error::Kind::Invalid, timeline.error().message(), QStringLiteral("birth_date"));
        }
    }
    if (auto updated = m_members.updatePersonal(member); !updated.ok()) {
        return updated;
    }
    return transaction.commit();
}

Result<qint64> MemberService::recordEvent(const UserContext& user, const MembershipEvent& event)
{
    if (auto allowed = m_access.canWriteSomething(user); !allowed.ok()) {
        return allowed.error();
    }
    auto member = m_members.findById(event.memberId);
    if (!member.ok()) {
        return member.error();
    }
    if (!member.value()) {
        return Error(Error::Kind::NotFound, tr("the member does not exist"), QStringLiteral("id_number"));
    }
    // The organization the event names, and the member's current one: a member on no roll may
    // be brought onto one in the user's subtree (transfer in, restoration).
    if (event.orgId != 0) {
        if (auto allowed = m_access.canWrite(user, event.orgId); !allowed.ok()) {
            return allowed.error();
        }
    }
    if (member.value()->orgId != 0 || event.orgId == 0) {
        if (auto allowed = m_access.canWriteMember(user, event.memberId); !allowed.ok()) {
            return allowed.error();
        }
    }
    auto events = m_events.eventsOf(event.memberId);
    if (!events.ok()) {
        return events.error();
    }
    QList<MembershipEvent> all = *events;
    all.append(event);
    all.last().id = 0;
    auto timeline = replay(member.value()->birthDate, all);
    if (!timeline.ok()) {
        return timeline.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    if (auto written = m_events.replaceHistory(event.memberId, *timeline); !written.ok()) {
        return written.error();
    }
    if (auto saved = m_members.saveDerived(event.memberId, *timeline); !saved.ok()) {
        return saved.error();
    }
    auto newId = m_events.newestEventId(event.memberId);
    if (!newId.ok()) {
        return newId.error();
    }
    const qint64 id = *newId;
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return id;
}

Result<std::optional<Member>> MemberService::visible(const UserContext& user, Result<std::optional<Member>> found)
{
    if (!found.ok() || !found->has_value()) {
        return found;
    }
    if (auto allowed = m_access.canReadMember(user, **found); !allowed.ok()) {
        return allowed.error();
    }
    if (m_access.masked(user)) {
        AccessControl::mask(*found.value());
    }
    return found;
}

Result<std::optional<Member>> MemberService::findByIdNumber(const UserContext& user, const QString& idNumber)
{
    return visible(user, m_members.findByIdNumber(idNumber.trimmed().toUpper()));
}

Result<std::optional<Member>> MemberService::findById(const UserContext& user, qint64 id)
{
    return visible(user, m_members.findById(id));
}

Result<QList<MembershipEvent>> MemberService::history(const UserContext& user, qint64 memberId)
{
    if (auto allowed = m_access.canReadMember(user, memberId); !allowed.ok()) {
        return allowed.error();
    }
    return m_events.eventsOf(memberId);
}

Result<qint64> MemberService::countOnRoll(const UserContext& user)
{
    if (auto allowed = m_access.canReadAll(user); !allowed.ok()) {
        return allowed.error();
    }
    return m_members.countOnRoll();
}

Result<int> MemberService::moveRollWithin(qint64 fromOrgId, qint64 toOrgId, const QDate& on)
{
    if (!on.isValid()) {
        return Error(Error::Kind::Invalid, tr("the date is missing"), QStringLiteral("date"));
    }
    for (const qint64 orgId : {fromOrgId, toOrgId}) {
        auto org = m_orgs.findById(orgId);
        if (!org.ok()) {
            return org.error();
        }
        if (!org.value()) {
            return Error(Error::Kind::NotFound, tr("the organization does not exist"), QStringLiteral("org"));
        }
    }
    if (fromOrgId == toOrgId) {
        return Error(Error::Kind::Invalid,
                     tr("the members cannot be moved to the organization they are on the roll of"),
                     QStringLiteral("org"));
    }
    auto onRoll = m_events.onRollOf(fromOrgId, on);
    if (!onRoll.ok()) {
        return onRoll.error();
    }
    for (const qint64 memberId : std::as_const(*onRoll)) {
        auto member = m_members.findById(memberId);
        if (!member.ok()) {
            return member.error();
        }
        if (!member.value()) {
            return Error(Error::Kind::NotFound, tr("the member does not exist"), QStringLiteral("id_number"));
        }
        auto events = m_events.eventsOf(memberId);
        if (!events.ok()) {
            return events.error();
        }
        QList<MembershipEvent> all = *events;
        all.append(MembershipEvent{0, memberId, on, EventKind::Moved, toOrgId, {}});
        // The same replay as recordEvent(): a later event of this member may forbid the move.
        auto timeline = replay(member.value()->birthDate, all);
        if (!timeline.ok()) {
            return Error(
                timeline.error().kind(),
                tr("%1 (%2): %3").arg(member.value()->name, member.value()->idNumber, timeline.error().message()),
                timeline.error().field());
        }
        if (auto written = m_events.replaceHistory(memberId, *timeline); !written.ok()) {
            return written.error();
        }
        if (auto saved = m_members.saveDerived(memberId, *timeline); !saved.ok()) {
            return saved.error();
        }
    }
    return int(onRoll->size());
}

Result<int> MemberService::moveRoll(const UserContext& user, qint64 fromOrgId, qint64 toOrgId, const QDate& on)
{
    if (auto allowed = m_access.canWrite(user, fromOrgId); !allowed.ok()) {
        return allowed.error();
    }
    if (auto allowed = m_access.canWrite(user, toOrgId); !allowed.ok()) {
        return allowed.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto moved = moveRollWithin(fromOrgId, toOrgId, on);
    if (!moved.ok()) {
        return moved;
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return moved;
}

Result<int> MemberService::dissolveMovingRoll(const UserContext& user, qint64 fromOrgId, qint64 toOrgId,
                                              const QDate& on)
{
    if (auto allowed = m_access.canWrite(user, fromOrgId); !allowed.ok()) {
        return allowed.error();
    }
    if (auto allowed = m_access.canWrite(user, toOrgId); !allowed.ok()) {
        return allowed.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto moved = moveRollWithin(fromOrgId, toOrgId, on);
    if (!moved.ok()) {
        return moved;
    }
    // Inside this transaction the organization service sees the moved roll (same connection);
    // its own transaction becomes a savepoint.
    const OrgEvent dissolution{0, fromOrgId, on, OrgEventKind::Dissolved, 0, {}};
    if (auto dissolved = OrganizationService(m_db).recordEvent(user, dissolution); !dissolved.ok()) {
        return dissolved.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return moved;
}
