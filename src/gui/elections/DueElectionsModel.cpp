#include "DueElectionsModel.h"

#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "services/ElectionService.h"

#include <QColor>

DueElectionsModel::DueElectionsModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status DueElectionsModel::load(const QDate& asOf, qint64 rootOrgId, Filter filter)
{
    auto due = ElectionService(m_db).due(UserContext::localUser(), asOf, rootOrgId);
    if (!due.ok()) {
        setRows({});
        return due.error();
    }
    QList<TermStatus> rows;
    for (const TermStatus& s : std::as_const(*due)) {
        if (filter == Filter::All || (filter == Filter::Expired) == s.expired()) {
            rows.append(s);
        }
    }
    setRows(rows);
    return {};
}

void DueElectionsModel::setRows(const QList<TermStatus>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DueElectionsModel::expiredCount() const
{
    int count = 0;
    for (const TermStatus& s : m_rows) {
        count += s.expired() ? 1 : 0;
    }
    return count;
}

QString DueElectionsModel::statusText(int daysOverdue)
{
    if (daysOverdue > 0) {
        return tr("overdue by %n day(s)", nullptr, daysOverdue);
    }
    if (daysOverdue == 0) {
        return tr("due today");
    }
    return tr("due in %n day(s)", nullptr, -daysOverdue);
}

int DueElectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueElectionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueElectionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TermStatus& s = m_rows.at(index.row());
    switch (role) {
    case OrgIdRole:
        return s.orgId;
    case DaysOverdueRole:
        return s.daysOverdue;
    case ExpiredRole:
        return s.expired();
    case Qt::ForegroundRole:
        return s.expired() ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DueOnColumn && s.postponed) {
            return tr("Postponed with approval from %1").arg(Dates::toText(s.expiresOn));
        }
        if (index.column() == TermStartedColumn && s.lastElectionId == 0) {
            return tr("No valid term election recorded: the term is counted from the establishment");
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return s.code;
        case NameColumn:
            return s.name;
        case TypeColumn:
            return Vocabulary::orgTypes().label(int(s.type));
        case TermStartedColumn:
            return s.lastElectionId == 0 ? tr("%1 (established)").arg(Dates::toText(s.termStartedOn))
                                         : Dates::toText(s.termStartedOn);
        case DueOnColumn:
            return s.postponed ? tr("%1 (postponed)").arg(Dates::toText(s.dueOn)) : Dates::toText(s.dueOn);
        case StatusColumn:
            return statusText(s.daysOverdue);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DueElectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Organization");
    case TypeColumn:
        return tr("Type");
    case TermStartedColumn:
        return tr("Term started");
    case DueOnColumn:
        return tr("Election due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
