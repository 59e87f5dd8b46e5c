#pragma once

#include "core/Post.h"
#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/PostStore.h"

#include <QList>

class Database;

// Posts (secretary, deputy secretary, committee members) held in organizations, dated.
class PostService
{
public:
    explicit PostService(Database& db);

    // Records a post; recording the same post (organization, member, post, start) again
    // returns the existing one.
    Result<qint64> assign(const UserContext& user, const Post& post);
    // Ends a post on a date.
    Status end(const UserContext& user, qint64 postId, const QDate& on);
    Result<QList<Post>> postsOf(const UserContext& user, qint64 orgId);
    Result<QList<Post>> postsOfMember(const UserContext& user, qint64 memberId);

private:
    Status check(const Post& post);
    Database& m_db;
    PostStore m_store;
    AccessControl m_access;
};
