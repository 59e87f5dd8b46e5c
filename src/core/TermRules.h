#pragma once

#include "Election.h"
#include "ElectionRules.h"
#include "Organization.h"

#include <QDate>
#include <QList>

#include <optional>

// Terms of office (domain.md, Organizations: terms): how long a term lasts by organization type
// and unit category, when it expires, when the reminder starts, and how a postponement moves
// the due date. Pure: the callers bring the records.
namespace TermRules {

constexpr int MaxTermYears = 5;
// A postponement needs approval and moves the due date by at most this much.
constexpr int MaxPostponementMonths = 12;

// A valid term election as TermRules needs it.
struct TermElection
{
    qint64 id = 0;
    QDate heldOn;
    int termYears = 0;
};

// The term of an organization (settings): committee 5 years, general branch and branch 3, any
// organization of a village or community unit 5. Nullopt when the organization has no elected
// term: higher committees (appointed), party groups and temporary organizations.
std::optional<int> termYears(OrgType type, UnitCategory unit, bool temporary, const ElectionSettings& settings);
inline std::optional<int> termYears(const Organization& org, const ElectionSettings& settings)
{
    return termYears(org.type, org.unitCategory, org.temporary, settings);
}

// A term started on `start` expires `years` later (29 February: on 28 February).
QDate expiry(const QDate& start, int years);
// The latest due date a postponement of a term expiring on `expiresOn` may approve.
QDate latestPostponement(const QDate& expiresOn);
// The first day on which a term due on `dueOn` is reminded of.
QDate reminderStart(const QDate& dueOn, const ElectionSettings& settings);
// asOf - dueOn in days: >= 0 once the term has expired, negative = days left.
int daysOverdue(const QDate& dueOn, const QDate& asOf);

// Where the organization stands on `asOf`: its current term runs from its last valid term
// election held on or before asOf (else from its establishment: a new organization elects its
// first committee when it is set up), for that election's term years; an approved postponement
// of that term (approved on or after the term started, on or before asOf) moves the due date.
// Nullopt when the organization has no elected term, did not exist on asOf, or has neither a
// valid term election nor an establishment date. `elections` may come in any order; code and
// name of the result are the organization's.
std::optional<TermStatus> statusOn(const Organization& org, const QList<TermElection>& elections,
                                   const QList<Postponement>& postponements, const QDate& asOf,
                                   const ElectionSettings& settings);

// Expired, or expiring within the reminder window.
bool isDue(const TermStatus& status, const QDate& asOf, const ElectionSettings& settings);

// Why a postponement cannot be recorded for the term in `current` (its status on the approval
// date); empty when it can. Field keys: approved_on, due_on.
ElectionIssues checkPostponement(const Postponement& postponement, const std::optional<TermStatus>& current,
                                 const QDate& today);

} // namespace TermRules
