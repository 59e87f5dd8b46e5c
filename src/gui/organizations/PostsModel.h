#pragma once

#include "core/Post.h"
#include "core/Result.h"
#include "gui/common/RecordListModel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// A post with the name of the member holding it: the rows of PostsModel and CommitteeModel.
struct PostRow
{
    Post post;
    QString memberName;
    bool current = false; // held today (PostsModel), on the date asked (CommitteeModel)
};

// The posts of one organization (PostService::postsOf): the posts held today first (by post:
// secretary, deputy secretary, committee members; then by start date), then the past ones
// (most recently ended first). Past rows are shown in a muted colour.
//
// Columns: post, member (name), from, to (empty while held), 一肩挑 ("Yes" for a secretary
// who also heads the unit). The roles below answer on every column.
class PostsModel : public RecordListModel<PostRow>
{
    Q_OBJECT

public:
    enum Column {
        PostColumn = 0,
        MemberColumn,
        FromColumn,
        ToColumn,
        ConcurrentAdminHeadColumn,
        ColumnCount,
    };
    enum Role {
        PostIdRole = Qt::UserRole + 1, // qint64
        MemberIdRole,                  // qint64
        CurrentRole,                   // bool: held today
    };

    explicit PostsModel(Database& db, QObject* parent = nullptr);

    // Loads the posts of an organization (0 = none). On failure the model is empty and the
    // error is returned.
    Status setOrganization(qint64 orgId);
    Status refresh();
    qint64 organizationId() const { return m_orgId; }

    const Post& post(int row) const { return m_rows.at(row).post; }
    // Held on `today`: not ended, or ending after it.
    static bool isCurrent(const Post& post, const QDate& today);
    // The names of the members holding posts (member id -> name), each looked up once: a member
    // often holds several posts over the years.
    static QHash<qint64, QString> holderNames(Database& db, const QList<Post>& posts);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    using Row = PostRow;

    Database& m_db;
    qint64 m_orgId = 0;
};
