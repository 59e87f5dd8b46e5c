#pragma once

#include "core/Result.h"
#include "gui/common/RecordListModel.h"
#include "services/ReviewService.h"

#include <QDate>
#include <QList>

class Database;

// The correction deadlines (限期改正) running out on a date (ReviewService::correctionsDue):
// open corrections whose deadline has passed (red) or falls within a number of days, earliest
// first.
//
// Columns: name, ID number, organization (code, on the date), year reviewed, decided on,
// deadline, status ("overdue by 3 day(s)", "due today", "10 day(s) left").
class ReviewCorrectionsModel : public RecordListModel<ReviewService::CorrectionDue>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn = 0,
        IdNumberColumn,
        OrganizationColumn,
        YearColumn,
        DecidedOnColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        MemberIdRole = Qt::UserRole + 1, // qint64
        DaysLeftRole,                    // int: negative once the deadline has passed
        CampaignOrgIdRole,               // qint64: the organization that ran the review
        YearRole,                        // int: the year reviewed
    };

    explicit ReviewCorrectionsModel(Database& db, QObject* parent = nullptr);

    // On failure the model is empty and the error returned.
    Status load(const QDate& asOf, int withinDays, qint64 rootOrgId = 0);
    const ReviewService::CorrectionDue& correction(int row) const { return m_rows.at(row); }
    int overdueCount() const;

    // "overdue by %n day(s)" / "due today" / "%n day(s) left" (DaysLeft::Wording::Deadline).
    static QString statusText(int daysLeft);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    Database& m_db;
};
