#pragma once

#include "Election.h"
#include "Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The uncertain election and term rules of domain.md, as settings with their documented
// defaults. They belong to the database (every user and the command line count the same way)
// and are stored by ElectionStore; changing them recomputes every verdict.
struct ElectionSettings
{
    // Who the "more than half" of a committee seat is counted against.
    enum class ThresholdBase : int { Present = 0, Eligible = 1 };

    ThresholdBase thresholdBase = ThresholdBase::Present;
    int committeeTermYears = 5;        // 基层党委
    int generalBranchTermYears = 3;    // 党总支
    int branchTermYears = 3;           // 党支部
    int villageCommunityTermYears = 5; // any organization of a village or community unit
    int reminderMonths = 6;            // remind this long before a term expires

    bool operator==(const ElectionSettings&) const = default;
};

// A problem that refuses an election record: field is the import column key (seats, votes
// ...); candidate the index in Election::candidates it is about, -1 for the election itself.
struct ElectionIssue
{
    QString field;
    QString message; // translated
    int candidate = -1;
};
using ElectionIssues = QList<ElectionIssue>;

// The computed result of an election: valid, or the rules it failed; and who was elected.
struct ElectionVerdict
{
    struct Failure
    {
        ElectionRule rule;
        QString message; // translated, with the numbers that failed
    };
    QList<Failure> failures;
    QList<bool> elected;   // per candidate, in the order of Election::candidates
    int committeeSize = 0; // committee members elected (0 without committee candidates)

    bool valid() const { return failures.isEmpty(); }
    int firstRule() const { return failures.isEmpty() ? 0 : int(failures.constFirst().rule); }
    int mask() const;
    // "Valid" or the failures, one per line.
    QString summary() const;
};

// The election rules of domain.md (Elections), pure: no database. Shared by the election
// dialog (the verdict updates as the user types), the service, the imports and the tests.
namespace ElectionRules {

// Candidates a committee election needs for `seats` seats: ceil(seats * 1.2) (差额 >= 20%).
int requiredCandidates(int seats);
// present * 5 >= eligible * 4.
bool quorumMet(int eligible, int present);
// The fewest voters present that make a quorum: ceil(eligible * 4 / 5).
int quorumNeeded(int eligible);
// Committee seats are every post except secretary and deputy secretary.
bool isCommitteeSeat(PostKind position);
// Whether the election elects a committee (it has committee candidates); otherwise the
// meeting elects the secretary (and deputy) directly, one candidate per post.
bool electsCommittee(const Election& election);

// What refuses the record (input errors), before any verdict: impossible counts, duplicate
// candidates, two candidates for one post, votes beyond the ballots or the committee, more
// candidates than posts without a committee ... `today` bounds the dates.
ElectionIssues check(const Election& election, const QDate& today);

// The verdict: quorum, ballots, too few candidates, threshold, tie. Nobody is elected unless
// the election is valid. Safe on records that fail check() (the dialog evaluates as you type).
ElectionVerdict evaluate(const Election& election, const ElectionSettings& settings);

// Copies the verdict into the record's derived fields (verdict, mask, elected flags, expiry).
void applyVerdict(Election& election, const ElectionVerdict& verdict);

// Labels (translated) of a rule and of the verdict stored in a record.
QString ruleLabel(ElectionRule rule);
QString verdictLabel(int verdict);

// Term 换届 / by-election 补选; the reasons for leaving a member out of the eligible voters.
const Vocabulary& kinds();
const Vocabulary& exclusionReasons();
// The threshold base as stored and as typed on the command line ("present" / "eligible").
QString thresholdBaseKey(ElectionSettings::ThresholdBase base);
std::optional<ElectionSettings::ThresholdBase> parseThresholdBase(QStringView text);

} // namespace ElectionRules
