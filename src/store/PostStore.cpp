#include "PostStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/Dates.h"

#include <QSqlQuery>

using SqlValues::dateOrNull;

namespace {

Post fromQuery(const QSqlQuery& q)
{
    Post p;
    p.id = q.value(0).toLongLong();
    p.orgId = q.value(1).toLongLong();
    p.memberId = q.value(2).toLongLong();
    p.kind = static_cast<PostKind>(q.value(3).toInt());
    p.from = Dates::fromText(q.value(4).toString());
    p.to = Dates::fromText(q.value(5).toString());
    p.concurrentAdminHead = q.value(6).toBool();
    return p;
}

const QString SelectSql =
    QStringLiteral("SELECT id, org_id, member_id, kind, from_on, to_on, concurrent_admin_head FROM posts ");

} // namespace

PostStore::PostStore(Database& db)
    : m_db(db)
{
}

Result<qint64> PostStore::insert(const Post& post)
{
    QList<Post> one{post};
    if (auto done = insertMany(one); !done.ok()) {
        return done.error();
    }
    return one.constFirst().id;
}

Status PostStore::insertMany(QList<Post>& posts)
{
    SqliteStatement insert(m_db, "INSERT INTO posts (org_id, member_id, kind, from_on, to_on, concurrent_admin_head)"
                                 " VALUES (?1,?2,?3,?4,?5,?6)");
    for (Post& post : posts) {
        insert.bind(1, post.orgId);
        insert.bind(2, post.memberId);
        insert.bind(3, int(post.kind));
        insert.bind(4, post.from);
        insert.bind(5, post.to);
        insert.bind(6, post.concurrentAdminHead);
        if (auto done = insert.run(); !done.ok()) {
            return done;
        }
        post.id = insert.lastInsertId();
    }
    return {};
}

Status PostStore::update(const Post& post)
{
    auto q = m_db.exec(QStringLiteral("UPDATE posts SET org_id=?, member_id=?, kind=?, from_on=?, to_on=?,"
                                      " concurrent_admin_head=? WHERE id=?"),
                       {post.orgId, post.memberId, int(post.kind), Dates::toText(post.from), dateOrNull(post.to),
                        post.concurrentAdminHead ? 1 : 0, post.id});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Result<QList<Post>> PostStore::select(const QString& where, const QVariantList& values)
{
    auto q = m_db.exec(SelectSql + where + QStringLiteral(" ORDER BY org_id, from_on, kind, id"), values);
    if (!q.ok()) {
        return q.error();
    }
    QList<Post> result;
    while (q->next()) {
        result.append(fromQuery(*q));
    }
    return result;
}

Result<std::optional<Post>> PostStore::findById(qint64 id)
{
    auto posts = select(QStringLiteral("WHERE id=?"), {id});
    if (!posts.ok()) {
        return posts.error();
    }
    return posts->isEmpty() ? std::optional<Post>() : std::optional<Post>(posts->constFirst());
}

Result<QList<Post>> PostStore::postsOf(qint64 orgId)
{
    return select(QStringLiteral("WHERE org_id=?"), {orgId});
}

Result<QList<Post>> PostStore::postsOfMember(qint64 memberId)
{
    return select(QStringLiteral("WHERE member_id=?"), {memberId});
}

Result<qint64> PostStore::find(const Post& post)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM posts WHERE org_id=? AND member_id=? AND kind=? AND from_on=?"),
                       {post.orgId, post.memberId, int(post.kind), Dates::toText(post.from)});
    if (!q.ok()) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<Post>> PostStore::heldOn(qint64 orgId, const QDate& date)
{
    const QString day = Dates::toText(date);
    return select(QStringLiteral("WHERE org_id=? AND from_on <= ? AND (to_on IS NULL OR to_on > ?)"),
                  {orgId, day, day});
}

Status PostStore::forEach(const std::function<bool(const Post&)>& visit)
{
    auto q = m_db.exec(SelectSql + QStringLiteral("ORDER BY id"));
    if (!q.ok()) {
        return q.error();
    }
    while (q->next()) {
        if (!visit(fromQuery(*q))) {
            break;
        }
    }
    return {};
}
