#include "ApplicantListModel.h"

#include "core/Dates.h"
#include "core/DevelopmentRules.h"
#include "gui/common/TextColors.h"

#include <QColor>

ApplicantListModel::ApplicantListModel(QObject* parent)
    : RecordListModel(ColumnCount, parent)
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

QVariant ApplicantListModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
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
        return stage == DevelopmentStage::Admitted || stage == DevelopmentStage::Closed ? QVariant(TextColors::muted())
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

QStringList ApplicantListModel::columnTitles() const
{
    return {tr("Name"), tr("Citizen ID number"), tr("Organization"),       tr("Stage"),    tr("Applied"),
            tr("Talk"), tr("Activist"),          tr("Development target"), tr("Admitted"), tr("Ended")};
}
