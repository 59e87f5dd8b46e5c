#include "EventImporter.h"

#include "ImportFormats.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/MemberRules.h"
#include "store/OrganizationStore.h"

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EventImporter", text);
}

bool sameEvent(const MembershipEvent& a, const MembershipEvent& b)
{
    return a.date == b.date && a.kind == b.kind && (a.orgId == b.orgId || a.orgId == 0 || b.orgId == 0);
}

} // namespace

EventImporter::EventImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Events))
    , m_members(db)
    , m_events(db)
{
}

Status EventImporter::begin()
{
    auto orgs = loadOrganizations();
    if (!orgs.ok()) {
        return orgs.error();
    }
    m_orgs = *orgs;
    for (const Organization& org : std::as_const(m_orgs)) {
        m_orgsById.insert(org.id, org);
    }
    return {};
}

Status EventImporter::processRow(const TableRow& row)
{
    const int before = m_report.issues.size();
    MembershipEvent event;
    auto member = recordedMember(row, m_members);
    if (!member.ok()) {
        return member.error();
    }
    const qint64 memberId = *member;
    if (const auto day = date(row, "date")) {
        event.date = *day;
        if (!day->isValid()) {
            report(row.number, QStringLiteral("date"), tr("the date is missing"));
        } else if (*day > Clock::today()) {
            report(row.number, QStringLiteral("date"), tr("the date %1 is in the future").arg(Dates::toText(*day)));
        }
    }
    if (text(row, "kind").isEmpty()) {
        report(row.number, QStringLiteral("kind"), tr("the event is missing"));
    } else if (const auto kind = term(row, "kind", Vocabulary::eventKinds(), EventKind::Admitted)) {
        event.kind = *kind;
    }
    const QString orgCode = text(row, "org");
    if (!orgCode.isEmpty()) {
        const auto it = m_orgs.constFind(orgCode);
        if (it == m_orgs.constEnd()) {
            report(row.number, QStringLiteral("org"), tr("there is no organization with the code %1").arg(orgCode));
        } else {
            event.orgId = it->id;
        }
    }
    event.note = text(row, "note");
    if (m_report.issues.size() != before) {
        return {};
    }
    if (event.orgId == 0 && event.kind != EventKind::Admitted && MemberTimeline::putsOnRoll(event.kind) &&
        event.kind != EventKind::Restored) {
        report(row.number, QStringLiteral("org"), tr("the organization is missing"));
        return {};
    }
    if (event.orgId != 0) {
        if (const QString problem = MemberRules::checkEventOrganization(event, m_orgsById.value(event.orgId));
            !problem.isEmpty()) {
            report(row.number, QStringLiteral("org"), problem);
            return {};
        }
    }
    event.memberId = memberId;
    auto& list = m_byMember[memberId];
    if (list.isEmpty()) {
        m_memberOrder.append(memberId);
    }
    list.append(PendingEvent{row.number, event});
    return {};
}

Status EventImporter::finish()
{
    for (const qint64 memberId : std::as_const(m_memberOrder)) {
        if (auto done = applyMember(memberId, m_byMember.value(memberId)); !done.ok()) {
            return done;
        }
    }
    return {};
}

Status EventImporter::applyMember(qint64 memberId, const QList<PendingEvent>& pending)
{
    auto member = m_members.findById(memberId);
    if (!member.ok()) {
        return member.error();
    }
    auto recorded = m_events.eventsOf(memberId);
    if (!recorded.ok()) {
        return recorded.error();
    }
    QList<MembershipEvent> events = *recorded;
    const bool replacesAdmission = std::any_of(
        pending.cbegin(), pending.cend(), [](const PendingEvent& p) { return p.event.kind == EventKind::Admitted; });
    if (replacesAdmission) {
        // The file's admission replaces the one recorded (import members guessed it).
        events.removeIf([](const MembershipEvent& e) { return e.kind == EventKind::Admitted; });
    }
    int added = 0;
    int completed = 0;
    for (const PendingEvent& p : pending) {
        const auto known =
            std::find_if(events.begin(), events.end(), [&](const MembershipEvent& e) { return sameEvent(e, p.event); });
        if (known != events.end()) {
            // A re-import may complete what was recorded without an organization or a note.
            const bool completes =
                (known->orgId == 0 && p.event.orgId != 0) || (known->note.isEmpty() && !p.event.note.isEmpty());
            if (completes) {
                known->orgId = known->orgId == 0 ? p.event.orgId : known->orgId;
                known->note = known->note.isEmpty() ? p.event.note : known->note;
                ++completed;
            } else {
                ++m_report.unchanged;
            }
            continue;
        }
        MembershipEvent event = p.event;
        event.id = 0; // recorded events keep their ids; new ones get theirs on insert
        events.append(event);
        ++added;
    }
    if (added == 0 && completed == 0 && !replacesAdmission) {
        return {};
    }
    const MemberTimeline timeline = MemberTimeline::build(member.value()->birthDate, events);
    if (!timeline.ok()) {
        for (const MemberTimeline::Violation& v : timeline.violations()) {
            int row = 0;
            for (const PendingEvent& p : pending) {
                if (sameEvent(p.event, v.event) && p.event.kind == v.event.kind) {
                    row = p.row;
                    break;
                }
            }
            if (row == 0) {
                // A recorded event became impossible because of the new ones.
                row = pending.constFirst().row;
                report(row, QStringLiteral("kind"),
                       tr("with this file, the recorded event %1 of %2 becomes impossible: %3")
                           .arg(Vocabulary::eventKinds().label(int(v.event.kind)), Dates::toText(v.event.date),
                                v.message));
            } else {
                report(row, QStringLiteral("kind"), v.message);
            }
        }
        return {};
    }
    if (hasIssues()) {
        return {};
    }
    if (auto written = m_events.replaceHistory(memberId, timeline); !written.ok()) {
        return written;
    }
    if (auto saved = m_members.saveDerived(memberId, timeline); !saved.ok()) {
        return saved;
    }
    m_report.created += added;
    m_report.updated += completed;
    return {};
}
