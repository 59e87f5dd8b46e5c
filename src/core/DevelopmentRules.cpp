#include "DevelopmentRules.h"

#include "Dates.h"
#include "Member.h"
#include "MemberRules.h"

#include <QHash>
#include <QSet>

namespace {

struct Step
{
    const char* field;
    QDate Applicant::*date;
};

// The stages in the order domain.md gives them.
constexpr Step Steps[] = {
    {"applied_on", &Applicant::appliedOn},
    {"talked_on", &Applicant::talkedOn},
    {"activist_on", &Applicant::activistOn},
    {"target_on", &Applicant::targetOn},
    {"political_review_on", &Applicant::politicalReviewOn},
    {"trained_on", &Applicant::trainedOn},
    {"pre_reviewed_on", &Applicant::preReviewedOn},
    {"admitted_on", &Applicant::admittedOn},
    {"approved_on", &Applicant::approvedOn},
};

QString stepLabel(const char* field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("applied_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the application")},
        {QStringLiteral("talked_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the talk")},
        {QStringLiteral("activist_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the designation as activist")},
        {QStringLiteral("target_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the designation as development target")},
        {QStringLiteral("political_review_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the political review")},
        {QStringLiteral("trained_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the training")},
        {QStringLiteral("pre_reviewed_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the pre-review")},
        {QStringLiteral("admitted_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the admission")},
        {QStringLiteral("approved_on"), QT_TRANSLATE_NOOP("DevelopmentRules", "the approval")},
    };
    return QCoreApplication::translate("DevelopmentRules", labels.value(QLatin1String(field)));
}

void checkPerson(Applicant& a, const QDate& today, FieldIssues& errors)
{
    Member m;
    m.name = a.name;
    m.gender = a.gender;
    m.idNumber = a.idNumber;
    m.birthDate = a.birthDate;
    m.ethnicity = a.ethnicity;
    m.phone = a.phone;
    errors += MemberRules::checkAndComplete(m, today);
    a.name = m.name;
    a.gender = m.gender;
    a.idNumber = m.idNumber;
    a.birthDate = m.birthDate;
    a.ethnicity = m.ethnicity;
    a.phone = m.phone;
}

void checkOrder(const Applicant& a, const QDate& today, FieldIssues& errors)
{
    const Step* latest = nullptr;
    for (const Step& step : Steps) {
        const QDate& date = a.*step.date;
        if (!date.isValid()) {
            continue;
        }
        if (date > today) {
            errors.append({QLatin1String(step.field),
                           DevelopmentRules::tr("the date %1 is in the future").arg(Dates::toText(date))});
        } else if (latest && date < a.*latest->date) {
            errors.append(
                {QLatin1String(step.field), DevelopmentRules::tr("%1 (%2) is dated before %3 (%4)")
                                                .arg(stepLabel(step.field), Dates::toText(date),
                                                     stepLabel(latest->field), Dates::toText(a.*latest->date))});
        }
        latest = &step;
    }
}

void require(FieldIssues& errors, const Applicant& a, const QDate& present, const char* presentField,
             const QDate Applicant::*needed, const char* neededField)
{
    if (present.isValid() && !(a.*needed).isValid()) {
        errors.append(
            {QLatin1String(neededField),
             DevelopmentRules::tr("%1 needs the date of %2").arg(stepLabel(presentField), stepLabel(neededField))});
    }
}

void checkStages(const Applicant& a, FieldIssues& errors, FieldIssues& warnings)
{
    if (a.orgId == 0) {
        errors.append({QStringLiteral("org"), DevelopmentRules::tr("the organization is missing")});
    }
    if (!a.appliedOn.isValid()) {
        errors.append({QStringLiteral("applied_on"), DevelopmentRules::tr("the application date is missing")});
    }
    require(errors, a, a.targetOn, "target_on", &Applicant::activistOn, "activist_on");
    require(errors, a, a.politicalReviewOn, "political_review_on", &Applicant::targetOn, "target_on");
    require(errors, a, a.trainedOn, "trained_on", &Applicant::targetOn, "target_on");
    require(errors, a, a.preReviewedOn, "pre_reviewed_on", &Applicant::targetOn, "target_on");
    require(errors, a, a.admittedOn, "admitted_on", &Applicant::targetOn, "target_on");
    require(errors, a, a.admittedOn, "admitted_on", &Applicant::trainedOn, "trained_on");
    require(errors, a, a.approvedOn, "approved_on", &Applicant::admittedOn, "admitted_on");
    if (a.trainingHours < 0) {
        errors.append({QStringLiteral("training_hours"), DevelopmentRules::tr("the training hours are negative")});
    }

    if (a.closedOn.isValid()) {
        if (a.admittedOn.isValid()) {
            errors.append({QStringLiteral("closed_on"),
                           DevelopmentRules::tr("an admitted applicant cannot leave the development")});
        } else if (a.appliedOn.isValid() && a.closedOn < a.appliedOn) {
            errors.append(
                {QStringLiteral("closed_on"), DevelopmentRules::tr("the end is dated before the application")});
        }
        if (a.closedReason.trimmed().isEmpty()) {
            errors.append({QStringLiteral("closed_reason"), DevelopmentRules::tr("the reason for the end is missing")});
        }
    }

    const QSet<qint64> contacts(a.contacts.cbegin(), a.contacts.cend());
    if (a.contacts.size() > DevelopmentRules::MaxContacts) {
        errors.append({QStringLiteral("contacts"),
                       DevelopmentRules::tr("an activist has one or two contacts, not %1").arg(a.contacts.size())});
    } else if (contacts.size() != a.contacts.size()) {
        errors.append({QStringLiteral("contacts"), DevelopmentRules::tr("the same contact is named twice")});
    } else if (!a.contacts.isEmpty() && !a.activistOn.isValid()) {
        errors.append({QStringLiteral("contacts"), DevelopmentRules::tr("contacts are assigned to activists")});
    } else if (a.contacts.isEmpty() && a.activistOn.isValid() && !a.admittedOn.isValid()) {
        warnings.append({QStringLiteral("contacts"), DevelopmentRules::tr("the activist has no contact yet")});
    }

    const QSet<qint64> sponsors(a.sponsors.cbegin(), a.sponsors.cend());
    if (a.sponsors.size() > DevelopmentRules::Sponsors) {
        errors.append({QStringLiteral("sponsors"),
                       DevelopmentRules::tr("an admission has two sponsors, not %1").arg(a.sponsors.size())});
    } else if (sponsors.size() != a.sponsors.size()) {
        errors.append({QStringLiteral("sponsors"), DevelopmentRules::tr("the same sponsor is named twice")});
    } else if (a.admittedOn.isValid() && a.sponsors.size() < DevelopmentRules::Sponsors) {
        errors.append({QStringLiteral("sponsors"), DevelopmentRules::tr("the admission needs two sponsors")});
    }
}

// The time rules the record breaks (before exceptions).
QList<DevelopmentRule> brokenTimeRules(const Applicant& a)
{
    QList<DevelopmentRule> broken;
    if (a.birthDate.isValid() && a.appliedOn.isValid() &&
        Dates::age(a.birthDate, a.appliedOn) < DevelopmentRules::MinimumAge) {
        broken.append(DevelopmentRule::MinimumAge);
    }
    if (a.talkedOn.isValid() && a.appliedOn.isValid() && a.talkedOn > DevelopmentRules::talkDue(a)) {
        broken.append(DevelopmentRule::TalkWithinMonth);
    }
    if (a.targetOn.isValid() && a.activistOn.isValid() && a.targetOn < DevelopmentRules::targetEarliest(a)) {
        broken.append(DevelopmentRule::ActivistYear);
    }
    if (a.trainingHours > 0 && a.trainingHours < DevelopmentRules::MinimumTrainingHours) {
        broken.append(DevelopmentRule::TrainingHours);
    }
    if (a.approvedOn.isValid() && a.admittedOn.isValid() && a.approvedOn > DevelopmentRules::approvalDue(a)) {
        broken.append(DevelopmentRule::ApprovalTime);
    }
    return broken;
}

QString violation(DevelopmentRule rule, const Applicant& a)
{
    switch (rule) {
    case DevelopmentRule::MinimumAge:
        return DevelopmentRules::tr("applied at the age of %1: applicants must be 18 or older")
            .arg(Dates::age(a.birthDate, a.appliedOn));
    case DevelopmentRule::TalkWithinMonth:
        return DevelopmentRules::tr("the talk was due within a month of the application (by %1)")
            .arg(Dates::toText(DevelopmentRules::talkDue(a)));
    case DevelopmentRule::ActivistYear:
        return DevelopmentRules::tr("a development target needs a year as activist (not before %1)")
            .arg(Dates::toText(DevelopmentRules::targetEarliest(a)));
    case DevelopmentRule::TrainingHours:
        return DevelopmentRules::tr("%1 hours of training: at least 24 hours (3 days) are required")
            .arg(a.trainingHours);
    case DevelopmentRule::ApprovalTime:
        return DevelopmentRules::tr("the approval was due within 3 months of the admission (by %1)")
            .arg(Dates::toText(DevelopmentRules::approvalDue(a)));
    }
    return {};
}

} // namespace

DevelopmentRules::Check DevelopmentRules::check(Applicant& a, const QDate& today)
{
    Check result;
    a.closedReason = a.closedReason.trimmed();
    checkPerson(a, today, result.errors);
    checkOrder(a, today, result.errors);
    checkStages(a, result.errors, result.warnings);

    const QList<DevelopmentRule> broken = brokenTimeRules(a);
    for (const DevelopmentRule rule : broken) {
        if (a.hasException(rule)) {
            result.excepted.append(rule);
        } else {
            result.errors.append({ruleField(rule), violation(rule, a)});
        }
    }
    // Beyond six months no exception helps (domain.md: within 3 months, at most 6).
    if (a.approvedOn.isValid() && a.admittedOn.isValid() && a.approvedOn > a.admittedOn.addMonths(ApprovalMaxMonths)) {
        result.errors.append({QStringLiteral("approved_on"),
                              tr("the approval came more than 6 months after the admission (by %1 at the latest)")
                                  .arg(Dates::toText(a.admittedOn.addMonths(ApprovalMaxMonths)))});
    }
    QSet<int> seen;
    for (const DevelopmentException& e : a.exceptions) {
        if (e.reason.trimmed().isEmpty()) {
            result.errors.append({QStringLiteral("exception_reason"),
                                  tr("the exception to \"%1\" has no reason").arg(ruleLabel(e.rule))});
        } else if (seen.contains(int(e.rule))) {
            result.errors.append(
                {QStringLiteral("exception_reason"), tr("two exceptions to \"%1\"").arg(ruleLabel(e.rule))});
        } else if (!broken.contains(e.rule)) {
            result.unusedExceptions.append(e.rule);
        }
        seen.insert(int(e.rule));
    }
    return result;
}

QDate DevelopmentRules::talkDue(const Applicant& a)
{
    return a.appliedOn.isValid() ? a.appliedOn.addMonths(TalkMonths) : QDate();
}

QDate DevelopmentRules::targetEarliest(const Applicant& a)
{
    return a.activistOn.isValid() ? a.activistOn.addMonths(ActivistMonths) : QDate();
}

QDate DevelopmentRules::approvalDue(const Applicant& a)
{
    return a.admittedOn.isValid() ? a.admittedOn.addMonths(ApprovalMonths) : QDate();
}

QString DevelopmentRules::ruleLabel(DevelopmentRule rule)
{
    switch (rule) {
    case DevelopmentRule::MinimumAge:
        return tr("18 or older on the application date");
    case DevelopmentRule::TalkWithinMonth:
        return tr("talk within a month of the application");
    case DevelopmentRule::ActivistYear:
        return tr("a year as activist before becoming a development target");
    case DevelopmentRule::TrainingHours:
        return tr("training of at least 24 hours");
    case DevelopmentRule::ApprovalTime:
        return tr("approval within 3 months of the admission");
    }
    return {};
}

QString DevelopmentRules::ruleField(DevelopmentRule rule)
{
    switch (rule) {
    case DevelopmentRule::MinimumAge:
        return QStringLiteral("applied_on");
    case DevelopmentRule::TalkWithinMonth:
        return QStringLiteral("talked_on");
    case DevelopmentRule::ActivistYear:
        return QStringLiteral("target_on");
    case DevelopmentRule::TrainingHours:
        return QStringLiteral("training_hours");
    case DevelopmentRule::ApprovalTime:
        return QStringLiteral("approved_on");
    }
    return {};
}

QList<DevelopmentRule> DevelopmentRules::allRules()
{
    return {DevelopmentRule::MinimumAge, DevelopmentRule::TalkWithinMonth, DevelopmentRule::ActivistYear,
            DevelopmentRule::TrainingHours, DevelopmentRule::ApprovalTime};
}

QString DevelopmentRules::stageLabel(DevelopmentStage stage)
{
    switch (stage) {
    case DevelopmentStage::None:
        return tr("not applied");
    case DevelopmentStage::Applicant:
        return tr("applicant");
    case DevelopmentStage::Activist:
        return tr("activist");
    case DevelopmentStage::Target:
        return tr("development target");
    case DevelopmentStage::Admitted:
        return tr("admitted");
    case DevelopmentStage::Closed:
        return tr("left the development");
    }
    return {};
}
