#include "MemberPostsModel.h"

#include "MemberHistoryModel.h"
#include "core/Dates.h"
#include "core/Vocabulary.h"

#include <algorithm>

MemberPostsModel::MemberPostsModel(Database& db, UserContext user, QObject* parent)
    : QAbstractTableModel(parent)
    , m_posts(db)
    , m_orgs(db)
    , m_user(std::move(user))
{
}

void MemberPostsModel::setMember(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void MemberPostsModel::refresh()
{
    reload();
}

void MemberPostsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QString problem;
    if (m_memberId != 0) {
        auto posts = m_posts.postsOfMember(m_user, m_memberId);
        if (posts.ok()) {
            QList<Post> sorted = *posts;
            // A member's career reads by date; the service orders by organization.
            std::stable_sort(sorted.begin(), sorted.end(),
                             [](const Post& a, const Post& b) { return a.from < b.from; });
            for (const Post& post : sorted) {
                m_rows.append({post, MemberHistoryModel::organizationNameOn(m_orgs, m_user, post.orgId, post.from)});
            }
        } else {
            problem = posts.error().message();
        }
    }
    endResetModel();
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
    }
}

int MemberPostsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MemberPostsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberPostsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows[index.row()];
    if (role == PostIdRole) {
        return r.post.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case OrganizationColumn:
        return r.organization;
    case PostColumn:
        return Vocabulary::postKinds().label(int(r.post.kind));
    case FromColumn:
        return Dates::toText(r.post.from);
    case ToColumn:
        return Dates::toText(r.post.to);
    case HeadsUnitColumn:
        return r.post.concurrentAdminHead ? tr("Yes") : QString();
    default:
        return {};
    }
}

QVariant MemberPostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case OrganizationColumn:
        return tr("Organization");
    case PostColumn:
        return tr("Post");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case HeadsUnitColumn:
        return tr("Also heads the unit");
    default:
        return {};
    }
}
