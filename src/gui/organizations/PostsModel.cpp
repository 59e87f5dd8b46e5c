#include "PostsModel.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "services/MemberService.h"
#include "services/PostService.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>

#include <algorithm>

PostsModel::PostsModel(Database& db, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_db(db)
{
}

bool PostsModel::isCurrent(const Post& post, const QDate& today)
{
    return !post.to.isValid() || post.to > today;
}

QHash<qint64, QString> PostsModel::holderNames(Database& db, const QList<Post>& posts)
{
    const UserContext user = UserContext::localUser();
    MemberService members(db);
    QHash<qint64, QString> names;
    for (const Post& post : posts) {
        if (!names.contains(post.memberId)) {
            auto member = members.findById(user, post.memberId);
            names.insert(post.memberId, member.ok() && member.value() ? member.value()->name : QString());
        }
    }
    return names;
}

Status PostsModel::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
    return refresh();
}

Status PostsModel::refresh()
{
    QList<Row> rows;
    Status status;
    if (m_orgId != 0) {
        const UserContext user = UserContext::localUser();
        auto posts = PostService(m_db).postsOf(user, m_orgId);
        if (posts.ok()) {
            const QHash<qint64, QString> names = holderNames(m_db, *posts);
            const QDate today = Clock::today();
            for (const Post& post : std::as_const(*posts)) {
                rows.append(Row{post, names.value(post.memberId), isCurrent(post, today)});
            }
            std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
                if (a.current != b.current) {
                    return a.current;
                }
                if (a.current) {
                    if (a.post.kind != b.post.kind) {
                        return int(a.post.kind) < int(b.post.kind);
                    }
                    return a.post.from < b.post.from;
                }
                if (a.post.to != b.post.to) {
                    return a.post.to > b.post.to;
                }
                return int(a.post.kind) < int(b.post.kind);
            });
        } else {
            status = posts.error();
        }
    }
    setRecords(std::move(rows));
    return status;
}

QVariant PostsModel::data(const QModelIndex& index, int role) const
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
    case CurrentRole:
        return row.current;
    case Qt::ForegroundRole:
        return row.current ? QVariant()
                           : QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    case Qt::DisplayRole:
        switch (index.column()) {
        case PostColumn:
            return Vocabulary::postKinds().label(int(row.post.kind));
        case MemberColumn:
            return row.memberName;
        case FromColumn:
            return Dates::toText(row.post.from);
        case ToColumn:
            return Dates::toText(row.post.to);
        case ConcurrentAdminHeadColumn:
            return row.post.concurrentAdminHead ? tr("Yes") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ConcurrentAdminHeadColumn && row.post.concurrentAdminHead) {
            return tr("The secretary also heads the unit (一肩挑)");
        }
        return row.current ? QVariant() : QVariant(tr("Ended on %1").arg(Dates::toText(row.post.to)));
    default:
        return {};
    }
}

QVariant PostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ConcurrentAdminHeadColumn) {
        return tr("The secretary also heads the unit (一肩挑)");
    }
    return RecordTableModel::headerData(section, orientation, role);
}

QStringList PostsModel::columnTitles() const
{
    return {tr("Post"), tr("Member"), tr("From"), tr("To"), tr("Heads the unit")};
}
