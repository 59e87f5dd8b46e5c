#include "ApplicantImporter.h"

#include "ImportFormats.h"
#include "core/CitizenId.h"
#include "core/Clock.h"
#include "store/OrganizationStore.h"

#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ApplicantImporter", text);
}

} // namespace

ApplicantImporter::ApplicantImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Applicants))
    , m_service(db)
    , m_members(db)
{
}

Status ApplicantImporter::begin()
{
    auto ids = OrganizationStore(m_db).idsByCode();
    if (!ids.ok()) {
        return ids.error();
    }
    m_orgIds = *ids;
    return {};
}

Result<QList<qint64>> ApplicantImporter::people(const TableRow& row, const char* key)
{
    QList<qint64> ids;
    static const QRegularExpression separators(QStringLiteral("[;；,，、\\s]+"));
    for (const QString& number : text(row, key).split(separators, Qt::SkipEmptyParts)) {
        const auto parsed = CitizenId::parse(number, Clock::today());
        const QString normalized = parsed.ok() ? parsed->text() : number.toUpper();
        auto id = m_members.idOf(normalized);
        if (!id.ok()) {
            return id.error();
        }
        if (*id == 0) {
            report(row.number, QLatin1String(key), tr("there is no member with the citizen ID number %1").arg(number));
        } else {
            ids.append(*id);
        }
    }
    return ids;
}

Status ApplicantImporter::processRow(const TableRow& row)
{
    const int before = int(m_report.issues.size());
    Applicant a;
    a.name = text(row, "name");
    a.idNumber = text(row, "id_number");
    if (a.idNumber.isEmpty()) {
        report(row.number, QStringLiteral("id_number"), tr("the citizen ID number is missing"));
    }
    if (const auto gender = term(row, "gender", Vocabulary::genders(), Gender::Unknown)) {
        a.gender = *gender;
    }
    if (const auto education = term(row, "education", Vocabulary::educations(), Education::Unknown)) {
        a.education = *education;
    }
    if (const auto occupation = term(row, "occupation", Vocabulary::occupations(), Occupation::Unknown)) {
        a.occupation = *occupation;
    }
    a.ethnicity = text(row, "ethnicity");
    a.position = text(row, "position");
    a.phone = text(row, "phone");
    a.honours = text(row, "honours");
    a.closedReason = text(row, "closed_reason");
    a.note = text(row, "note");
    const QString orgCode = text(row, "org");
    if (orgCode.isEmpty()) {
        report(row.number, QStringLiteral("org"), tr("the organization is missing"));
    } else if (a.orgId = m_orgIds.value(orgCode); a.orgId == 0) {
        report(row.number, QStringLiteral("org"), tr("there is no organization with the code %1").arg(orgCode));
    }
    struct DateField
    {
        const char* key;
        QDate* target;
    };
    for (const DateField& d :
         {DateField{"birth_date", &a.birthDate}, DateField{"applied_on", &a.appliedOn},
          DateField{"talked_on", &a.talkedOn}, DateField{"activist_on", &a.activistOn},
          DateField{"target_on", &a.targetOn}, DateField{"political_review_on", &a.politicalReviewOn},
          DateField{"trained_on", &a.trainedOn}, DateField{"pre_reviewed_on", &a.preReviewedOn},
          DateField{"admitted_on", &a.admittedOn}, DateField{"approved_on", &a.approvedOn},
          DateField{"closed_on", &a.closedOn}}) {
        if (const auto value = date(row, d.key)) {
            *d.target = *value;
        }
    }
    if (const QString hours = text(row, "training_hours"); !hours.isEmpty()) {
        bool ok = false;
        a.trainingHours = hours.toInt(&ok);
        if (!ok || a.trainingHours < 0) {
            report(row.number, QStringLiteral("training_hours"), tr("\"%1\" is not a number of hours").arg(hours));
        }
    }
    auto contacts = people(row, "contacts");
    auto sponsors = people(row, "sponsors");
    for (const auto* list : {&contacts, &sponsors}) {
        if (!list->ok()) {
            return list->error();
        }
    }
    a.contacts = *contacts;
    a.sponsors = *sponsors;
    if (int(m_report.issues.size()) != before) {
        return {};
    }

    // The recorded applicant this row corrects, if any.
    auto recorded = m_service.findByIdNumber(m_user, a.idNumber);
    if (!recorded.ok()) {
        return recorded.error();
    }
    if (recorded.value()) {
        a.id = recorded.value()->id;
        a.memberId = recorded.value()->memberId;
    }
    const QString exceptionReason = text(row, "exception_reason");
    if (!exceptionReason.isEmpty()) {
        // An exception for every time rule, then only those for the rules the row breaks.
        for (const DevelopmentRule rule : DevelopmentRules::allRules()) {
            a.exceptions.append({rule, exceptionReason});
        }
    } else if (recorded.value()) {
        a.exceptions = recorded.value()->exceptions;
    }
    // The time rules need no records: checked here (which also completes the birth date and
    // gender from the ID number), the records once by save().
    const DevelopmentRules::Check timeRules = DevelopmentRules::check(a, Clock::today());
    if (!exceptionReason.isEmpty()) {
        a.exceptions.removeIf([&](const DevelopmentException& e) { return !timeRules.excepted.contains(e.rule); });
    }
    if (const auto it = m_rowOfPerson.constFind(a.idNumber); it != m_rowOfPerson.constEnd()) {
        report(row.number, QStringLiteral("id_number"), tr("this person is already in row %1").arg(it.value()));
        return {};
    }
    m_rowOfPerson.insert(a.idNumber, row.number);
    if (recorded.value() && *recorded.value() == a) {
        ++m_report.unchanged;
        return {};
    }
    DevelopmentService::Validation validation;
    if (auto saved = m_service.save(m_user, a, validation); !saved.ok()) {
        for (const FieldIssue& issue : std::as_const(validation.errors)) {
            report(row.number, issue.field, issue.message);
        }
        if (validation.errors.isEmpty() && !reportError(row.number, saved.error(), QStringLiteral("id_number"))) {
            return saved.error();
        }
        return {};
    }
    if (recorded.value()) {
        ++m_report.updated;
    } else {
        ++m_report.created;
    }
    return {};
}
