#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

// The democratic review of members (民主评议党员, domain.md): a campaign per organization and
// year, covering the organization's subtree on its date, with one result per member. The
// integer values are stored in the database: never renumber, only append.

enum class ReviewResult : int {
    None = 0, // no result recorded yet (never stored)
    Excellent = 1,
    Qualified = 2,
    BasicallyQualified = 3,
    Unqualified = 4,
    Participated = 5, // probationary members take part but are never graded
    Absent = 6,       // did not take part
    Exempt = 7,       // excused with an approved reason
};

// Why a member is excused from the review (免评).
enum class ExemptReason : int {
    None = 0,
    Illness = 1,             // 因病
    Abroad = 2,              // 出国（境）6个月以上
    Sentence = 3,            // 正在服刑
    Bedridden = 4,           // 长期卧床
    AwayWithoutTransfer = 5, // 外出6个月以上未转接组织关系
    Other = 6,
};

// The organizational measure taken on an unqualified member (组织处置).
enum class ReviewHandling : int {
    None = 0,
    Correction = 1, // 限期改正: a deadline (6 months by default, at most 1 year)
    Persuaded = 2,  // 劝其退党: the member withdraws (EventKind::Withdrew)
    Removed = 3,    // 除名 (EventKind::Removed)
};

struct ReviewCampaign
{
    qint64 id = 0;
    qint64 orgId = 0; // the organization that ran it; it covers its subtree on heldOn
    int year = 0;     // 年度 reviewed (the meeting is often held early the next year)
    QDate heldOn;
    QString note;
};

// One member's result in a campaign, with the handling of an unqualified member.
struct ReviewEntry
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 memberId = 0;
    qint64 orgId = 0; // derived on write: the organization whose roll the member was on at the campaign date
    ReviewResult result = ReviewResult::None;
    ExemptReason exemptReason = ExemptReason::None;
    ReviewHandling handling = ReviewHandling::None;
    QDate handledOn;     // the decision (persuaded, removed: the member leaves the roll that day)
    QDate correctionDue; // correction: the deadline; kept as history when a later measure replaces it
    QDate correctedOn;   // correction: the member corrected (closes the deadline)
    QString note;        // the approved reason of an exemption, the decision's reference ...

    bool operator==(const ReviewEntry&) const = default;
};

// The counts of one campaign (or part of it) over the members on its roll on its date.
struct ReviewTally
{
    int onRoll = 0;
    int exempt = 0;
    int participated = 0; // graded full members + probationary members who took part
    int excellent = 0;
    int qualified = 0;
    int basicallyQualified = 0;
    int unqualified = 0;
    int absent = 0;
    int notRecorded = 0; // on the roll without a result (counted eligible, not participated)
    int handled = 0;     // unqualified with a measure recorded

    int eligible() const { return onRoll - exempt; }
    int gradedFull() const { return excellent + qualified + basicallyQualified + unqualified; }
};

// The review figures of the statistics (statistics.md, review): members covered by campaigns
// held in the period, each counted once (their latest campaign in the period).
struct ReviewFigures
{
    qint64 eligible = 0; // on the roll at the campaign date, less approved exemptions
    qint64 exempt = 0;
    qint64 participated = 0;
    qint64 excellent = 0;
    qint64 qualified = 0;
    qint64 basicallyQualified = 0;
    qint64 unqualified = 0;
    qint64 handled = 0; // unqualified members with a measure recorded on or before the as-of date

    bool operator==(const ReviewFigures&) const = default;
};
