#include "ReviewCorrectionsModel.h"

#include "core/Dates.h"
#include "core/UserContext.h"
#include "gui/common/DaysLeft.h"

ReviewCorrectionsModel::ReviewCorrectionsModel(Database& db, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_db(db)
{
}

Status ReviewCorrectionsModel::load(const QDate& asOf, int withinDays, qint64 rootOrgId)
{
    auto due = ReviewService(m_db).correctionsDue(UserContext::localUser(), asOf, withinDays, rootOrgId);
    setRecords(due.ok() ? *due : QList<ReviewService::CorrectionDue>());
    if (!due.ok()) {
        return due.error();
    }
    return {};
}

int ReviewCorrectionsModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ReviewService::CorrectionDue& c) { return c.daysLeft < 0; }));
}

QString ReviewCorrectionsModel::statusText(int daysLeft)
{
    return DaysLeft::text(daysLeft, DaysLeft::Wording::Deadline);
}

QVariant ReviewCorrectionsModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
        return {};
    }
    const ReviewService::CorrectionDue& c = m_rows.at(index.row());
    switch (role) {
    case MemberIdRole:
        return c.entry.memberId;
    case DaysLeftRole:
        return c.daysLeft;
    case CampaignOrgIdRole:
        return c.campaign.orgId;
    case YearRole:
        return c.campaign.year;
    case Qt::ForegroundRole:
        return DaysLeft::foreground(c.daysLeft < 0);
    case Qt::ToolTipRole:
        return c.entry.note.isEmpty() ? QVariant() : QVariant(c.entry.note);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case IdNumberColumn:
            return c.idNumber;
        case OrganizationColumn:
            return c.orgCode;
        case YearColumn:
            return c.campaign.year;
        case DecidedOnColumn:
            return Dates::toText(c.entry.handledOn);
        case DeadlineColumn:
            return Dates::toText(c.entry.correctionDue);
        case StatusColumn:
            return statusText(c.daysLeft);
        default:
            return {};
        }
    default:
        return {};
    }
}

QStringList ReviewCorrectionsModel::columnTitles() const
{
    return {tr("Name"),       tr("Citizen ID number"), tr("Organization"), tr("Year reviewed"),
            tr("Decided on"), tr("Deadline"),          tr("Status")};
}
