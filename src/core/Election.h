#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

// Term elections (换届选举) and by-elections (补选) of a grassroots organization (domain.md,
// Elections). The integer values are stored in the database: never renumber, only append.

enum class ElectionKind : int { Term = 1, ByElection = 2 };

// Why a full member on the roll is not counted among the eligible voters (应到会有选举权党员).
enum class ExclusionReason : int {
    PartyProbation = 1, // 受留党察看处分: no right to vote
    Illness = 2,        // 因病不能参加
    Abroad = 3,         // 出国（境）
    Away = 4,           // 外出务工经商, 流动在外
    Other = 5,
};

// The rules a verdict can fail (ElectionRules::evaluate). Stored as the first failed rule and
// as a bit mask (1 << (rule - 1)) of all of them.
enum class ElectionRule : int {
    Quorum = 1,           // fewer than 4/5 of the eligible voters present
    Ballots = 2,          // more ballots returned than issued: the round is void
    TooFewCandidates = 3, // committee candidates < ceil(seats * 1.2), or no candidate for a post
    Threshold = 4,        // a seat or post not won by more than half of the base
    Tie = 5,              // a tie for the last seat: re-vote
};

// One candidate of an election: for a committee seat (CommitteeMember, or a committee post with
// its division of work such as OrganizationMember) or for secretary / deputy secretary. When
// the election elects a committee, the secretary and deputy are then elected by the new
// committee among its members, one candidate per post. A secretary or deputy candidate listed
// once stands for a committee seat with the meeting's votes and, elected to it, is the
// committee's candidate for the post (its vote is not recorded); listed a second time as a
// committee candidate, the post row holds the committee's votes for the post.
struct ElectionCandidate
{
    qint64 id = 0;
    qint64 memberId = 0;
    PostKind position = PostKind::CommitteeMember;
    int votes = 0;
    bool concurrentAdminHead = false; // 一肩挑 (secretary only)
    bool elected = false;             // computed by ElectionRules, never typed
};

struct VoterExclusion
{
    qint64 memberId = 0;
    ExclusionReason reason = ExclusionReason::Other;
    QString note;
};

struct Election
{
    qint64 id = 0;
    qint64 orgId = 0;
    QDate heldOn;
    ElectionKind kind = ElectionKind::Term;
    int seats = 0;    // 应选人数: committee seats, or the posts of an election without committee
    int eligible = 0; // 应到会有选举权党员
    int present = 0;  // 实到会有选举权党员
    int ballotsIssued = 0;
    int ballotsReturned = 0;
    QDate approvedOn; // 上级批复日期
    QString approvalDocument;
    int termYears = 0; // term elections: the approved term (0 = the default of TermRules)
    QString note;
    QList<ElectionCandidate> candidates;
    QList<VoterExclusion> exclusions; // how `eligible` was reached (optional)

    // Derived on every write (ElectionRules::evaluate), read-only for callers.
    ElectionRule firstFailure() const { return ElectionRule(verdict); }
    bool valid() const { return verdict == 0; }
    int verdict = 0;     // 0 = valid, else the first failed ElectionRule
    int failureMask = 0; // every failed rule, 1 << (rule - 1)
    QDate expiresOn;     // valid term elections: heldOn + termYears
};

// A postponement of the term election approved by the higher committee (at most one year
// after the term's expiry): the approved new due date.
struct Postponement
{
    qint64 id = 0;
    qint64 orgId = 0;
    QDate approvedOn;
    QDate dueOn;
    QString document;
    QString note;
};

// Where an organization stands with its term on a date (TermRules::statusOn).
struct TermStatus
{
    qint64 orgId = 0;
    QString code;
    QString name;
    OrgType type = OrgType::Branch;
    qint64 lastElectionId = 0; // 0: no valid term election recorded
    QDate termStartedOn;       // the last valid term election, else the establishment
    int termYears = 0;         // of that term
    QDate expiresOn;           // termStartedOn + termYears
    QDate dueOn;               // expiresOn, or the approved postponement
    bool postponed = false;    // dueOn comes from a postponement
    int daysOverdue = 0;       // asOf - dueOn: >= 0 expired, negative = days left
    bool expired() const { return daysOverdue >= 0; }
};

// The elections figures of the statistics (statistics.md): term elections dated in the period
// in the organizations given, how many of them failed a rule, the organizations among them, and
// the organizations whose term had expired on the as-of date with no valid election since.
struct ElectionFigures
{
    qint64 held = 0;
    qint64 organizationsElected = 0;
    qint64 invalid = 0;
    qint64 dueNotHeld = 0;
};
