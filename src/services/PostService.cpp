#include "PostService.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "store/Database.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PostService", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(Error::Kind::Invalid, message, field);
}

} // namespace

PostService::PostService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_access(db)
{
}

Status PostService::check(const Post& post)
{
    if (!post.from.isValid()) {
        return invalid(tr("the start date is missing"), QStringLiteral("from"));
    }
    if (post.from > Clock::today()) {
        return invalid(tr("the date %1 is in the future").arg(Dates::toText(post.from)), QStringLiteral("from"));
    }
    if (post.to.isValid() && post.to < post.from) {
        return invalid(tr("the post ends before it starts"), QStringLiteral("to"));
    }
    if (post.concurrentAdminHead && post.kind != PostKind::Secretary) {
        return invalid(tr("only a secretary can also head the unit (一肩挑)"), QStringLiteral("concurrent_admin_head"));
    }
    OrganizationStore orgs(m_db);
    auto org = orgs.findById(post.orgId);
    if (!org.ok()) {
        return org.error();
    }
    if (!org.value()) {
        return Error(Error::Kind::NotFound, tr("the organization does not exist"), QStringLiteral("org"));
    }
    if (org.value()->type == OrgType::Group) {
        return invalid(tr("a party group has no committee posts"), QStringLiteral("org"));
    }
    if (org.value()->dissolvedOn.isValid() && post.from >= org.value()->dissolvedOn) {
        return invalid(tr("the organization %1 was dissolved on %2")
                           .arg(org.value()->code, Dates::toText(org.value()->dissolvedOn)),
                       QStringLiteral("from"));
    }
    MemberStore members(m_db);
    auto member = members.findById(post.memberId);
    if (!member.ok()) {
        return member.error();
    }
    if (!member.value()) {
        return Error(Error::Kind::NotFound, tr("the member does not exist"), QStringLiteral("id_number"));
    }
    if (member.value()->admittedOn.isValid() && post.from < member.value()->admittedOn) {
        return invalid(
            tr("the post starts before the member was admitted (%1)").arg(Dates::toText(member.value()->admittedOn)),
            QStringLiteral("from"));
    }
    return {};
}

Result<qint64> PostService::assign(const UserContext& user, const Post& post)
{
    if (auto allowed = m_access.canWrite(user, post.orgId); !allowed.ok()) {
        return allowed.error();
    }
    if (auto checked = check(post); !checked.ok()) {
        return checked.error();
    }
    auto existing = m_store.find(post);
    if (!existing.ok()) {
        return existing.error();
    }
    if (*existing != 0) {
        return *existing;
    }
    return m_store.insert(post);
}

Status PostService::end(const UserContext& user, qint64 postId, const QDate& on)
{
    if (auto allowed = m_access.canWriteSomething(user); !allowed.ok()) {
        return allowed;
    }
    auto found = m_store.findById(postId);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return Error(Error::Kind::NotFound, tr("the post does not exist"));
    }
    if (auto allowed = m_access.canWrite(user, found.value()->orgId); !allowed.ok()) {
        return allowed;
    }
    Post post = *found.value();
    post.to = on;
    if (auto checked = check(post); !checked.ok()) {
        return checked;
    }
    return m_store.update(post);
}

Result<QList<Post>> PostService::postsOf(const UserContext& user, qint64 orgId)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.postsOf(orgId);
}

Result<QList<Post>> PostService::postsOfMember(const UserContext& user, qint64 memberId)
{
    if (auto allowed = m_access.canReadMember(user, memberId); !allowed.ok()) {
        return allowed.error();
    }
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    auto posts = m_store.postsOfMember(memberId);
    if (posts.ok() && scope->has_value()) {
        // Posts the member held elsewhere belong to organizations the user may not see.
        posts->removeIf([&](const Post& post) { return !(*scope)->contains(post.orgId); });
    }
    return posts;
}
