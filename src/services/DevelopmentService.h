#pragma once

#include "core/Applicant.h"
#include "core/DevelopmentRules.h"
#include "core/Organization.h"
#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/DevelopmentStore.h"
#include "store/MemberStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

class Database;

// The development of new members (发展党员, domain.md): applicants through their stages up to
// the admission by the branch meeting. On top of DevelopmentRules it checks what needs the
// records: the organization (a committee, general branch or branch existing on the dates), the
// person not yet a member nor another applicant, contacts full members on the day the person
// became an activist, and the two sponsors full members on the admission date.
//
// Recording the admission date admits the person: the member is created with its admission
// event (MemberService::admit, probation starts) in the same transaction, and from then on the
// member's history holds the rest (conversion, extension, cancellation are membership events).
// The admission itself is then corrected in the member's history, not here.
//
// Access (docs/access.md): reading needs read access to the applicant's organization, recording
// write access (to the old and the new organization of a corrected record); "everywhere" is the
// user's subtree; viewers see ID numbers and phones masked. figures() is the statistics engine's
// (which checks its caller).
//
// A service remembers the organizations it looked up while it lives: create one per task (a
// dialog, an import), not one for the program's lifetime.
class DevelopmentService
{
public:
    explicit DevelopmentService(Database& db);

    struct Validation
    {
        FieldIssues errors;              // any error refuses the record
        FieldIssues warnings;            // saved anyway
        QList<DevelopmentRule> excepted; // broken time rules allowed by a recorded exception
    };
    // Completes the record (ID number, birth date, gender) and returns every problem. Errors
    // are for storage failures only.
    Result<Validation> validate(const UserContext& user, Applicant& applicant);
    // Records a new applicant (id 0) or corrects one, admitting the person when the admission
    // date is recorded for the first time. Invalid with the first problem (message, field).
    // Returns the applicant's id.
    Result<qint64> save(const UserContext& user, Applicant applicant);
    // The same, validating once and handing every problem back in `validation` (imports report
    // them all without checking the row twice).
    Result<qint64> save(const UserContext& user, Applicant applicant, Validation& validation);
    Result<std::optional<Applicant>> applicant(const UserContext& user, qint64 id);
    Result<std::optional<Applicant>> findByIdNumber(const UserContext& user, const QString& idNumber);
    // The applicants of the organizations of rootOrgId's subtree as it stands today (0 = all),
    // by application date. includeDone: also those admitted or who left the development.
    Result<QList<Applicant>> applicantsOf(const UserContext& user, qint64 rootOrgId, bool includeDone);

    // What the pipeline view of an organization shows (its subtree as it stands today).
    struct Due
    {
        qint64 applicantId = 0; // 0 for a probationary member entered without an applicant record
        qint64 memberId = 0;
        QString name;
        QString idNumber;
        qint64 orgId = 0;
        QDate since; // the step that started the wait: application, admission
        QDate dueOn;
        int daysLeft = 0; // dueOn - today: negative once overdue
    };
    struct Pipeline
    {
        int applicants = 0; // stage on today
        int activists = 0;
        int targets = 0;
        int probationary = 0;  // probationary members on the rolls of the subtree
        QList<Due> talks;      // applications without a talk yet (due within a month), earliest first
        QList<Due> approvals;  // admissions not yet approved by the higher committee (3 months)
        QList<Due> probations; // probations ending within `withinDays` (or already ended), earliest first
    };
    Result<Pipeline> pipeline(const UserContext& user, qint64 rootOrgId, int withinDays = 30);

    // statistics.md development: applications and activist designations dated from..to in the
    // organizations `inside`; activists and development targets on asOf in the organizations
    // `onTree` (the organization an applicant is recorded with).
    struct Figures
    {
        qint64 applicantsReceived = 0;
        qint64 activistsDesignated = 0;
        qint64 activistsAtEnd = 0;
        qint64 targetsAtEnd = 0;
    };
    Result<Figures> figures(const QSet<qint64>& inside, const QSet<qint64>& onTree, const QDate& from, const QDate& to,
                            const QDate& asOf);

private:
    // Checks against the records (organization, the person, contacts and sponsors).
    Status checkRecords(const Applicant& applicant, const std::optional<Applicant>& before, Validation& validation);
    Result<bool> isFullMemberOn(qint64 memberId, const QDate& date);
    Result<std::optional<Organization>> organization(qint64 orgId);
    // The organizations of rootOrgId's subtree today, or (0) of everything the user may see;
    // empty = every organization.
    Result<QList<qint64>> visibleOrganizations(const UserContext& user, qint64 rootOrgId);

    // Masks the person's ID number and phone for viewers.
    void maskFor(const UserContext& user, Applicant& applicant);

    Database& m_db;
    DevelopmentStore m_store;
    MemberStore m_members; // kept: its prepared lookups serve every row of an import
    AccessControl m_access;
    QHash<qint64, std::optional<Organization>> m_organizations;
};
