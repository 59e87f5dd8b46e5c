#include "PostImporter.h"

#include "ImportFormats.h"
#include "store/OrganizationStore.h"
#include "store/PostStore.h"

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PostImporter", text);
}

} // namespace

PostImporter::PostImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Posts))
    , m_service(db)
    , m_members(db)
{
}

Status PostImporter::begin()
{
    OrganizationStore orgs(m_db);
    auto ids = orgs.idsByCode();
    if (!ids.ok()) {
        return ids.error();
    }
    m_orgIds = *ids;
    return {};
}

Status PostImporter::processRow(const TableRow& row)
{
    const int before = m_report.issues.size();
    Post post;
    const QString orgCode = text(row, "org");
    if (orgCode.isEmpty()) {
        report(row.number, QStringLiteral("org"), tr("the organization is missing"));
    } else {
        post.orgId = m_orgIds.value(orgCode);
        if (post.orgId == 0) {
            report(row.number, QStringLiteral("org"), tr("there is no organization with the code %1").arg(orgCode));
        }
    }
    auto member = recordedMember(row, m_members);
    if (!member.ok()) {
        return member.error();
    }
    post.memberId = *member;
    if (text(row, "position").isEmpty()) {
        report(row.number, QStringLiteral("position"), tr("the post is missing"));
    } else if (const auto kind = term(row, "position", Vocabulary::postKinds(), PostKind::Secretary)) {
        post.kind = *kind;
    }
    if (const auto from = date(row, "from")) {
        post.from = *from;
        if (!from->isValid()) {
            report(row.number, QStringLiteral("from"), tr("the start date is missing"));
        }
    }
    if (const auto to = date(row, "to")) {
        post.to = *to;
    }
    if (const auto head = flag(row, "concurrent_admin_head")) {
        post.concurrentAdminHead = *head;
    }
    if (m_report.issues.size() != before) {
        return {};
    }
    PostStore posts(m_db);
    auto existing = posts.find(post);
    if (!existing.ok()) {
        return existing.error();
    }
    if (*existing != 0) {
        ++m_report.unchanged;
        return {};
    }
    auto id = m_service.assign(m_user, post);
    if (!id.ok()) {
        if (!reportError(row.number, id.error(), QStringLiteral("position"))) {
            return id.error();
        }
        return {};
    }
    ++m_report.created;
    return {};
}
