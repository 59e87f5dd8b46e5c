#include "TermRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TermRules", text);
}

} // namespace

namespace TermRules {

std::optional<int> termYears(OrgType type, UnitCategory unit, bool temporary, const ElectionSettings& settings)
{
    if (temporary || !isGrassroots(type)) {
        return std::nullopt;
    }
    if (unit == UnitCategory::Village || unit == UnitCategory::Community) {
        return settings.villageCommunityTermYears;
    }
    switch (type) {
    case OrgType::Committee:
        return settings.committeeTermYears;
    case OrgType::GeneralBranch:
        return settings.generalBranchTermYears;
    case OrgType::Branch:
        return settings.branchTermYears;
    case OrgType::HigherCommittee:
    case OrgType::Group:
        break;
    }
    return std::nullopt;
}

QDate expiry(const QDate& start, int years)
{
    return start.isValid() ? start.addYears(years) : QDate();
}

QDate latestPostponement(const QDate& expiresOn)
{
    return expiresOn.addMonths(MaxPostponementMonths);
}

QDate reminderStart(const QDate& dueOn, const ElectionSettings& settings)
{
    return dueOn.addMonths(-settings.reminderMonths);
}

int daysOverdue(const QDate& dueOn, const QDate& asOf)
{
    return int(dueOn.daysTo(asOf));
}

std::optional<TermStatus> statusOn(const Organization& org, const QList<TermElection>& elections,
                                   const QList<Postponement>& postponements, const QDate& asOf,
                                   const ElectionSettings& settings)
{
    const auto years = termYears(org, settings);
    if (!years || !asOf.isValid()) {
        return std::nullopt;
    }
    if ((org.establishedOn.isValid() && org.establishedOn > asOf) ||
        (org.dissolvedOn.isValid() && org.dissolvedOn <= asOf)) {
        return std::nullopt;
    }
    TermStatus status;
    status.orgId = org.id;
    status.code = org.code;
    status.name = org.name;
    status.type = org.type;
    const TermElection* last = nullptr;
    for (const TermElection& e : elections) {
        if (e.heldOn.isValid() && e.heldOn <= asOf && (!last || e.heldOn > last->heldOn)) {
            last = &e;
        }
    }
    if (last) {
        status.lastElectionId = last->id;
        status.termStartedOn = last->heldOn;
        status.termYears = last->termYears > 0 ? last->termYears : *years;
    } else if (org.establishedOn.isValid()) {
        status.termStartedOn = org.establishedOn;
        status.termYears = *years;
    } else {
        return std::nullopt;
    }
    status.expiresOn = expiry(status.termStartedOn, status.termYears);
    status.dueOn = status.expiresOn;
    const QDate cap = latestPostponement(status.expiresOn);
    for (const Postponement& p : postponements) {
        if (p.approvedOn.isValid() && p.approvedOn >= status.termStartedOn && p.approvedOn <= asOf &&
            p.dueOn > status.dueOn) {
            status.dueOn = std::min(p.dueOn, cap);
            status.postponed = true;
        }
    }
    status.daysOverdue = daysOverdue(status.dueOn, asOf);
    return status;
}

bool isDue(const TermStatus& status, const QDate& asOf, const ElectionSettings& settings)
{
    return asOf >= reminderStart(status.dueOn, settings);
}

ElectionIssues checkPostponement(const Postponement& p, const std::optional<TermStatus>& current, const QDate& today)
{
    ElectionIssues issues;
    auto add = [&issues](const char* field, const QString& message) {
        issues.append(ElectionIssue{QLatin1String(field), message, -1});
    };
    if (!p.approvedOn.isValid()) {
        add("approved_on", tr("the approval date is missing"));
    } else if (p.approvedOn > today) {
        add("approved_on", tr("the date %1 is in the future").arg(p.approvedOn.toString(Qt::ISODate)));
    }
    if (!p.dueOn.isValid()) {
        add("due_on", tr("the new due date is missing"));
    }
    if (!issues.isEmpty()) {
        return issues;
    }
    if (!current) {
        add("approved_on", tr("the organization has no term to postpone on that date (no valid term election and no "
                              "establishment date recorded, or it did not exist then)"));
        return issues;
    }
    if (p.dueOn <= current->expiresOn) {
        add("due_on", tr("the term expires on %1: a postponement moves the election after that date")
                          .arg(current->expiresOn.toString(Qt::ISODate)));
    } else if (p.dueOn > latestPostponement(current->expiresOn)) {
        add("due_on", tr("a postponement is at most one year: the election is due on %1 at the latest")
                          .arg(latestPostponement(current->expiresOn).toString(Qt::ISODate)));
    }
    return issues;
}

} // namespace TermRules
