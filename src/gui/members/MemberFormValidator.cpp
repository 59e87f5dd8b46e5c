#include "MemberFormValidator.h"

#include "core/Dates.h"
#include "core/MemberRules.h"
#include "core/MemberTimeline.h"

#include <QCoreApplication>

// Messages use QCoreApplication::translate with the context spelled out, so lupdate finds them.
namespace {

void checkNotFuture(FieldIssues& issues, const QString& field, const QDate& date, const QDate& today)
{
    if (date.isValid() && date > today) {
        issues.append({field, QCoreApplication::translate("MemberFormValidator", "the date %1 is in the future")
                                  .arg(Dates::toText(date))});
    }
}

// The admission and conversion dates, the organization and the age rule, as
// MemberService::admit checks them.
void checkAdmission(const MemberFormValidator::Input& input, const QDate& today, MemberFormValidator::Outcome& outcome)
{
    FieldIssues& issues = outcome.issues;
    const QString org = QStringLiteral("org");
    const QString admittedOn = QStringLiteral("admitted_on");
    const QString fullOn = QStringLiteral("full_on");
    if (input.orgId == 0) {
        const QString typed = input.organizationText.trimmed();
        issues.append(
            {org,
             typed.isEmpty()
                 ? QCoreApplication::translate("MemberFormValidator", "the organization is missing")
                 : QCoreApplication::translate("MemberFormValidator", "no organization is called \"%1\"").arg(typed)});
    }
    if (input.admittedOn.trimmed().isEmpty()) {
        issues.append(
            {admittedOn, QCoreApplication::translate("MemberFormValidator", "the admission date is missing")});
    }
    outcome.admittedOn = MemberFormValidator::parseDate(input.admittedOn, admittedOn, issues);
    outcome.fullOn = MemberFormValidator::parseDate(input.fullOn, fullOn, issues);
    checkNotFuture(issues, admittedOn, outcome.admittedOn, today);
    checkNotFuture(issues, fullOn, outcome.fullOn, today);
    if (!outcome.admittedOn.isValid()) {
        return;
    }

    const MembershipEvent admission{0, 0, outcome.admittedOn, EventKind::Admitted, input.orgId, {}};
    if (input.orgId != 0 && input.organization) {
        if (const QString problem = MemberRules::checkEventOrganization(admission, *input.organization);
            !problem.isEmpty()) {
            issues.append({org, problem});
        }
    }
    QList<MembershipEvent> events{admission};
    if (outcome.fullOn.isValid()) {
        events.append(MembershipEvent{0, 0, outcome.fullOn, EventKind::ConvertedFull, 0, {}});
    }
    // A null birth date (invalid ID number, reported above) skips only the age rule.
    const MemberTimeline timeline = MemberTimeline::build(outcome.member.birthDate, events);
    for (const MemberTimeline::Violation& v : timeline.violations()) {
        issues.append({v.event.kind == EventKind::ConvertedFull ? fullOn : admittedOn, v.message});
    }
}

} // namespace

bool MemberFormValidator::Outcome::hasIssue(const QString& field) const
{
    for (const FieldIssue& issue : issues) {
        if (issue.field == field) {
            return true;
        }
    }
    return false;
}

QString MemberFormValidator::Outcome::messages(const QString& field) const
{
    QStringList lines;
    for (const FieldIssue& issue : issues) {
        if (issue.field == field && !lines.contains(issue.message)) {
            lines.append(issue.message);
        }
    }
    return lines.join(u'\n');
}

QDate MemberFormValidator::parseDate(const QString& text, const QString& field, FieldIssues& issues)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const auto date = Dates::parse(trimmed);
    if (!date) {
        issues.append(
            {field,
             QCoreApplication::translate("MemberFormValidator", "\"%1\" is not a date (YYYY-MM-DD)").arg(trimmed)});
        return {};
    }
    return *date;
}

MemberFormValidator::Outcome MemberFormValidator::check(const Input& input, const QDate& today)
{
    Outcome outcome;
    outcome.member = input.member;
    Member& m = outcome.member;
    m.birthDate = {};
    m.gender = Gender::Unknown;
    FieldIssues dateIssues;
    m.lostContactSince = parseDate(input.lostContactSince, QStringLiteral("lost_contact_since"), dateIssues);
    m.appliedOn = parseDate(input.appliedOn, QStringLiteral("applied_on"), dateIssues);
    m.activistOn = parseDate(input.activistOn, QStringLiteral("activist_on"), dateIssues);

    // Fills the birth date and gender from a valid ID number and checks the personal fields.
    outcome.issues = MemberRules::checkAndComplete(m, today);
    outcome.issues.append(dateIssues);

    if (input.admission) {
        checkAdmission(input, today, outcome);
    } else if (m.birthDate.isValid() && m.birthDate != input.storedBirthDate && !input.history.isEmpty()) {
        const MemberTimeline timeline = MemberTimeline::build(m.birthDate, input.history);
        if (!timeline.ok()) {
            outcome.issues.append({QStringLiteral("birth_date"), timeline.violations().constFirst().message});
        }
    }
    return outcome;
}
