#pragma once

#include "core/Result.h"
#include "core/Review.h"
#include "core/ReviewRules.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/ReviewStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

#include <optional>

class Database;

// The democratic review of members (民主评议党员, domain.md).
//
// A campaign belongs to a committee, general branch or branch and a year reviewed (one per
// organization and year); it covers the members on the roll of the organization and its
// sub-organizations on its date. Each member has at most one result per campaign: a grade
// (full members), "took part" (probationary members, never graded), absent, or exempt with an
// approved reason. An unqualified member may be handled: correction within a deadline (the
// default of the settings, at most a year), persuaded to withdraw, or removed. The last two
// record the member's leaving event (EventKind::Withdrew / Removed) through MemberService in
// the same transaction: the member is off the roll from that date, and MemberTimeline refuses
// a re-admission for five years. Such a handling is final here (the member's history holds it).
// Excellent above the share of the settings (1/3) is a warning, never a refusal.
//
// A service caches the organizations each campaign covers while it lives: create one per task
// (a dialog, an import), not one for the program's lifetime.
class ReviewService
{
public:
    explicit ReviewService(Database& db);

    Result<ReviewSettings> settings(const UserContext& user);
    Status setSettings(const UserContext& user, const ReviewSettings& settings);

    // --- Campaigns -------------------------------------------------------------------------
    // Every problem that would refuse the campaign: organization (a committee, general branch
    // or branch that existed on the date), year, date, a second campaign of the same year.
    Result<ReviewIssues> validateCampaign(const UserContext& user, const ReviewCampaign& campaign);
    // Records a campaign (without results); Conflict when the organization already has one for
    // the year. Returns its id.
    Result<qint64> createCampaign(const UserContext& user, const ReviewCampaign& campaign);
    // Corrects the date and note (organization and year stay); every recorded result must fit
    // the new date (the message names the first member that does not).
    Status updateCampaign(const UserContext& user, const ReviewCampaign& campaign);
    // Deletes a campaign and its results; refused (Conflict) once a member was persuaded to
    // withdraw or removed through it.
    Status removeCampaign(const UserContext& user, qint64 campaignId);
    Result<std::optional<ReviewCampaign>> campaign(const UserContext& user, qint64 campaignId);
    Result<std::optional<ReviewCampaign>> findCampaign(const UserContext& user, qint64 orgId, int year);
    Result<QList<ReviewCampaign>> campaignsOf(const UserContext& user, qint64 orgId);

    // --- Results ----------------------------------------------------------------------------
    // A member of the campaign's roll with their result (result None: not recorded yet).
    struct RosterRow
    {
        ReviewStore::RollMember member; // organization and category on the campaign date
        QString orgName;                // the organization's name on that date
        ReviewEntry entry;
        bool onRoll = true; // false: a result recorded for someone not on the roll that day
    };
    // Everyone on the roll of the organization and its sub-organizations on the campaign date,
    // by name, then results recorded for members who are not (history corrected since).
    Result<QList<RosterRow>> roster(const UserContext& user, qint64 campaignId);

    // Completes the entry (its organization, a correction's default deadline) and returns every
    // problem that would refuse it. Errors are for storage failures and unknown campaigns.
    Result<ReviewIssues> validateEntry(const UserContext& user, ReviewEntry& entry);
    // Records or replaces a member's result (Invalid with the first problem's message and field;
    // Conflict when it would change a withdrawal or removal already recorded). Persuaded or
    // removed: records the leaving event on the handling date in the same transaction.
    Status setEntry(const UserContext& user, ReviewEntry entry);
    // Several results in one transaction: all or none (the message names the member).
    Status setEntries(const UserContext& user, const QList<ReviewEntry>& entries);
    // Forgets a member's result (refused once the member was persuaded to withdraw or removed).
    Status clearEntry(const UserContext& user, qint64 campaignId, qint64 memberId);
    // "Set all to qualified": every member on the roll without a result gets qualified, a
    // probationary member "took part". Returns how many results were written.
    Result<int> setAllQualified(const UserContext& user, qint64 campaignId);

    // The counts over the members on the roll on the campaign date.
    Result<ReviewTally> tally(const UserContext& user, qint64 campaignId);
    // Warnings (saved anyway): excellent above the share of the settings, results recorded for
    // members who were not on the roll that day.
    Result<QStringList> warnings(const UserContext& user, qint64 campaignId);

    // A member's results in every campaign, by date (the member's history).
    Result<QList<QPair<ReviewCampaign, ReviewEntry>>> reviewsOfMember(const UserContext& user, qint64 memberId);

    // --- Lists of the department ---------------------------------------------------------------
    // An open correction (限期改正 not yet corrected).
    struct CorrectionDue
    {
        ReviewCampaign campaign;
        ReviewEntry entry;
        QString name;
        QString idNumber;
        qint64 orgId = 0; // the member's organization on asOf
        QString orgCode;
        int daysLeft = 0; // entry.correctionDue - asOf: negative once the deadline has passed
    };
    // Corrections whose deadline has passed or falls within withinDays after asOf, of members on
    // the roll of the subtree of rootOrgId as it stood on asOf (0 = everywhere), earliest
    // deadline first. Members no longer on any roll are not followed.
    Result<QList<CorrectionDue>> correctionsDue(const UserContext& user, const QDate& asOf, int withinDays,
                                                qint64 rootOrgId = 0);

    // One organization of the department overview for a year reviewed.
    struct OverviewRow
    {
        qint64 orgId = 0;
        QString code;
        QString name;
        OrgType type = OrgType::Branch;
        qint64 campaignId = 0;     // its own campaign of the year, 0 when none
        QDate heldOn;              // of its own campaign
        qint64 coveredByOrgId = 0; // no own campaign: the organization whose campaign covered it
        QString coveredByCode;
        QDate coveredOn;
        ReviewTally tally; // over the members on its own roll on the campaign date
        QString warning;   // excellent above the share (own campaign)
        bool held() const { return campaignId != 0; }
        bool covered() const { return campaignId != 0 || coveredByOrgId != 0; }
    };
    // The committees, general branches and branches of the subtree of rootOrgId (0 = all) as it
    // stood at the end of the year (or today), that held a campaign for the year or have members
    // on their own roll: their campaign (own, or the latest of an organization above covering
    // them), and the counts over the members on their own roll. By code.
    Result<QList<OverviewRow>> overview(const UserContext& user, int year, qint64 rootOrgId = 0);

    // --- Statistics -----------------------------------------------------------------------------
    // The review figures (statistics.md, review) of the members on the roll of the given
    // organizations at the date of a campaign held from..to that covered them; a member covered
    // by several counts once, by the latest. `handled` counts measures dated on or before asOf.
    Result<ReviewFigures> figures(const QList<qint64>& orgIds, const QDate& from, const QDate& to, const QDate& asOf);

private:
    // A campaign with the organizations it covers (its subtree on its date), kept for the
    // lifetime of the service: an import checks thousands of results of one campaign.
    struct Scope
    {
        ReviewCampaign campaign;
        QSet<qint64> orgs;
    };
    Result<Scope> scopeOf(qint64 campaignId); // implicitly shared: copies are cheap
    Result<ReviewIssues> checkEntry(const Scope& scope, ReviewEntry& entry, const std::optional<ReviewEntry>& before,
                                    const ReviewSettings& settings);
    // setEntry() inside the caller's transaction.
    Status writeEntry(const UserContext& user, const Scope& scope, ReviewEntry entry, const ReviewSettings& settings);
    Result<ReviewCampaign> existingCampaign(qint64 campaignId);
    Result<QString> memberLabel(qint64 memberId);

    Database& m_db;
    ReviewStore m_store;
    AccessControl m_access;
    QHash<qint64, Scope> m_scopes;
};
