#include "ReviewCorrectionsModel.h"

#include "core/Dates.h"
#include "core/UserContext.h"

#include <QColor>

ReviewCorrectionsModel::ReviewCorrectionsModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status ReviewCorrectionsModel::load(const QDate& asOf, int withinDays, qint64 rootOrgId)
{
    auto due = ReviewService(m_db).correctionsDue(UserContext::localUser(), asOf, withinDays, rootOrgId);
    beginResetModel();
    m_rows = due.ok() ? *due : QList<ReviewService::CorrectionDue>();
    endResetModel();
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
    if (daysLeft < 0) {
        return tr("overdue by %n day(s)", nullptr, -daysLeft);
    }
    if (daysLeft == 0) {
        return tr("due today");
    }
    return tr("%n day(s) left", nullptr, daysLeft);
}

int ReviewCorrectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewCorrectionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewCorrectionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
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
        return c.daysLeft < 0 ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
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

QVariant ReviewCorrectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdNumberColumn:
        return tr("Citizen ID number");
    case OrganizationColumn:
        return tr("Organization");
    case YearColumn:
        return tr("Year reviewed");
    case DecidedOnColumn:
        return tr("Decided on");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
