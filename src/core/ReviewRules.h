#pragma once

#include "Review.h"
#include "Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The uncertain review rules of domain.md as settings with their documented defaults. They
// belong to the database (every user and the command line apply the same) and are stored by
// ReviewStore.
struct ReviewSettings
{
    // Excellent is at most numerator/denominator of the graded full members (a warning).
    int excellentNumerator = 1;
    int excellentDenominator = 3;
    // The default deadline of a correction (限期改正), in months after the decision.
    int correctionMonths = 6;

    bool operator==(const ReviewSettings&) const = default;
};

// A problem that refuses a campaign or a result: field is the import column key.
struct ReviewIssue
{
    QString field;
    QString message; // translated
};
using ReviewIssues = QList<ReviewIssue>;

// The review rules of domain.md (Democratic review), pure: no database. Shared by the review
// grid, the handling dialog, the service, the import and the tests.
namespace ReviewRules {

// A correction's deadline is at most one year after the decision.
constexpr int MaxCorrectionMonths = 12;
// Members persuaded to withdraw or removed may not rejoin for five years.
constexpr int ReadmissionBarYears = 5;

// Excellent, qualified, basically qualified, unqualified.
bool isGrade(ReviewResult result);
// Persuaded to withdraw or removed: the member leaves the roll.
bool leavesTheRoll(ReviewHandling handling);
// The membership event a handling records (Withdrew, Removed); nullopt for none or correction.
std::optional<EventKind> leavingEvent(ReviewHandling handling);

// What refuses a campaign: year, date missing, in the future, or not in the year reviewed or
// the next one (the review of a year is often held early the next year).
ReviewIssues checkCampaign(const ReviewCampaign& campaign, const QDate& today);

// What refuses a result of a member whose category on the campaign date is `category`: no
// result; a grade for a probationary member, "took part" for a full member; an exemption
// without its reason (or a reason without exemption); a handling of anyone but an unqualified
// member; handling dates missing, before the review, in the future; a correction deadline not
// after the decision or more than a year after it. The deadline must be filled in before
// (completeHandling).
ReviewIssues checkEntry(const ReviewEntry& entry, MemberCategory category, const QDate& heldOn, const QDate& today);

// Fills what can be derived: a correction without deadline gets the default one.
void completeHandling(ReviewEntry& entry, const ReviewSettings& settings);
QDate defaultCorrectionDue(const QDate& handledOn, const ReviewSettings& settings);
QDate latestCorrectionDue(const QDate& handledOn);

// The first day a member who left by withdrawal or removal on leftOn may be admitted again.
QDate readmissionAllowedFrom(const QDate& leftOn);
// Whether an event that took the member off the roll bars re-admission for five years.
bool barsReadmission(EventKind leavingKind);

// The most members that may be rated excellent among `gradedFull`: floor(graded * n / d).
int excellentAllowed(int gradedFull, const ReviewSettings& settings);
bool excellentAboveLimit(int excellent, int gradedFull, const ReviewSettings& settings);
// The warning's text (translated), empty when within the limit.
QString excellentWarning(int excellent, int gradedFull, const ReviewSettings& settings);

// Adds one member's result to a tally (None counts as not recorded).
void count(ReviewTally& tally, const ReviewEntry& entry);

// What refuses the settings: the share (1 <= n <= d <= 100) or the months (1 to 12).
ReviewIssues checkSettings(const ReviewSettings& settings);

// The result, the reasons of exemption, the handlings: Chinese labels of domain.md, keys.
const Vocabulary& results();
const Vocabulary& exemptReasons();
const Vocabulary& handlings();

// The handling of an entry in words (translated): "Correction by 2025-06-30", "Persuaded to
// withdraw on 2025-03-01" ...; empty without handling.
QString handlingText(const ReviewEntry& entry);

} // namespace ReviewRules
