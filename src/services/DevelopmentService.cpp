#include "DevelopmentService.h"

#include "MemberService.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/Vocabulary.h"
#include "store/Database.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DevelopmentService", text);
}

// The member created on admission: the person's fields and the dates of the development the
// member record keeps.
Member memberOf(const Applicant& a)
{
    Member m;
    m.name = a.name;
    m.gender = a.gender;
    m.idNumber = a.idNumber;
    m.birthDate = a.birthDate;
    m.ethnicity = a.ethnicity;
    m.education = a.education;
    m.occupation = a.occupation;
    m.position = a.position;
    m.phone = a.phone;
    m.honours = a.honours;
    m.appliedOn = a.appliedOn;
    m.activistOn = a.activistOn;
    return m;
}

bool within(const QDate& date, const QDate& from, const QDate& to)
{
    return date.isValid() && date >= from && date <= to;
}

bool reached(const QDate& date, const QDate& on)
{
    return date.isValid() && date <= on;
}

} // namespace

DevelopmentService::DevelopmentService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_members(db)
    , m_access(db)
{
}

void DevelopmentService::maskFor(const UserContext& user, Applicant& applicant)
{
    if (m_access.masked(user)) {
        applicant.idNumber = AccessControl::maskIdNumber(applicant.idNumber);
        applicant.phone = AccessControl::maskPhone(applicant.phone);
    }
}

Result<DevelopmentService::Validation> DevelopmentService::validate(const UserContext& user, Applicant& applicant)
{
    if (auto allowed =
            applicant.orgId != 0 ? m_access.canWrite(user, applicant.orgId) : m_access.canWriteSomething(user);
        !allowed.ok()) {
        return allowed.error();
    }
    DevelopmentRules::Check check = DevelopmentRules::check(applicant, Clock::today());
    Validation validation{check.errors, check.warnings, check.excepted};
    for (const DevelopmentRule rule : check.unusedExceptions) {
        validation.warnings.append(
            {QStringLiteral("exception_reason"),
             tr("an exception to \"%1\" is recorded but the rule is kept").arg(DevelopmentRules::ruleLabel(rule))});
    }
    std::optional<Applicant> before;
    if (applicant.id != 0) {
        auto found = m_store.findById(applicant.id);
        if (!found.ok()) {
            return found.error();
        }
        if (!found.value()) {
            return Error(Error::Kind::NotFound, tr("the applicant does not exist"));
        }
        before = *found.value();
        if (auto allowed = m_access.canWrite(user, before->orgId); !allowed.ok()) {
            return allowed.error();
        }
        applicant.memberId = before->memberId;
    } else {
        applicant.memberId = 0;
    }
    if (auto checked = checkRecords(applicant, before, validation); !checked.ok()) {
        return checked.error();
    }
    return validation;
}

Result<std::optional<Organization>> DevelopmentService::organization(qint64 orgId)
{
    if (const auto it = m_organizations.constFind(orgId); it != m_organizations.constEnd()) {
        return *it;
    }
    auto org = OrganizationStore(m_db).findById(orgId);
    if (org.ok()) {
        m_organizations.insert(orgId, *org);
    }
    return org;
}

Result<bool> DevelopmentService::isFullMemberOn(qint64 memberId, const QDate& date)
{
    auto category = m_store.categoryOn(memberId, date);
    if (!category.ok()) {
        return category.error();
    }
    return *category == MemberCategory::Full;
}

Status DevelopmentService::checkRecords(const Applicant& a, const std::optional<Applicant>& before,
                                        Validation& validation)
{
    FieldIssues& errors = validation.errors;
    if (a.orgId != 0) {
        auto org = organization(a.orgId);
        if (!org.ok()) {
            return org.error();
        }
        if (!org.value()) {
            errors.append({QStringLiteral("org"), tr("the organization does not exist")});
        } else if (org.value()->type == OrgType::Group || org.value()->type == OrgType::HigherCommittee) {
            errors.append({QStringLiteral("org"),
                           tr("applicants are developed by a committee, general branch or branch, not by %1 (%2)")
                               .arg(org.value()->code, Vocabulary::orgTypes().label(int(org.value()->type)))});
        } else if (org.value()->dissolvedOn.isValid() && !a.admittedOn.isValid() && !a.closedOn.isValid()) {
            validation.warnings.append(
                {QStringLiteral("org"), tr("the organization %1 was dissolved on %2")
                                            .arg(org.value()->code, Dates::toText(org.value()->dissolvedOn))});
        }
    }

    // The person: one applicant record per person, and not already a member (unless the member
    // is the one this record's admission created).
    if (!a.idNumber.isEmpty()) {
        auto other = m_store.findByIdNumber(a.idNumber);
        if (!other.ok()) {
            return other.error();
        }
        if (other.value() && other.value()->id != a.id) {
            errors.append(
                {QStringLiteral("id_number"), tr("an applicant with the citizen ID number %1 is already recorded (%2)")
                                                  .arg(a.idNumber, other.value()->name)});
        }
        auto member = m_members.idOf(a.idNumber);
        if (!member.ok()) {
            return member.error();
        }
        if (*member != 0 && *member != a.memberId) {
            errors.append({QStringLiteral("id_number"),
                           tr("a member with the citizen ID number %1 already exists").arg(a.idNumber)});
        }
    }

    // Contacts: full members on the day the person became an activist; sponsors: full members
    // on the admission date, other than the person.
    auto checkPeople = [&](const QList<qint64>& people, const QDate& on, const char* field) -> Status {
        for (const qint64 id : people) {
            auto member = m_members.findById(id);
            if (!member.ok()) {
                return member.error();
            }
            if (!member.value()) {
                errors.append({QLatin1String(field), tr("the member does not exist")});
                continue;
            }
            if (member.value()->idNumber == a.idNumber) {
                errors.append({QLatin1String(field), tr("%1 cannot be their own contact or sponsor").arg(a.name)});
                continue;
            }
            if (!on.isValid()) {
                continue;
            }
            auto full = isFullMemberOn(id, on);
            if (!full.ok()) {
                return full.error();
            }
            if (!*full) {
                errors.append({QLatin1String(field),
                               tr("%1 (%2) was not a full member on %3")
                                   .arg(member.value()->name, member.value()->idNumber, Dates::toText(on))});
            }
        }
        return {};
    };
    if (auto checked = checkPeople(a.contacts, a.activistOn, "contacts"); !checked.ok()) {
        return checked;
    }
    if (auto checked = checkPeople(a.sponsors, a.admittedOn, "sponsors"); !checked.ok()) {
        return checked;
    }

    // After the admission the member's history is the record of it.
    if (before && before->memberId != 0) {
        if (a.admittedOn != before->admittedOn) {
            errors.append({QStringLiteral("admitted_on"),
                           tr("the admission is recorded in the member's history: correct it there")});
        }
        if (a.orgId != before->orgId) {
            errors.append(
                {QStringLiteral("org"), tr("the person was admitted into this organization: record a move instead")});
        }
    }
    return {};
}

Result<qint64> DevelopmentService::save(const UserContext& user, Applicant applicant)
{
    Validation validation;
    return save(user, std::move(applicant), validation);
}

Result<qint64> DevelopmentService::save(const UserContext& user, Applicant applicant, Validation& validation)
{
    auto validated = validate(user, applicant);
    if (!validated.ok()) {
        return validated.error();
    }
    validation = std::move(validated.value());
    if (!validation.errors.isEmpty()) {
        const FieldIssue& first = validation.errors.constFirst();
        return Error(Error::Kind::Invalid, first.message, first.field);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    if (applicant.admittedOn.isValid() && applicant.memberId == 0) {
        // The branch meeting's admission: the member and its admission event (probation starts).
        auto member = MemberService(m_db).admit(user, memberOf(applicant), applicant.admittedOn, applicant.orgId);
        if (!member.ok()) {
            const Error& e = member.error();
            return Error(e.kind(), e.message(), e.field().isEmpty() ? QStringLiteral("admitted_on") : e.field());
        }
        applicant.memberId = *member;
    }
    if (applicant.id == 0) {
        if (auto inserted = m_store.insert(applicant); !inserted.ok()) {
            return inserted.error();
        }
    } else if (auto updated = m_store.update(applicant); !updated.ok()) {
        return updated.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return applicant.id;
}

Result<std::optional<Applicant>> DevelopmentService::applicant(const UserContext& user, qint64 id)
{
    auto found = m_store.findById(id);
    if (found.ok() && found.value()) {
        if (auto allowed = m_access.canRead(user, found.value()->orgId); !allowed.ok()) {
            return allowed.error();
        }
        maskFor(user, *found.value());
    }
    return found;
}

Result<std::optional<Applicant>> DevelopmentService::findByIdNumber(const UserContext& user, const QString& idNumber)
{
    auto found = m_store.findByIdNumber(idNumber.trimmed().toUpper());
    if (found.ok() && found.value()) {
        if (auto allowed = m_access.canRead(user, found.value()->orgId); !allowed.ok()) {
            return allowed.error();
        }
        maskFor(user, *found.value());
    }
    return found;
}

Result<QList<Applicant>> DevelopmentService::applicantsOf(const UserContext& user, qint64 rootOrgId, bool includeDone)
{
    auto orgs = visibleOrganizations(user, rootOrgId);
    if (!orgs.ok()) {
        return orgs.error();
    }
    auto applicants = m_store.applicantsOf(*orgs, includeDone);
    if (applicants.ok()) {
        for (Applicant& a : applicants.value()) {
            maskFor(user, a);
        }
    }
    return applicants;
}

Result<QList<qint64>> DevelopmentService::visibleOrganizations(const UserContext& user, qint64 rootOrgId)
{
    if (auto allowed = rootOrgId != 0 ? m_access.canRead(user, rootOrgId) : m_access.canReadSomething(user);
        !allowed.ok()) {
        return allowed.error();
    }
    QList<qint64> orgs;
    if (rootOrgId == 0) {
        // Everywhere the user may see (empty = every organization).
        auto scope = m_access.scope(user);
        if (!scope.ok()) {
            return scope.error();
        }
        if (scope->has_value()) {
            orgs = QList<qint64>((*scope)->cbegin(), (*scope)->cend());
            if (orgs.isEmpty()) {
                orgs.append(-1); // nothing at all, not everything
            }
        }
    } else {
        auto subtree = OrganizationStore(m_db).subtreeOn(rootOrgId, Clock::today());
        if (!subtree.ok()) {
            return subtree.error();
        }
        orgs = *subtree;
        if (orgs.isEmpty()) {
            orgs.append(rootOrgId); // dissolved: its own records
        }
    }
    return orgs;
}

Result<DevelopmentService::Pipeline> DevelopmentService::pipeline(const UserContext& user, qint64 rootOrgId,
                                                                  int withinDays)
{
    const QDate today = Clock::today();
    auto applicants = applicantsOf(user, rootOrgId, true);
    if (!applicants.ok()) {
        return applicants.error();
    }
    Pipeline p;
    auto dueOf = [&today](const Applicant& a, const QDate& since, const QDate& dueOn) {
        return Due{a.id, a.memberId, a.name, a.idNumber, a.orgId, since, dueOn, int(today.daysTo(dueOn))};
    };
    for (const Applicant& a : *applicants) {
        switch (a.stageOn(today)) {
        case DevelopmentStage::Applicant:
            ++p.applicants;
            break;
        case DevelopmentStage::Activist:
            ++p.activists;
            break;
        case DevelopmentStage::Target:
            ++p.targets;
            break;
        default:
            break;
        }
        const bool open = !a.closedOn.isValid() && !a.admittedOn.isValid();
        if (open && reached(a.appliedOn, today) && !a.talkedOn.isValid()) {
            p.talks.append(dueOf(a, a.appliedOn, DevelopmentRules::talkDue(a)));
        }
        if (reached(a.admittedOn, today) && !a.approvedOn.isValid()) {
            p.approvals.append(dueOf(a, a.admittedOn, DevelopmentRules::approvalDue(a)));
        }
    }

    auto orgs = visibleOrganizations(user, rootOrgId);
    if (!orgs.ok()) {
        return orgs.error();
    }
    {
        auto probationers = m_store.probationersOf(*orgs);
        if (!probationers.ok()) {
            return probationers.error();
        }
        QHash<qint64, qint64> applicantOfMember;
        for (const Applicant& a : *applicants) {
            if (a.memberId != 0) {
                applicantOfMember.insert(a.memberId, a.id);
            }
        }
        p.probationary = int(probationers->size());
        for (const DevelopmentStore::Probationer& m : *probationers) {
            // One year; an extension adds 6 to 12 months: the earliest end is shown.
            const QDate ends = m.admittedOn.addMonths(12 + (m.extended ? 6 : 0));
            if (today.daysTo(ends) <= withinDays) {
                const QString idNumber = m_access.masked(user) ? AccessControl::maskIdNumber(m.idNumber) : m.idNumber;
                p.probations.append(Due{applicantOfMember.value(m.memberId), m.memberId, m.name, idNumber, m.orgId,
                                        m.admittedOn, ends, int(today.daysTo(ends))});
            }
        }
    }
    auto byDue = [](const Due& x, const Due& y) { return x.dueOn != y.dueOn ? x.dueOn < y.dueOn : x.name < y.name; };
    for (QList<Due>* list : {&p.talks, &p.approvals, &p.probations}) {
        std::sort(list->begin(), list->end(), byDue);
    }
    return p;
}

Result<DevelopmentService::Figures> DevelopmentService::figures(const QSet<qint64>& inside, const QSet<qint64>& onTree,
                                                                const QDate& from, const QDate& to, const QDate& asOf)
{
    Figures f;
    const Status read = m_store.forEachStageDates([&](const DevelopmentStore::StageDates& a) {
        if (inside.contains(a.orgId)) {
            f.applicantsReceived += within(a.appliedOn, from, to) ? 1 : 0;
            f.activistsDesignated += within(a.activistOn, from, to) ? 1 : 0;
        }
        if (!onTree.contains(a.orgId) || reached(a.admittedOn, asOf) || reached(a.closedOn, asOf)) {
            return;
        }
        if (reached(a.targetOn, asOf)) {
            ++f.targetsAtEnd;
        } else if (reached(a.activistOn, asOf)) {
            ++f.activistsAtEnd;
        }
    });
    if (!read.ok()) {
        return read.error();
    }
    return f;
}
