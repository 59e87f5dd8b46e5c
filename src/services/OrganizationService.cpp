#include "OrganizationService.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/OrgHistory.h"
#include "core/Vocabulary.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OrganizationService", text);
}

Error invalid(const QString& message, const QString& field = {})
{
    return Error(Error::Kind::Invalid, message, field);
}

// Which parent types an organization type may have. Committees may nest (二级党委); a branch
// hangs under a committee or general branch; a group under a branch or general branch.
bool parentTypeAllowed(OrgType child, OrgType parent)
{
    switch (child) {
    case OrgType::HigherCommittee:
        return parent == OrgType::HigherCommittee;
    case OrgType::Committee:
        return parent == OrgType::HigherCommittee || parent == OrgType::Committee;
    case OrgType::GeneralBranch:
        return parent == OrgType::HigherCommittee || parent == OrgType::Committee;
    case OrgType::Branch:
        return parent == OrgType::HigherCommittee || parent == OrgType::Committee || parent == OrgType::GeneralBranch;
    case OrgType::Group:
        return parent == OrgType::Branch || parent == OrgType::GeneralBranch;
    }
    return false;
}

QDate effective(const QDate& date)
{
    return date.isValid() ? date : QDate(1, 1, 1);
}

} // namespace

OrganizationService::OrganizationService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_access(db)
{
}

Status OrganizationService::checkRecord(const Organization& org, qint64 ignoreId)
{
    const QString code = org.code.trimmed();
    if (code.isEmpty()) {
        return invalid(tr("the organization code is missing"), QStringLiteral("code"));
    }
    if (code.size() > 40 || code.contains(u' ')) {
        return invalid(tr("an organization code has at most 40 characters and no spaces"), QStringLiteral("code"));
    }
    if (org.name.trimmed().isEmpty()) {
        return invalid(tr("the name is missing"), QStringLiteral("name"));
    }
    if (org.establishedOn.isValid() && org.establishedOn > Clock::today()) {
        return invalid(tr("the establishment date is in the future"), QStringLiteral("established_on"));
    }
    if (org.staffCount && *org.staffCount < 0) {
        return invalid(tr("the staff count cannot be negative"), QStringLiteral("staff_count"));
    }
    auto existing = m_store.findByCode(code);
    if (!existing.ok()) {
        return existing.error();
    }
    if (existing.value() && existing.value()->id != ignoreId) {
        return Error(Error::Kind::Conflict, tr("the code %1 is already used").arg(code), QStringLiteral("code"));
    }
    if (org.parentId != 0) {
        return checkParent(org, org.parentId, effective(org.establishedOn));
    }
    return {};
}

Status OrganizationService::checkParent(const Organization& child, qint64 parentId, const QDate& on)
{
    if (parentId == child.id && child.id != 0) {
        return invalid(tr("an organization cannot be its own parent"), QStringLiteral("parent"));
    }
    auto parent = m_store.findById(parentId);
    if (!parent.ok()) {
        return parent.error();
    }
    if (!parent.value()) {
        return invalid(tr("the parent organization does not exist"), QStringLiteral("parent"));
    }
    const Organization& p = *parent.value();
    if (!parentTypeAllowed(child.type, p.type)) {
        return invalid(
            tr("a %1 cannot be placed under a %2")
                .arg(Vocabulary::orgTypes().label(int(child.type)), Vocabulary::orgTypes().label(int(p.type))),
            QStringLiteral("parent"));
    }
    // The parent must exist on that date (organizations of unknown establishment always did).
    if (p.establishedOn.isValid() && on.isValid() && on.year() > 1 && p.establishedOn > on) {
        return invalid(
            tr("the parent organization %1 was established only on %2").arg(p.code, Dates::toText(p.establishedOn)),
            QStringLiteral("parent"));
    }
    if (p.dissolvedOn.isValid() && on.isValid() && p.dissolvedOn <= on) {
        return invalid(tr("the parent organization %1 was dissolved on %2").arg(p.code, Dates::toText(p.dissolvedOn)),
                       QStringLiteral("parent"));
    }
    if (child.id != 0) {
        // No cycles: the new parent must not sit inside the child's subtree on that date.
        auto subtree = m_store.subtreeOn(child.id, on.isValid() ? on : Clock::today());
        if (!subtree.ok()) {
            return subtree.error();
        }
        if (subtree->contains(parentId)) {
            return invalid(tr("the parent organization %1 belongs to this organization's own subtree").arg(p.code),
                           QStringLiteral("parent"));
        }
    }
    return {};
}

Status OrganizationService::checkDissolution(const Organization& org, const QDate& on)
{
    EventStore events(m_db);
    auto onRoll = events.onRollCount({org.id}, on);
    if (!onRoll.ok()) {
        return onRoll.error();
    }
    if (*onRoll > 0) {
        return Error(Error::Kind::Conflict,
                     QCoreApplication::translate("OrganizationService",
                                                 "%n member(s) are on the roll of %1 on %2: move them to another "
                                                 "organization first",
                                                 nullptr, int(*onRoll))
                         .arg(org.code, Dates::toText(on)),
                     QStringLiteral("date"));
    }
    auto children = m_store.childrenOn(org.id, on);
    if (!children.ok()) {
        return children.error();
    }
    if (*children > 0) {
        return Error(Error::Kind::Conflict,
                     tr("%1 still has sub-organizations on %2: dissolve or re-affiliate them first")
                         .arg(org.code, Dates::toText(on)),
                     QStringLiteral("date"));
    }
    return {};
}

Status OrganizationService::rebuild(const Organization& org)
{
    auto events = m_store.eventsOf(org.id);
    if (!events.ok()) {
        return events.error();
    }
    const OrgHistory history = OrgHistory::build(org, *events);
    if (!history.ok()) {
        return invalid(history.violations().constFirst().message, QStringLiteral("date"));
    }
    return m_store.saveDerived(org.id, history);
}

Result<qint64> OrganizationService::create(const UserContext& user, Organization org)
{
    if (auto allowed = org.parentId != 0 ? m_access.canWrite(user, org.parentId) : m_access.canWriteAll(user);
        !allowed.ok()) {
        return allowed.error();
    }
    org.code = org.code.trimmed();
    org.name = org.name.trimmed();
    org.id = 0;
    if (auto checked = checkRecord(org, 0); !checked.ok()) {
        return checked.error();
    }
    if (org.dissolvedOn.isValid() && org.establishedOn.isValid() && org.dissolvedOn <= org.establishedOn) {
        return invalid(tr("dissolved before it was established"), QStringLiteral("dissolved_on"));
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto id = m_store.insert(org);
    if (!id.ok()) {
        return id.error();
    }
    org.id = *id;
    if (org.dissolvedOn.isValid()) {
        const OrgEvent dissolution{0, org.id, org.dissolvedOn, OrgEventKind::Dissolved, 0, {}};
        if (auto added = m_store.insertEvent(dissolution); !added.ok()) {
            return added.error();
        }
    }
    if (auto rebuilt = rebuild(org); !rebuilt.ok()) {
        return rebuilt.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return org.id;
}

Status OrganizationService::update(const UserContext& user, const Organization& input)
{
    if (auto allowed = m_access.canWrite(user, input.id); !allowed.ok()) {
        return allowed;
    }
    Organization org = input;
    org.code = org.code.trimmed();
    org.name = org.name.trimmed();
    auto before = m_store.findById(org.id);
    if (!before.ok()) {
        return before.error();
    }
    if (!before.value()) {
        return Error(Error::Kind::NotFound, tr("the organization does not exist"));
    }
    if (org.parentId != before.value()->parentId) {
        if (auto allowed = org.parentId != 0 ? m_access.canWrite(user, org.parentId) : m_access.canWriteAll(user);
            !allowed.ok()) {
            return allowed;
        }
    }
    if (auto checked = checkRecord(org, org.id); !checked.ok()) {
        return checked;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto updated = m_store.update(org); !updated.ok()) {
        return updated;
    }
    if (org.dissolvedOn.isValid() && org.dissolvedOn != before.value()->dissolvedOn) {
        if (before.value()->dissolvedOn.isValid()) {
            return invalid(
                tr("the organization was already dissolved on %1").arg(Dates::toText(before.value()->dissolvedOn)),
                QStringLiteral("dissolved_on"));
        }
        if (auto allowed = checkDissolution(org, org.dissolvedOn); !allowed.ok()) {
            return allowed;
        }
        const OrgEvent dissolution{0, org.id, org.dissolvedOn, OrgEventKind::Dissolved, 0, {}};
        if (auto added = m_store.insertEvent(dissolution); !added.ok()) {
            return added.error();
        }
    }
    if (auto rebuilt = rebuild(org); !rebuilt.ok()) {
        return rebuilt;
    }
    return transaction.commit();
}

Result<qint64> OrganizationService::recordEvent(const UserContext& user, const OrgEvent& input)
{
    if (auto allowed = m_access.canWrite(user, input.orgId); !allowed.ok()) {
        return allowed.error();
    }
    if (input.kind == OrgEventKind::Reaffiliated) {
        if (auto allowed = input.parentId != 0 ? m_access.canWrite(user, input.parentId) : m_access.canWriteAll(user);
            !allowed.ok()) {
            return allowed.error();
        }
    }
    OrgEvent event = input;
    event.name = event.name.trimmed();
    auto found = m_store.findById(event.orgId);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return Error(Error::Kind::NotFound, tr("the organization does not exist"), QStringLiteral("code"));
    }
    const Organization org = *found.value();
    if (!event.date.isValid()) {
        return invalid(tr("the date is missing"), QStringLiteral("date"));
    }
    if (event.date > Clock::today()) {
        return invalid(tr("the date %1 is in the future").arg(Dates::toText(event.date)), QStringLiteral("date"));
    }
    auto existing = m_store.eventsOf(org.id);
    if (!existing.ok()) {
        return existing.error();
    }
    for (const OrgEvent& e : std::as_const(*existing)) {
        // Recording the same event twice (a re-import) changes nothing.
        if (e.date == event.date && e.kind == event.kind && e.parentId == event.parentId && e.name == event.name) {
            return e.id;
        }
    }
    switch (event.kind) {
    case OrgEventKind::Reaffiliated:
        if (event.parentId != 0) {
            if (auto ok = checkParent(org, event.parentId, event.date); !ok.ok()) {
                return ok.error();
            }
        }
        break;
    case OrgEventKind::Renamed:
        if (event.name.isEmpty()) {
            return invalid(tr("the new name is missing"), QStringLiteral("name"));
        }
        break;
    case OrgEventKind::Dissolved:
        if (auto ok = checkDissolution(org, event.date); !ok.ok()) {
            return ok.error();
        }
        break;
    }
    QList<OrgEvent> all = *existing;
    all.append(event);
    const OrgHistory history = OrgHistory::build(org, all);
    if (!history.ok()) {
        return invalid(history.violations().constFirst().message, QStringLiteral("date"));
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto id = m_store.insertEvent(event);
    if (!id.ok()) {
        return id.error();
    }
    if (auto saved = m_store.saveDerived(org.id, history); !saved.ok()) {
        return saved.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return *id;
}

Result<std::optional<Organization>> OrganizationService::visible(const UserContext& user,
                                                                 Result<std::optional<Organization>> found)
{
    if (!found.ok() || !found->has_value()) {
        return found;
    }
    if (auto allowed = m_access.canRead(user, (*found)->id); !allowed.ok()) {
        return allowed.error();
    }
    return found;
}

Result<std::optional<Organization>> OrganizationService::findByCode(const UserContext& user, const QString& code)
{
    return visible(user, m_store.findByCode(code.trimmed()));
}

Result<std::optional<Organization>> OrganizationService::findById(const UserContext& user, qint64 id)
{
    return visible(user, m_store.findById(id));
}

Result<QList<Organization>> OrganizationService::all(const UserContext& user)
{
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    auto orgs = m_store.all();
    if (orgs.ok() && scope->has_value()) {
        orgs->removeIf([&](const Organization& org) { return !(*scope)->contains(org.id); });
    }
    return orgs;
}

Result<int> OrganizationService::count(const UserContext& user)
{
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    if (scope->has_value()) {
        return int((*scope)->size());
    }
    return m_store.count();
}

Result<QList<OrgEvent>> OrganizationService::events(const UserContext& user, qint64 orgId)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.eventsOf(orgId);
}

Result<QString> OrganizationService::nameOn(const UserContext& user, qint64 orgId, const QDate& date)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.nameOn(orgId, date);
}

Result<QList<qint64>> OrganizationService::subtreeOn(const UserContext& user, qint64 rootId, const QDate& date)
{
    if (rootId != 0) {
        if (auto allowed = m_access.canRead(user, rootId); !allowed.ok()) {
            return allowed.error();
        }
    }
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    auto ids = m_store.subtreeOn(rootId, date);
    if (ids.ok() && scope->has_value()) {
        ids->removeIf([&](qint64 id) { return !(*scope)->contains(id); });
    }
    return ids;
}

Result<QList<OrganizationService::Node>> OrganizationService::treeOn(const UserContext& user, const QDate& date)
{
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    auto nodes = m_store.treeOn(date);
    if (nodes.ok() && scope->has_value()) {
        // The user's own organization becomes a root: what lies above it is not theirs to see.
        nodes->removeIf([&](const Node& node) { return !(*scope)->contains(node.id); });
        for (Node& node : nodes.value()) {
            if (!(*scope)->contains(node.parentId)) {
                node.parentId = 0;
            }
        }
    }
    return nodes;
}

Result<QHash<qint64, qint64>> OrganizationService::rollCountsOn(const UserContext& user, const QDate& date)
{
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    auto counts = m_store.rollCountsOn(date);
    if (counts.ok() && scope->has_value()) {
        counts->removeIf([&](const QHash<qint64, qint64>::iterator& it) { return !(*scope)->contains(it.key()); });
    }
    return counts;
}
