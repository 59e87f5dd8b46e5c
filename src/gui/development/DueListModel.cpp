#include "DueListModel.h"

#include "core/Dates.h"
#include "gui/common/DaysLeft.h"

DueListModel::DueListModel(Kind kind, QObject* parent)
    : RecordListModel(ColumnCount, parent)
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
    return DaysLeft::text(daysLeft, DaysLeft::Wording::StepDue);
}

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
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
        return DaysLeft::foreground(d.daysLeft < 0);
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

QStringList DueListModel::columnTitles() const
{
    QString dueOn;
    switch (m_kind) {
    case Kind::Talk:
        dueOn = tr("Talk due by");
        break;
    case Kind::Approval:
        dueOn = tr("Approval due by");
        break;
    case Kind::Probation:
        dueOn = tr("Probation ends on");
        break;
    }
    return {tr("Name"),
            tr("Citizen ID number"),
            tr("Organization"),
            m_kind == Kind::Talk ? tr("Applied on") : tr("Admitted on"),
            dueOn,
            tr("Days left")};
}
