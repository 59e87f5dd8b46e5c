#include "DueElectionsModel.h"

#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/DaysLeft.h"
#include "services/ElectionService.h"

DueElectionsModel::DueElectionsModel(Database& db, QObject* parent)
    : RecordListModel(ColumnCount, parent)
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
    setRecords(rows);
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
    return DaysLeft::text(-daysOverdue, DaysLeft::Wording::TermDue);
}

QVariant DueElectionsModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
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
        return DaysLeft::foreground(s.expired());
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

QStringList DueElectionsModel::columnTitles() const
{
    return {tr("Code"), tr("Organization"), tr("Type"), tr("Term started"), tr("Election due"), tr("Status")};
}
