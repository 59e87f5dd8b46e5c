#include "MemberTimeline.h"

#include "Dates.h"
#include "ReviewRules.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MemberTimeline", text);
}

constexpr int MinimumAdmissionAge = 18;
constexpr int ProbationMonths = 12;
constexpr int MinimumExtensionMonths = 6;

enum class Phase { None, Outside, OnRoll, Left };

} // namespace

bool MemberTimeline::isLeaving(EventKind kind)
{
    switch (kind) {
    case EventKind::ProbationCancelled:
    case EventKind::TransferredOut:
    case EventKind::Died:
    case EventKind::Expelled:
    case EventKind::Removed:
    case EventKind::Withdrew:
    case EventKind::Suspended:
        return true;
    default:
        return false;
    }
}

bool MemberTimeline::putsOnRoll(EventKind kind)
{
    return kind == EventKind::Admitted || kind == EventKind::TransferredIn || kind == EventKind::Moved ||
           kind == EventKind::Restored;
}

int MemberTimeline::dayRank(EventKind kind)
{
    return kind == EventKind::Admitted ? 0 : 1;
}

MemberTimeline MemberTimeline::build(const QDate& birthDate, QList<MembershipEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const MembershipEvent& a, const MembershipEvent& b) {
        if (a.date != b.date) {
            return a.date < b.date;
        }
        return dayRank(a.kind) < dayRank(b.kind);
    });

    MemberTimeline timeline;
    Phase phase = Phase::None;
    EventKind leftBy = EventKind::Admitted;
    qint64 org = 0;
    qint64 lastRollOrg = 0;
    MemberCategory category = MemberCategory::Unknown;
    QDate admitted;
    bool extended = false;

    for (int i = 0; i < events.size(); ++i) {
        const MembershipEvent& e = events.at(i);
        QString problem;
        const QString kindLabel = Vocabulary::eventKinds().label(int(e.kind));
        const bool givenOrgDiffers = e.orgId != 0 && phase == Phase::OnRoll && e.orgId != org;
        const bool mayBeAdmitted =
            phase == Phase::None || (phase == Phase::Left && leftBy != EventKind::Died &&
                                     leftBy != EventKind::TransferredOut && leftBy != EventKind::Suspended);

        switch (e.kind) {
        case EventKind::Admitted:
            if (!mayBeAdmitted) {
                problem = tr("the member is already a party member");
            } else if (phase == Phase::Left && ReviewRules::barsReadmission(leftBy) &&
                       e.date < ReviewRules::readmissionAllowedFrom(timeline.m_steps.last().event.date)) {
                // Persuaded to withdraw or removed: no re-admission for five years (domain.md).
                problem =
                    tr("the member left on %1 (%2) and may not rejoin before %3")
                        .arg(Dates::toText(timeline.m_steps.last().event.date),
                             Vocabulary::eventKinds().label(int(leftBy)),
                             Dates::toText(ReviewRules::readmissionAllowedFrom(timeline.m_steps.last().event.date)));
            } else if (birthDate.isValid() && Dates::age(birthDate, e.date) < MinimumAdmissionAge) {
                problem = tr("admitted before the age of 18 (born %1)").arg(Dates::toText(birthDate));
            }
            if (problem.isEmpty()) {
                admitted = e.date;
                extended = false;
                category = MemberCategory::Probationary;
                org = e.orgId;
                phase = org != 0 ? Phase::OnRoll : Phase::Outside;
            }
            break;
        case EventKind::ConvertedFull:
        case EventKind::ProbationExtended: {
            const bool conversion = e.kind == EventKind::ConvertedFull;
            if (phase == Phase::None) {
                problem = tr("%1 before admission").arg(kindLabel);
            } else if (phase == Phase::Left) {
                problem = tr("%1 for a member who is not on the roll").arg(kindLabel);
            } else if (category != MemberCategory::Probationary) {
                problem = tr("%1 for a member who is not a probationary member").arg(kindLabel);
            } else if (givenOrgDiffers) {
                problem = tr("%1 names another organization than the member's").arg(kindLabel);
            } else if (!conversion && extended) {
                problem = tr("the probation can be extended only once");
            } else if (conversion) {
                const QDate probationEnds =
                    admitted.addMonths(ProbationMonths + (extended ? MinimumExtensionMonths : 0));
                if (e.date < probationEnds) {
                    problem = tr("converted before the probation ends on %1").arg(Dates::toText(probationEnds));
                }
            }
            if (problem.isEmpty()) {
                if (conversion) {
                    category = MemberCategory::Full;
                } else {
                    extended = true;
                }
            }
            break;
        }
        case EventKind::TransferredIn:
            if (phase == Phase::None) {
                problem = tr("transferred in before admission: record the admission first");
            } else if (phase == Phase::OnRoll) {
                problem = tr("transferred in while already on the roll");
            } else if (phase == Phase::Left && leftBy != EventKind::TransferredOut) {
                problem = tr("transferred in after leaving the party");
            } else if (e.orgId == 0) {
                problem = tr("the organization is missing");
            }
            if (problem.isEmpty()) {
                org = e.orgId;
                phase = Phase::OnRoll;
            }
            break;
        case EventKind::Moved:
            if (phase != Phase::OnRoll) {
                problem = tr("%1 for a member who is not on the roll").arg(kindLabel);
            } else if (e.orgId == 0) {
                problem = tr("the organization is missing");
            } else if (e.orgId == org) {
                problem = tr("moved into the organization the member is already in");
            }
            if (problem.isEmpty()) {
                org = e.orgId;
            }
            break;
        case EventKind::Restored:
            if (phase != Phase::Left || leftBy != EventKind::Suspended) {
                problem = tr("only a suspended member can be restored");
            } else {
                org = e.orgId != 0 ? e.orgId : lastRollOrg;
                phase = Phase::OnRoll;
            }
            break;
        case EventKind::ProbationCancelled:
        case EventKind::TransferredOut:
        case EventKind::Died:
        case EventKind::Expelled:
        case EventKind::Removed:
        case EventKind::Withdrew:
        case EventKind::Suspended:
            if (phase == Phase::Left) {
                problem = tr("%1: the member already left on %2")
                              .arg(kindLabel, Dates::toText(timeline.m_steps.last().event.date));
            } else if (phase != Phase::OnRoll) {
                problem = tr("%1 for a member who is not on the roll").arg(kindLabel);
            } else if (e.kind == EventKind::ProbationCancelled && category != MemberCategory::Probationary) {
                problem = tr("%1 for a member who is not a probationary member").arg(kindLabel);
            } else if (givenOrgDiffers) {
                problem = tr("%1 names another organization than the member's").arg(kindLabel);
            }
            if (problem.isEmpty()) {
                lastRollOrg = org;
                phase = Phase::Left;
                leftBy = e.kind;
            }
            break;
        }
        if (!problem.isEmpty()) {
            timeline.m_violations.append({i, e, problem});
            continue; // a refused event does not change the state
        }
        if (phase == Phase::OnRoll) {
            lastRollOrg = org;
        }
        Step step;
        step.event = e;
        step.rollOrgId = phase == Phase::OnRoll ? org : 0;
        step.category = category;
        if (!timeline.m_steps.isEmpty()) {
            timeline.m_steps.last().endsOn = e.date;
        }
        timeline.m_steps.append(step);
    }
    return timeline;
}

qint64 MemberTimeline::currentOrgId() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().rollOrgId;
}

MemberCategory MemberTimeline::currentCategory() const
{
    return m_steps.isEmpty() ? MemberCategory::Unknown : m_steps.last().category;
}

QDate MemberTimeline::admittedOn() const
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (it->event.kind == EventKind::Admitted) {
            return it->event.date;
        }
    }
    return {};
}

QDate MemberTimeline::fullOn() const
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (it->event.kind == EventKind::ConvertedFull) {
            return it->event.date;
        }
        if (it->event.kind == EventKind::Admitted) {
            break;
        }
    }
    return {};
}

QDate MemberTimeline::leftOn() const
{
    if (m_steps.isEmpty() || !isLeaving(m_steps.last().event.kind)) {
        return {};
    }
    return m_steps.last().event.date;
}

const MemberTimeline::Step* MemberTimeline::stateOn(const QDate& date) const
{
    const Step* found = nullptr;
    for (const Step& step : m_steps) {
        if (step.event.date > date) {
            break;
        }
        found = &step;
    }
    return found;
}
