#include "CommitteeModel.h"

#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "services/ElectionService.h"

#include <algorithm>

CommitteeModel::CommitteeModel(Database& db, QObject* parent)
    : RecordListModel(ColumnCount, parent)
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
            const QHash<qint64, QString> names = PostsModel::holderNames(m_db, *posts);
            for (const Post& post : std::as_const(*posts)) {
                rows.append(Row{post, names.value(post.memberId), true});
            }
            std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
                return int(a.post.kind) != int(b.post.kind) ? int(a.post.kind) < int(b.post.kind)
                                                            : a.post.from < b.post.from;
            });
        } else {
            status = posts.error();
        }
    }
    setRecords(std::move(rows));
    return status;
}

QVariant CommitteeModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
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

QStringList CommitteeModel::columnTitles() const
{
    return {tr("Post"), tr("Member"), tr("Since"), tr("Heads the unit")};
}
