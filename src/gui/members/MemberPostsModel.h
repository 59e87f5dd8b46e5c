#pragma once

#include "core/Post.h"
#include "core/UserContext.h"
#include "services/OrganizationService.h"
#include "services/PostService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class Database;

// The posts one member held or holds (secretary, deputy, committee member ...), by start
// date, with the organization by its name on the post's first day.
class MemberPostsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OrganizationColumn = 0,
        PostColumn,
        FromColumn,
        ToColumn,
        HeadsUnitColumn,
        ColumnCount,
    };
    enum Role {
        PostIdRole = Qt::UserRole + 1, // qint64, on every column
    };

    explicit MemberPostsModel(Database& db, UserContext user = UserContext::localUser(), QObject* parent = nullptr);

    // Shows the posts of a member; 0 = none (no rows).
    void setMember(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A storage error (already a user message); the model is then empty.
    void errorOccurred(const QString& message);

private:
    struct Row
    {
        Post post;
        QString organization;
    };

    void reload();

    PostService m_posts;
    OrganizationService m_orgs;
    UserContext m_user;
    qint64 m_memberId = 0;
    QList<Row> m_rows;
};
