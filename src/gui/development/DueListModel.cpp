#include "DueListModel.h"

#include "core/Dates.h"

#include <QColor>

DueListModel::DueListModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void DueListModel::setRows(const QList<DevelopmentService::Due>& rows, const QHash<qint64, QString>& orgNames)
{
    beginResetModel();
    m_rows = rows;
    m_orgNames = orgNames;
    endResetModel();
}

int DueListModel::overdueCount() const
{
    int count = 0;
    for (const DevelopmentService::Due& due : m_rows) {
        count += due.daysLeft < 0 ? 1 : 0;
    }
    return count;
}

QString DueListModel::daysLeftText(int daysLeft)
{
    if (daysLeft < 0) {
        return tr("overdue by %n day(s)", nullptr, -daysLeft);
    }
    if (daysLeft == 0) {
        return tr("due today");
    }
    return tr("%n day(s)", nullptr, daysLeft);
}

int DueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DevelopmentService::Due& d = m_rows.at(index.row());
    switch (role) {
    case ApplicantIdRole:
        return d.applicantId;
    case MemberIdRole:
        return d.memberId;
    case DaysLeftRole:
        return d.daysLeft;
    case OverdueRole:
        return d.daysLeft < 0;
    case Qt::ForegroundRole:
        return d.daysLeft < 0 ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case IdNumberColumn:
            return d.idNumber;
        case OrganizationColumn:
            return m_orgNames.value(d.orgId);
        case SinceColumn:
            return Dates::toText(d.since);
        case DueOnColumn:
            return Dates::toText(d.dueOn);
        case DaysLeftColumn:
            return daysLeftText(d.daysLeft);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case SinceColumn:
        return m_kind == Kind::Talk ? tr("Applied on") : tr("Admitted on");
    case DueOnColumn:
        switch (m_kind) {
        case Kind::Talk:
            return tr("Talk due by");
        case Kind::Approval:
            return tr("Approval due by");
        case Kind::Probation:
            return tr("Probation ends on");
        }
        return {};
    case DaysLeftColumn:
        return tr("Days left");
    default:
        return {};
    }
}
