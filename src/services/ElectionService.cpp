#include "ElectionService.h"

#include "PostService.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/TermRules.h"
#include "core/Vocabulary.h"
#include "store/Database.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/PostStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ElectionService", text);
}

// A post an election creates is known by member, post and start date.
QString postKey(qint64 memberId, PostKind kind, const QDate& from)
{
    return QStringLiteral("%1/%2/%3").arg(memberId).arg(int(kind)).arg(from.toJulianDay());
}

bool heldOn(const Post& post, const QDate& day)
{
    return post.from <= day && (!post.to.isValid() || post.to > day);
}

Error firstIssueAsError(const ElectionIssues& issues)
{
    const ElectionIssue& first = issues.constFirst();
    return Error(Error::Kind::Invalid, first.message, first.field);
}

} // namespace

ElectionService::ElectionService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_access(db)
{
}

Result<ElectionSettings> ElectionService::settings(const UserContext& user)
{
    if (auto allowed = m_access.canReadSomething(user); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.settings();
}

Status ElectionService::setSettings(const UserContext& user, const ElectionSettings& settings)
{
    if (auto allowed = m_access.canWriteAll(user); !allowed.ok()) {
        return allowed;
    }
    const auto years = {settings.committeeTermYears, settings.generalBranchTermYears, settings.branchTermYears,
                        settings.villageCommunityTermYears};
    for (const int y : years) {
        if (y < 1 || y > TermRules::MaxTermYears) {
            return Error(Error::Kind::Invalid, tr("a term lasts 1 to %1 years").arg(TermRules::MaxTermYears),
                         QStringLiteral("term_years"));
        }
    }
    if (settings.reminderMonths < 0 || settings.reminderMonths > 24) {
        return Error(Error::Kind::Invalid, tr("the reminder comes 0 to 24 months before a term expires"),
                     QStringLiteral("reminder_months"));
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto saved = m_store.saveSettings(settings); !saved.ok()) {
        return saved;
    }
    if (auto recomputed = recomputeAll(user); !recomputed.ok()) {
        return recomputed;
    }
    return transaction.commit();
}

Result<std::optional<int>> ElectionService::defaultTermYears(const UserContext& user, qint64 orgId)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    auto org = OrganizationStore(m_db).findById(orgId);
    if (!org.ok()) {
        return org.error();
    }
    if (!org.value()) {
        return Error(Error::Kind::NotFound, tr("the organization does not exist"), QStringLiteral("org"));
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    return TermRules::termYears(*org.value(), *settings);
}

Result<ElectionIssues> ElectionService::validate(const UserContext& user, Election& e)
{
    if (auto allowed = m_access.canWrite(user, e.orgId); !allowed.ok()) {
        return allowed.error();
    }
    ElectionIssues issues;
    auto org = OrganizationStore(m_db).findById(e.orgId);
    if (!org.ok()) {
        return org.error();
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    if (e.kind == ElectionKind::ByElection) {
        e.termYears = 0;
    }
    bool orgUsable = false;
    if (!org.value()) {
        issues.append({QStringLiteral("org"), tr("the organization does not exist"), -1});
    } else if (!isGrassroots(org.value()->type)) {
        issues.append({QStringLiteral("org"),
                       tr("a %1 holds no elections: committees, general branches and branches do")
                           .arg(Vocabulary::orgTypes().label(int(org.value()->type))),
                       -1});
    } else if (e.kind == ElectionKind::Term && org.value()->temporary) {
        issues.append({QStringLiteral("org"), tr("a temporary organization holds no term elections"), -1});
    } else {
        orgUsable = true;
        if (e.kind == ElectionKind::Term && e.termYears == 0) {
            e.termYears = TermRules::termYears(*org.value(), *settings).value_or(0);
        }
    }
    issues += ElectionRules::check(e, Clock::today());
    if (orgUsable && e.heldOn.isValid()) {
        if (auto checked = checkRecords(e, issues); !checked.ok()) {
            return checked.error();
        }
    }
    return issues;
}

Status ElectionService::checkRecords(Election& e, ElectionIssues& issues)
{
    auto existing = m_store.find(e.orgId, e.heldOn);
    if (!existing.ok()) {
        return existing.error();
    }
    if (existing.value() && existing.value()->id != e.id) {
        issues.prepend({QStringLiteral("held_on"),
                        tr("an election of this organization on %1 is already recorded").arg(Dates::toText(e.heldOn)),
                        -1});
    }
    auto subtree = OrganizationStore(m_db).subtreeOn(e.orgId, e.heldOn);
    if (!subtree.ok()) {
        return subtree.error();
    }
    if (subtree->isEmpty()) {
        issues.append(
            {QStringLiteral("held_on"), tr("the organization did not exist on %1").arg(Dates::toText(e.heldOn)), -1});
        return {};
    }
    const QSet<qint64> orgs(subtree->cbegin(), subtree->cend());
    MemberStore members(m_db);
    // Why a member cannot be counted or elected on that day; empty when they can.
    auto problem = [&](qint64 memberId, QString& message) -> Status {
        message.clear();
        auto state = m_store.memberOn(memberId, e.heldOn);
        if (!state.ok()) {
            return state.error();
        }
        if (!state.value() || !orgs.contains(state.value()->orgId)) {
            auto member = members.findById(memberId);
            if (!member.ok()) {
                return member.error();
            }
            const QString name = member.value() ? member.value()->name : QString::number(memberId);
            message = tr("%1 was not on the roll of the organization on %2").arg(name, Dates::toText(e.heldOn));
        } else if (state.value()->category != MemberCategory::Full) {
            message = tr("%1 was a probationary member on %2: only full members vote and stand for election")
                          .arg(state.value()->name, Dates::toText(e.heldOn));
        }
        return {};
    };
    QString message;
    for (int i = 0; i < e.candidates.size(); ++i) {
        if (e.candidates.at(i).memberId == 0) {
            continue;
        }
        if (auto checked = problem(e.candidates.at(i).memberId, message); !checked.ok()) {
            return checked;
        }
        if (!message.isEmpty()) {
            issues.append({QStringLiteral("id_number"), message, i});
        }
    }
    QSet<qint64> excluded;
    for (const VoterExclusion& x : std::as_const(e.exclusions)) {
        if (excluded.contains(x.memberId)) {
            issues.append({QStringLiteral("exclusions"), tr("a member is left out of the voters twice"), -1});
            continue;
        }
        excluded.insert(x.memberId);
        if (auto checked = problem(x.memberId, message); !checked.ok()) {
            return checked;
        }
        if (!message.isEmpty()) {
            issues.append({QStringLiteral("exclusions"), message, -1});
        }
    }
    return {};
}

Result<ElectionVerdict> ElectionService::evaluate(const UserContext& user, const Election& election)
{
    if (auto allowed = election.orgId != 0 ? m_access.canRead(user, election.orgId) : m_access.canReadSomething(user);
        !allowed.ok()) {
        return allowed.error();
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    return ElectionRules::evaluate(election, *settings);
}

Status ElectionService::write(const UserContext& user, Election& e, bool isNew)
{
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    qint64 previousOrg = 0;
    if (!isNew) {
        auto before = m_store.findById(e.id);
        if (!before.ok()) {
            return before.error();
        }
        if (!before.value()) {
            return Error(Error::Kind::NotFound, tr("the election does not exist"));
        }
        previousOrg = before.value()->orgId;
        if (auto allowed = m_access.canWrite(user, previousOrg); !allowed.ok()) {
            return allowed;
        }
    }
    auto issues = validate(user, e);
    if (!issues.ok()) {
        return issues.error();
    }
    if (!issues->isEmpty()) {
        const ElectionIssue& first = issues->constFirst();
        if (first.field == QStringLiteral("held_on") && e.heldOn.isValid()) {
            auto existing = m_store.find(e.orgId, e.heldOn);
            if (existing.ok() && existing.value() && existing.value()->id != e.id) {
                return Error(Error::Kind::Conflict, first.message, first.field);
            }
        }
        return firstIssueAsError(*issues);
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    ElectionRules::applyVerdict(e, ElectionRules::evaluate(e, *settings));
    if (isNew) {
        if (auto inserted = m_store.insert(e); !inserted.ok()) {
            return inserted;
        }
    } else {
        if (previousOrg != e.orgId) {
            // Moved to another organization: its posts in the old one are undone first.
            if (auto undone = rebuildEffects(user, previousOrg, e.id); !undone.ok()) {
                return undone;
            }
        }
        if (auto updated = m_store.update(e); !updated.ok()) {
            return updated;
        }
    }
    if (auto rebuilt = rebuildEffects(user, e.orgId); !rebuilt.ok()) {
        return rebuilt;
    }
    return transaction.commit();
}

Result<qint64> ElectionService::record(const UserContext& user, Election election)
{
    election.id = 0;
    if (auto written = write(user, election, true); !written.ok()) {
        return written.error();
    }
    return election.id;
}

Status ElectionService::update(const UserContext& user, Election election)
{
    return write(user, election, false);
}

Status ElectionService::remove(const UserContext& user, qint64 electionId)
{
    if (auto allowed = m_access.canWriteSomething(user); !allowed.ok()) {
        return allowed;
    }
    auto found = m_store.findById(electionId);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return Error(Error::Kind::NotFound, tr("the election does not exist"));
    }
    if (auto allowed = m_access.canWrite(user, found.value()->orgId); !allowed.ok()) {
        return allowed;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto undone = rebuildEffects(user, found.value()->orgId, electionId); !undone.ok()) {
        return undone;
    }
    if (auto removed = m_store.remove(electionId); !removed.ok()) {
        return removed;
    }
    return transaction.commit();
}

Status ElectionService::rebuildEffects(const UserContext& user, qint64 orgId, qint64 excludeElectionId)
{
    PostStore posts(m_db);
    auto effects = m_store.effectsOfOrganization(orgId);
    if (!effects.ok()) {
        return effects.error();
    }
    // 1. Posts the elections ended get their end back (latest election first).
    for (auto it = effects->crbegin(); it != effects->crend(); ++it) {
        if (it->kind != ElectionStore::EffectKind::Ended) {
            continue;
        }
        auto found = posts.findById(it->postId);
        if (!found.ok()) {
            return found.error();
        }
        if (found.value()) {
            Post post = *found.value();
            post.to = it->previousTo;
            if (auto updated = posts.update(post); !updated.ok()) {
                return updated;
            }
        }
    }
    if (auto cleared = m_store.clearEffectsOfOrganization(orgId); !cleared.ok()) {
        return cleared;
    }
    // 2. Posts the elections created are set aside: an election that still creates the same
    //    post takes it back (with an end date set by hand since), the others are deleted.
    QSet<qint64> created;
    for (const ElectionStore::Effect& effect : std::as_const(*effects)) {
        if (effect.kind == ElectionStore::EffectKind::Created) {
            created.insert(effect.postId);
        }
    }
    auto all = posts.postsOf(orgId);
    if (!all.ok()) {
        return all.error();
    }
    QList<Post> state; // the posts of the organization as the replay goes
    QHash<QString, Post> reusable;
    for (const Post& post : std::as_const(*all)) {
        if (created.contains(post.id)) {
            reusable.insert(postKey(post.memberId, post.kind, post.from), post);
        } else {
            state.append(post);
        }
    }
    QSet<qint64> reused;
    auto elections = m_store.electionsOf(orgId);
    if (!elections.ok()) {
        return elections.error();
    }
    PostService postService(m_db);
    for (const Election& e : std::as_const(*elections)) {
        if (e.id == excludeElectionId || !e.valid()) {
            continue;
        }
        // 3. The posts this election gives: the secretary and deputy hold their post only
        //    (not also a committee member's), the other members their committee post.
        QSet<qint64> leaders;
        for (const ElectionCandidate& c : e.candidates) {
            if (c.elected && !ElectionRules::isCommitteeSeat(c.position)) {
                leaders.insert(c.memberId);
            }
        }
        QList<ElectionCandidate> given;
        QSet<int> replacedPosts;
        for (const ElectionCandidate& c : e.candidates) {
            if (!c.elected || (ElectionRules::isCommitteeSeat(c.position) && leaders.contains(c.memberId))) {
                continue;
            }
            given.append(c);
            if (!ElectionRules::isCommitteeSeat(c.position)) {
                replacedPosts.insert(int(c.position));
            }
        }
        auto isGiven = [&given](const Post& post) {
            return std::any_of(given.cbegin(), given.cend(), [&post](const ElectionCandidate& c) {
                return c.memberId == post.memberId && c.position == post.kind;
            });
        };
        // 4. A term election ends every post held when it met, except the ones the same person
        //    is elected to again; a by-election ends the secretary or deputy it replaces.
        for (Post& post : state) {
            if (!(post.from < e.heldOn && heldOn(post, e.heldOn)) || isGiven(post)) {
                continue;
            }
            if (e.kind != ElectionKind::Term && !replacedPosts.contains(int(post.kind))) {
                continue;
            }
            const ElectionStore::Effect effect{e.id, post.id, ElectionStore::EffectKind::Ended, post.to};
            post.to = e.heldOn;
            if (auto updated = posts.update(post); !updated.ok()) {
                return updated;
            }
            if (auto noted = m_store.insertEffect(effect); !noted.ok()) {
                return noted;
            }
        }
        // 5. The posts of the elected, from the election's date, unless already held.
        for (const ElectionCandidate& c : std::as_const(given)) {
            const bool holds = std::any_of(state.cbegin(), state.cend(), [&](const Post& post) {
                return post.memberId == c.memberId && post.kind == c.position && heldOn(post, e.heldOn);
            });
            if (holds) {
                continue;
            }
            const QString key = postKey(c.memberId, c.position, e.heldOn);
            Post post;
            if (const auto it = reusable.constFind(key); it != reusable.constEnd() && !reused.contains(it->id)) {
                post = *it;
                reused.insert(post.id);
                if (post.concurrentAdminHead != c.concurrentAdminHead) { // the candidate was corrected
                    post.concurrentAdminHead = c.concurrentAdminHead;
                    if (auto updated = posts.update(post); !updated.ok()) {
                        return updated;
                    }
                }
            } else {
                post = Post{0, e.orgId, c.memberId, c.position, e.heldOn, QDate(), c.concurrentAdminHead};
                auto id = postService.assign(user, post);
                if (!id.ok()) {
                    return id.error();
                }
                post.id = *id;
            }
            state.append(post);
            if (auto noted = m_store.insertEffect({e.id, post.id, ElectionStore::EffectKind::Created, QDate()});
                !noted.ok()) {
                return noted;
            }
        }
    }
    for (const Post& post : std::as_const(reusable)) {
        if (!reused.contains(post.id)) {
            if (auto deleted = m_store.deletePost(post.id); !deleted.ok()) {
                return deleted;
            }
        }
    }
    return {};
}

Status ElectionService::recomputeAll(const UserContext& user)
{
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    QList<Election> changed;
    auto visited = m_store.forEach([&](const Election& e) {
        Election copy = e;
        ElectionRules::applyVerdict(copy, ElectionRules::evaluate(copy, *settings));
        bool differs = copy.verdict != e.verdict || copy.failureMask != e.failureMask || copy.expiresOn != e.expiresOn;
        for (int i = 0; i < e.candidates.size() && !differs; ++i) {
            differs = copy.candidates.at(i).elected != e.candidates.at(i).elected;
        }
        if (differs) {
            changed.append(copy);
        }
        return true;
    });
    if (!visited.ok()) {
        return visited;
    }
    QSet<qint64> orgs;
    for (const Election& e : std::as_const(changed)) {
        if (auto saved = m_store.saveDerived(e); !saved.ok()) {
            return saved;
        }
        orgs.insert(e.orgId);
    }
    for (const qint64 org : std::as_const(orgs)) {
        if (auto rebuilt = rebuildEffects(user, org); !rebuilt.ok()) {
            return rebuilt;
        }
    }
    return {};
}

Result<std::optional<Election>> ElectionService::findById(const UserContext& user, qint64 electionId)
{
    auto found = m_store.findById(electionId);
    if (found.ok() && found->has_value()) {
        if (auto allowed = m_access.canRead(user, (*found)->orgId); !allowed.ok()) {
            return allowed.error();
        }
    }
    return found;
}

Result<std::optional<Election>> ElectionService::find(const UserContext& user, qint64 orgId, const QDate& heldOn)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.find(orgId, heldOn);
}

Result<QList<Election>> ElectionService::electionsOf(const UserContext& user, qint64 orgId)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.electionsOf(orgId);
}

Result<QList<ElectionStore::RollMember>> ElectionService::proposedVoters(const UserContext& user, qint64 orgId,
                                                                         const QDate& date)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    auto subtree = OrganizationStore(m_db).subtreeOn(orgId, date);
    if (!subtree.ok()) {
        return subtree.error();
    }
    auto roll = m_store.onRollOn(*subtree, date);
    if (!roll.ok()) {
        return roll.error();
    }
    const bool masked = m_access.masked(user);
    QList<ElectionStore::RollMember> full;
    for (const ElectionStore::RollMember& m : std::as_const(*roll)) {
        if (m.category == MemberCategory::Full) {
            full.append(m);
            if (masked) {
                full.last().idNumber = AccessControl::maskIdNumber(m.idNumber);
            }
        }
    }
    return full;
}

Result<QList<Post>> ElectionService::committeeOn(const UserContext& user, qint64 orgId, const QDate& date)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return PostStore(m_db).heldOn(orgId, date);
}

Result<ElectionIssues> ElectionService::validatePostponement(const UserContext& user, const Postponement& p)
{
    if (auto allowed = m_access.canWrite(user, p.orgId); !allowed.ok()) {
        return allowed.error();
    }
    ElectionIssues issues;
    auto org = OrganizationStore(m_db).findById(p.orgId);
    if (!org.ok()) {
        return org.error();
    }
    if (!org.value()) {
        issues.append({QStringLiteral("org"), tr("the organization does not exist"), -1});
        return issues;
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    std::optional<TermStatus> current;
    if (p.approvedOn.isValid()) {
        auto records = m_store.termRecords(p.approvedOn, p.orgId);
        if (!records.ok()) {
            return records.error();
        }
        if (!records->isEmpty()) {
            const ElectionStore::TermRecord& r = records->constFirst();
            current = TermRules::statusOn(r.org, r.elections, r.postponements, p.approvedOn, *settings);
        }
    }
    return TermRules::checkPostponement(p, current, Clock::today());
}

Result<qint64> ElectionService::recordPostponement(const UserContext& user, const Postponement& postponement)
{
    auto issues = validatePostponement(user, postponement);
    if (!issues.ok()) {
        return issues.error();
    }
    if (!issues->isEmpty()) {
        return firstIssueAsError(*issues);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto id = m_store.insertPostponement(postponement);
    if (!id.ok()) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return *id;
}

Status ElectionService::removePostponement(const UserContext& user, qint64 postponementId)
{
    if (auto allowed = m_access.canWriteSomething(user); !allowed.ok()) {
        return allowed;
    }
    auto found = m_store.findPostponement(postponementId);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return Error(Error::Kind::NotFound, tr("the postponement does not exist"));
    }
    if (auto allowed = m_access.canWrite(user, found.value()->orgId); !allowed.ok()) {
        return allowed;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto removed = m_store.removePostponement(postponementId); !removed.ok()) {
        return removed;
    }
    return transaction.commit();
}

Result<QList<Postponement>> ElectionService::postponementsOf(const UserContext& user, qint64 orgId)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.postponementsOf(orgId);
}

Result<std::optional<TermStatus>> ElectionService::termStatus(const UserContext& user, qint64 orgId, const QDate& asOf)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    auto records = m_store.termRecords(asOf, orgId);
    if (!records.ok()) {
        return records.error();
    }
    if (records->isEmpty()) {
        return std::optional<TermStatus>();
    }
    const ElectionStore::TermRecord& r = records->constFirst();
    return TermRules::statusOn(r.org, r.elections, r.postponements, asOf, *settings);
}

Result<QList<TermStatus>> ElectionService::due(const UserContext& user, const QDate& asOf, qint64 rootOrgId)
{
    if (rootOrgId != 0) {
        if (auto allowed = m_access.canRead(user, rootOrgId); !allowed.ok()) {
            return allowed.error();
        }
    }
    auto visible = m_access.scope(user); // "everywhere" is the user's subtree
    if (!visible.ok()) {
        return visible.error();
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    QSet<qint64> scope;
    if (rootOrgId != 0) {
        auto subtree = OrganizationStore(m_db).subtreeOn(rootOrgId, asOf);
        if (!subtree.ok()) {
            return subtree.error();
        }
        scope = QSet<qint64>(subtree->cbegin(), subtree->cend());
        if (scope.isEmpty()) {
            return QList<TermStatus>();
        }
    }
    auto records = m_store.termRecords(asOf);
    if (!records.ok()) {
        return records.error();
    }
    QList<TermStatus> result;
    for (const ElectionStore::TermRecord& r : std::as_const(*records)) {
        if ((!scope.isEmpty() && !scope.contains(r.org.id)) ||
            (visible->has_value() && !(*visible)->contains(r.org.id))) {
            continue;
        }
        const auto status = TermRules::statusOn(r.org, r.elections, r.postponements, asOf, *settings);
        if (status && TermRules::isDue(*status, asOf, *settings)) {
            result.append(*status);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const TermStatus& a, const TermStatus& b) {
        return a.daysOverdue != b.daysOverdue ? a.daysOverdue > b.daysOverdue : a.code < b.code;
    });
    return result;
}

Result<QHash<qint64, int>> ElectionService::dueBadges(const UserContext& user, const QDate& on)
{
    auto listed = due(user, on);
    if (!listed.ok()) {
        return listed.error();
    }
    QHash<qint64, int> badges;
    for (const TermStatus& s : std::as_const(*listed)) {
        badges.insert(s.orgId, s.daysOverdue);
    }
    return badges;
}

Result<ElectionFigures> ElectionService::figures(const QList<qint64>& orgIds, const QDate& from, const QDate& to,
                                                 const QDate& asOf)
{
    const QSet<qint64> scope(orgIds.cbegin(), orgIds.cend());
    ElectionFigures figures;
    auto held = m_store.termElectionsHeld(from, to);
    if (!held.ok()) {
        return held.error();
    }
    QSet<qint64> elected;
    for (const ElectionStore::HeldElection& h : std::as_const(*held)) {
        if (!scope.contains(h.orgId)) {
            continue;
        }
        ++figures.held;
        figures.invalid += h.verdict != 0 ? 1 : 0;
        elected.insert(h.orgId);
    }
    figures.organizationsElected = elected.size();
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    auto records = m_store.termRecords(asOf);
    if (!records.ok()) {
        return records.error();
    }
    for (const ElectionStore::TermRecord& r : std::as_const(*records)) {
        if (!scope.contains(r.org.id)) {
            continue;
        }
        const auto status = TermRules::statusOn(r.org, r.elections, r.postponements, asOf, *settings);
        if (status && status->expired()) {
            ++figures.dueNotHeld;
        }
    }
    return figures;
}
