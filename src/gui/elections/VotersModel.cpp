#include "VotersModel.h"

#include "core/ElectionRules.h"

VotersModel::VotersModel(QObject* parent)
    : RecordListModel(ColumnCount, parent)
{
}

void VotersModel::setVoters(const QList<ElectionStore::RollMember>& voters, const QHash<qint64, QString>& orgCodes,
                            const QList<VoterExclusion>& exclusions)
{
    QHash<qint64, VoterExclusion> byMember;
    for (const VoterExclusion& x : exclusions) {
        byMember.insert(x.memberId, x);
    }
    beginResetModel();
    m_rows.clear();
    for (const ElectionStore::RollMember& v : voters) {
        Row row{v, orgCodes.value(v.orgId), false, ExclusionReason::Other, {}};
        if (const auto it = byMember.constFind(v.memberId); it != byMember.constEnd()) {
            row.excluded = true;
            row.reason = it->reason;
            row.note = it->note;
        }
        m_rows.append(row);
    }
    endResetModel();
}

QList<VoterExclusion> VotersModel::exclusions() const
{
    QList<VoterExclusion> result;
    for (const Row& row : m_rows) {
        if (row.excluded) {
            result.append(VoterExclusion{row.voter.memberId, row.reason, row.note});
        }
    }
    return result;
}

int VotersModel::eligibleCount() const
{
    int count = 0;
    for (const Row& row : m_rows) {
        count += row.excluded ? 0 : 1;
    }
    return count;
}

QString VotersModel::memberText(int row) const
{
    const Row& r = m_rows.at(row);
    return QStringLiteral("%1（%2）").arg(r.voter.name, r.voter.idNumber);
}

void VotersModel::setExcluded(int row, bool excluded, ExclusionReason reason)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    Row& r = m_rows[row];
    if (r.excluded == excluded && (!excluded || r.reason == reason)) {
        return;
    }
    r.excluded = excluded;
    r.reason = reason;
    emit dataChanged(index(row, ExcludedColumn), index(row, ReasonColumn));
    emit exclusionsChanged();
}

QVariant VotersModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case MemberIdRole:
        return row.voter.memberId;
    case ExcludedRole:
        return row.excluded;
    case Qt::CheckStateRole:
        return index.column() == ExcludedColumn ? QVariant(row.excluded ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::EditRole:
        return index.column() == ReasonColumn && row.excluded ? QVariant(int(row.reason)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.voter.name;
        case IdNumberColumn:
            return row.voter.idNumber;
        case OrganizationColumn:
            return row.orgCode;
        case ReasonColumn:
            return row.excluded ? ElectionRules::exclusionReasons().label(int(row.reason)) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

bool VotersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isRecordIndex(index)) {
        return false;
    }
    if (index.column() == ExcludedColumn && role == Qt::CheckStateRole) {
        setExcluded(index.row(), value.toInt() == Qt::Checked, m_defaultReason);
        return true;
    }
    if (index.column() == ReasonColumn && role == Qt::EditRole && m_rows.at(index.row()).excluded) {
        bool ok = false;
        const int code = value.toInt(&ok);
        if (!ok || !ElectionRules::exclusionReasons().codes().contains(code)) {
            return false;
        }
        setExcluded(index.row(), true, static_cast<ExclusionReason>(code));
        return true;
    }
    return false;
}

Qt::ItemFlags VotersModel::flags(const QModelIndex& index) const
{
    if (!isRecordIndex(index)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = RecordTableModel::flags(index);
    if (index.column() == ExcludedColumn) {
        result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QStringList VotersModel::columnTitles() const
{
    return {tr("Name"), tr("Citizen ID number"), tr("Organization"), tr("Left out"), tr("Reason")};
}
