#pragma once

#include "RollMember.h"
#include "SqliteStatement.h"
#include "core/Result.h"
#include "core/Review.h"
#include "core/ReviewRules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// SQL for democratic review campaigns, their results, the review settings of the database, and
// the roll and tree questions the review needs.
class ReviewStore
{
public:
    explicit ReviewStore(Database& db);

    Result<qint64> insertCampaign(const ReviewCampaign& campaign);
    Status updateCampaign(const ReviewCampaign& campaign);
    // Deletes the campaign and its results.
    Status removeCampaign(qint64 campaignId);
    Result<std::optional<ReviewCampaign>> findCampaign(qint64 campaignId);
    Result<std::optional<ReviewCampaign>> findCampaign(qint64 orgId, int year);
    // The organization's campaigns by year.
    Result<QList<ReviewCampaign>> campaignsOf(qint64 orgId);
    // Campaigns held from..to (inclusive), by date.
    Result<QList<ReviewCampaign>> campaignsHeld(const QDate& from, const QDate& to);
    // Campaigns of a year reviewed, by organization.
    Result<QList<ReviewCampaign>> campaignsOfYear(int year);

    // Inserts or replaces the member's result in the campaign (the id is written back).
    Status saveEntry(ReviewEntry& entry);
    Status removeEntry(qint64 campaignId, qint64 memberId);
    Result<std::optional<ReviewEntry>> findEntry(qint64 campaignId, qint64 memberId);
    Result<QList<ReviewEntry>> entriesOf(qint64 campaignId);
    // The results of a member in every campaign, with the campaign (by date).
    Result<QList<QPair<ReviewCampaign, ReviewEntry>>> entriesOfMember(qint64 memberId);
    // Visits the results of these campaigns (campaign by campaign).
    Status forEachEntry(const QList<qint64>& campaignIds, const std::function<void(const ReviewEntry&)>& visit);
    // Every result with its campaign, by campaign (export).
    Status forEachEntry(const std::function<bool(const ReviewCampaign&, const ReviewEntry&)>& visit);

    // Corrections (限期改正) not yet corrected whose deadline is on or before `until`, with the
    // campaign, by deadline.
    Result<QList<QPair<ReviewCampaign, ReviewEntry>>> openCorrections(const QDate& until);

    // Stored values over the defaults (a missing or unreadable value keeps its default).
    Result<ReviewSettings> settings();
    Status saveSettings(const ReviewSettings& settings);

    // A member on a roll on a date, with the fields the review grid shows.
    using RollMember = ::RollMember;
    // The members on the roll of these organizations on a date, by name.
    Result<QList<RollMember>> onRollOn(const QList<qint64>& orgIds, const QDate& date);
    // Only ids, organizations and categories (the statistics and the overview read many rolls).
    Status visitRoll(const QList<qint64>& orgIds, const QDate& date,
                     const std::function<void(const RollMember&)>& visit);
    // A member's roll organization and category on a date (nullopt: on no roll then).
    Result<std::optional<RollMember>> memberOn(qint64 memberId, const QDate& date);

    // The parent links of every organization (org_links): org existed from starts (inclusive)
    // to ends (exclusive) under parent (0 = root).
    struct Link
    {
        qint64 orgId = 0;
        qint64 parentId = 0;
        QDate starts;
        QDate ends;
    };
    Result<QList<Link>> links();

    // Many new campaigns and results in one transaction (generate): the statements are prepared
    // once. Results are written as given (orgId included: the caller knows the rolls); ids are
    // written back.
    // The secondary indexes of the results (by member, open corrections) are dropped by
    // begin() and built again by finish(): maintained row by row, the index by member costs
    // more than the rows at a million members.
    class BulkInsert
    {
    public:
        explicit BulkInsert(Database& db);
        Status begin();
        Status insertCampaign(ReviewCampaign& campaign);
        Status insertEntry(ReviewEntry& entry);
        Status finish();

    private:
        Database& m_db;
        SqliteStatement m_campaign;
        SqliteStatement m_entry;
        QStringList m_dropped; // the CREATE statements of the indexes to build again
    };

private:
    Result<QList<ReviewCampaign>> selectCampaigns(const QString& where, const QVariantList& values);
    Result<QList<QPair<ReviewCampaign, ReviewEntry>>> selectJoined(const QString& where, const QVariantList& values,
                                                                   const QString& order);

    Database& m_db;
};
