#include "CommitteeModel.h"

#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "services/ElectionService.h"
#include "services/MemberService.h"

#include <algorithm>

CommitteeModel::CommitteeModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status CommitteeModel::load(qint64 orgId, const QDate& date)
{
    QList<Row> rows;
    Status status;
    if (orgId != 0) {
        const UserContext user = UserContext::localUser();
        auto posts = ElectionService(m_db).committeeOn(user, orgId, date);
        if (posts.ok()) {
            MemberService members(m_db);
            for (const Post& post : std::as_const(*posts)) {
                auto member = members.findById(user, post.memberId);
                rows.append(Row{post, member.ok() && member.value() ? member.value()->name : QString()});
            }
            std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
                return int(a.post.kind) != int(b.post.kind) ? int(a.post.kind) < int(b.post.kind)
                                                            : a.post.from < b.post.from;
            });
        } else {
            status = posts.error();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return status;
}

int CommitteeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitteeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitteeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case PostIdRole:
        return row.post.id;
    case MemberIdRole:
        return row.post.memberId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case PostColumn:
            return Vocabulary::postKinds().label(int(row.post.kind));
        case MemberColumn:
            return row.memberName;
        case FromColumn:
            return Dates::toText(row.post.from);
        case ConcurrentAdminHeadColumn:
            return row.post.concurrentAdminHead ? tr("Yes") : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CommitteeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PostColumn:
        return tr("Post");
    case MemberColumn:
        return tr("Member");
    case FromColumn:
        return tr("Since");
    case ConcurrentAdminHeadColumn:
        return tr("Heads the unit");
    default:
        return {};
    }
}
