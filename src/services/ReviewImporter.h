#pragma once

#include "ReviewService.h"
#include "TableImporter.h"
#include "store/MemberStore.h"
#include "store/ReviewStore.h"

#include <QDate>
#include <QHash>

// import reviews (domain.md): one row per member and campaign. The campaign is named by its
// organization and year reviewed (年度) with its date; it is recorded with its first row, and a
// recorded campaign with another date gets the file's date (its results must still fit). Each
// row records or replaces the member's result through ReviewService, so every rule applies: a
// grade for a probationary member, "took part" for a full member, a member not on the
// campaign's roll, an exemption without reason, a handling of anyone but an unqualified member
// are errors at their column. A row equal to the recorded result changes nothing. Persuaded
// to withdraw and removed record the leaving event: all in the import's one transaction.
class ReviewImporter : public TableImporter
{
public:
    ReviewImporter(Database& db, const UserContext& user);

protected:
    Status begin() override;
    Status processRow(const TableRow& row) override;

private:
    // The campaign of a row: recorded (or corrected) the first time the file names it.
    struct CampaignState
    {
        qint64 id = 0; // 0: it could not be recorded (reported at firstRow)
        QDate heldOn;
        int firstRow = 0;
        QHash<qint64, int> rowOfMember;
    };
    Result<CampaignState*> campaignOf(const TableRow& row, qint64 orgId, const QString& orgCode, int year,
                                      const QDate& heldOn);
    std::optional<QDate> requiredDate(const TableRow& row, const char* key, const QString& missing);

    ReviewService m_service;
    ReviewStore m_store;
    MemberStore m_members;
    QHash<QString, qint64> m_orgIds;
    QHash<QString, CampaignState> m_campaigns; // "org id/year"
};
