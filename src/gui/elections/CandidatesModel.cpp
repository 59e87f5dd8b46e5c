#include "CandidatesModel.h"

#include "core/Vocabulary.h"
#include "gui/common/TextColors.h"

#include <QColor>

CandidatesModel::CandidatesModel(QObject* parent)
    : RecordListModel(ColumnCount, parent)
{
}

void CandidatesModel::setCandidates(const QList<ElectionCandidate>& candidates, const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_rows = candidates;
    m_names = names;
    m_issues.clear();
    endResetModel();
}

int CandidatesModel::addCandidate(qint64 memberId, const QString& name, PostKind position)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    ElectionCandidate c;
    c.memberId = memberId;
    c.position = position;
    m_rows.append(c);
    m_names.insert(memberId, name);
    endInsertRows();
    emit candidatesEdited();
    return row;
}

void CandidatesModel::removeCandidate(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit candidatesEdited();
}

void CandidatesModel::setElected(const QList<bool>& elected)
{
    bool changed = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool value = i < elected.size() && elected.at(i);
        if (m_rows.at(i).elected != value) {
            m_rows[i].elected = value;
            changed = true;
        }
    }
    if (changed && !m_rows.isEmpty()) {
        emit dataChanged(index(0, ElectedColumn), index(int(m_rows.size()) - 1, ElectedColumn));
    }
}

void CandidatesModel::setIssues(const QHash<int, QString>& issues)
{
    if (issues == m_issues) {
        return;
    }
    m_issues = issues;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::ToolTipRole, Qt::ForegroundRole});
    }
}

QVariant CandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
        return {};
    }
    const ElectionCandidate& c = m_rows.at(index.row());
    const bool secretary = c.position == PostKind::Secretary;
    switch (role) {
    case MemberIdRole:
        return c.memberId;
    case PositionRole:
        return int(c.position);
    case Qt::ForegroundRole:
        return m_issues.contains(index.row()) ? QVariant(TextColors::error()) : QVariant();
    case Qt::ToolTipRole:
        return m_issues.value(index.row());
    case Qt::CheckStateRole:
        if (index.column() == ConcurrentAdminHeadColumn && secretary) {
            return c.concurrentAdminHead ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::EditRole:
        return index.column() == VotesColumn ? QVariant(c.votes) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn:
            return m_names.value(c.memberId);
        case PositionColumn:
            return Vocabulary::postKinds().label(int(c.position));
        case VotesColumn:
            return c.votes;
        case ElectedColumn:
            return c.elected ? tr("Yes") : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

bool CandidatesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isRecordIndex(index)) {
        return false;
    }
    ElectionCandidate& c = m_rows[index.row()];
    if (index.column() == VotesColumn && role == Qt::EditRole) {
        bool ok = false;
        const int votes = value.toInt(&ok);
        if (!ok || votes < 0) {
            return false;
        }
        if (votes != c.votes) {
            c.votes = votes;
            emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
            emit candidatesEdited();
        }
        return true;
    }
    if (index.column() == ConcurrentAdminHeadColumn && role == Qt::CheckStateRole &&
        c.position == PostKind::Secretary) {
        const bool checked = value.toInt() == Qt::Checked;
        if (checked != c.concurrentAdminHead) {
            c.concurrentAdminHead = checked;
            emit dataChanged(index, index, {Qt::CheckStateRole});
            emit candidatesEdited();
        }
        return true;
    }
    return false;
}

Qt::ItemFlags CandidatesModel::flags(const QModelIndex& index) const
{
    if (!isRecordIndex(index)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = RecordTableModel::flags(index);
    if (index.column() == VotesColumn) {
        result |= Qt::ItemIsEditable;
    }
    if (index.column() == ConcurrentAdminHeadColumn && m_rows.at(index.row()).position == PostKind::Secretary) {
        result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case PositionColumn:
            return tr("A secretary or deputy candidate listed once also stands for a committee seat; the new committee "
                      "elects them, one candidate per post");
        case ConcurrentAdminHeadColumn:
            return tr("The secretary also heads the unit (一肩挑)");
        case ElectedColumn:
            return tr("Computed from the votes and the rules, never typed");
        default:
            return {};
        }
    }
    return RecordTableModel::headerData(section, orientation, role);
}

QStringList CandidatesModel::columnTitles() const
{
    return {tr("Candidate"), tr("Post sought"), tr("Votes"), tr("Heads the unit"), tr("Elected")};
}
