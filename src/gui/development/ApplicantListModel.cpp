#include "ApplicantListModel.h"

#include "core/Dates.h"
#include "core/DevelopmentRules.h"

#include <QColor>

ApplicantListModel::ApplicantListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ApplicantListModel::setRows(const QList<Applicant>& rows, const QHash<qint64, QString>& orgNames,
                                 const QDate& today)
{
    beginResetModel();
    m_rows = rows;
    m_orgNames = orgNames;
    m_today = today;
    endResetModel();
}

int ApplicantListModel::rowOfApplicant(qint64 applicantId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == applicantId) {
            return row;
        }
    }
    return -1;
}

int ApplicantListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicantListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Applicant& a = m_rows.at(index.row());
    const DevelopmentStage stage = a.stageOn(m_today);
    switch (role) {
    case ApplicantIdRole:
        return a.id;
    case StageRole:
        return int(stage);
    case MemberIdRole:
        return a.memberId;
    case Qt::ForegroundRole:
        // Out of the pipeline: kept for the record, not something to act on.
        return stage == DevelopmentStage::Admitted || stage == DevelopmentStage::Closed
                   ? QVariant(QColor(0x80, 0x80, 0x80))
                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == ClosedOnColumn && !a.closedReason.isEmpty() ? QVariant(a.closedReason) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case IdNumberColumn:
            return a.idNumber;
        case OrganizationColumn:
            return m_orgNames.value(a.orgId);
        case StageColumn:
            return DevelopmentRules::stageLabel(stage);
        case AppliedOnColumn:
            return Dates::toText(a.appliedOn);
        case TalkedOnColumn:
            return Dates::toText(a.talkedOn);
        case ActivistOnColumn:
            return Dates::toText(a.activistOn);
        case TargetOnColumn:
            return Dates::toText(a.targetOn);
        case AdmittedOnColumn:
            return Dates::toText(a.admittedOn);
        case ClosedOnColumn:
            return Dates::toText(a.closedOn);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ApplicantListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case StageColumn:
        return tr("Stage");
    case AppliedOnColumn:
        return tr("Applied");
    case TalkedOnColumn:
        return tr("Talk");
    case ActivistOnColumn:
        return tr("Activist");
    case TargetOnColumn:
        return tr("Development target");
    case AdmittedOnColumn:
        return tr("Admitted");
    case ClosedOnColumn:
        return tr("Ended");
    default:
        return {};
    }
}
