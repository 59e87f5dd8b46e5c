#include "MemberRules.h"

#include "CitizenId.h"
#include "Dates.h"
#include "Ethnicity.h"
#include "MemberTimeline.h"
#include "Vocabulary.h"

#include <QCoreApplication>

namespace MemberRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MemberRules", text);
}

bool plausiblePhone(const QString& phone)
{
    int digits = 0;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            ++digits;
        } else if (c != u'-' && c != u'+' && c != u' ' && c != u'(' && c != u')') {
            return false;
        }
    }
    return digits >= 7 && digits <= 20;
}

void checkNotFuture(FieldIssues& issues, const QString& field, const QDate& date, const QDate& today)
{
    if (date.isValid() && date > today) {
        issues.append({field, tr("the date %1 is in the future").arg(Dates::toText(date))});
    }
}

} // namespace

FieldIssues checkAndComplete(Member& m, const QDate& today)
{
    FieldIssues issues;
    m.name = m.name.trimmed();
    if (m.name.isEmpty()) {
        issues.append({QStringLiteral("name"), tr("the name is missing")});
    } else if (m.name.size() > 50) {
        issues.append({QStringLiteral("name"), tr("the name is longer than 50 characters")});
    }

    const auto id = CitizenId::parse(m.idNumber, today);
    if (!id.ok()) {
        issues.append({QStringLiteral("id_number"), id.error().message()});
    } else {
        m.idNumber = id->text();
        if (!m.birthDate.isValid()) {
            m.birthDate = id->birthDate();
        } else if (m.birthDate != id->birthDate()) {
            issues.append({QStringLiteral("birth_date"),
                           tr("the birth date %1 differs from the one in the citizen ID number (%2)")
                               .arg(Dates::toText(m.birthDate), Dates::toText(id->birthDate()))});
        }
        if (m.gender == Gender::Unknown) {
            m.gender = id->gender();
        } else if (m.gender != id->gender()) {
            issues.append({QStringLiteral("gender"), tr("the gender differs from the one in the citizen ID number (%1)")
                                                         .arg(Vocabulary::genders().label(int(id->gender())))});
        }
    }

    if (!m.ethnicity.trimmed().isEmpty()) {
        const auto ethnicity = Ethnicity::normalize(m.ethnicity);
        if (ethnicity) {
            m.ethnicity = *ethnicity;
        } else {
            issues.append({QStringLiteral("ethnicity"), tr("unknown ethnic group \"%1\"").arg(m.ethnicity)});
        }
    }
    m.phone = m.phone.trimmed();
    if (!m.phone.isEmpty() && !plausiblePhone(m.phone)) {
        issues.append({QStringLiteral("phone"), tr("\"%1\" is not a phone number").arg(m.phone)});
    }
    checkNotFuture(issues, QStringLiteral("lost_contact_since"), m.lostContactSince, today);
    checkNotFuture(issues, QStringLiteral("applied_on"), m.appliedOn, today);
    checkNotFuture(issues, QStringLiteral("activist_on"), m.activistOn, today);
    return issues;
}

QString checkEventOrganization(const MembershipEvent& event, const Organization& org)
{
    if (org.dissolvedOn.isValid() && event.date >= org.dissolvedOn && !MemberTimeline::isLeaving(event.kind)) {
        return tr("the organization %1 was dissolved on %2").arg(org.code, Dates::toText(org.dissolvedOn));
    }
    if (MemberTimeline::putsOnRoll(event.kind) &&
        (org.type == OrgType::Group || org.type == OrgType::HigherCommittee)) {
        return tr("members are kept on the roll of a committee, general branch or branch, not of %1 (%2)")
            .arg(org.code, Vocabulary::orgTypes().label(int(org.type)));
    }
    return {};
}

} // namespace MemberRules
