#pragma once

#include "core/Post.h"
#include "core/Result.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

class Database;

// SQL for the posts held in organizations.
class PostStore
{
public:
    explicit PostStore(Database& db);

    Result<qint64> insert(const Post& post);
    // Bulk insert (generation, large imports) with one prepared SQLite statement; ids are
    // written back.
    Status insertMany(QList<Post>& posts);
    Status update(const Post& post);
    Result<std::optional<Post>> findById(qint64 id);
    Result<QList<Post>> postsOf(qint64 orgId);
    Result<QList<Post>> postsOfMember(qint64 memberId);
    // The post with the same organization, member, kind and start date, if any.
    Result<qint64> find(const Post& post);
    // Posts held on a date in one organization.
    Result<QList<Post>> heldOn(qint64 orgId, const QDate& date);
    Status forEach(const std::function<bool(const Post&)>& visit);

private:
    Result<QList<Post>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};
