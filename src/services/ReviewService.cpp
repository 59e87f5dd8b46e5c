#include "ReviewService.h"

#include "MemberService.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/Vocabulary.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReviewService", text);
}

QString day(const QDate& date)
{
    return Dates::toText(date);
}

// The parent links of every organization, to answer "the subtree of O on D" for many
// campaigns without a recursive query each.
class LinkTree
{
public:
    explicit LinkTree(const QList<ReviewStore::Link>& links)
    {
        for (const ReviewStore::Link& link : links) {
            m_children[link.parentId].append(link);
            m_own[link.orgId].append(link);
        }
    }

    bool exists(qint64 orgId, const QDate& date) const
    {
        const auto it = m_own.constFind(orgId);
        return it != m_own.constEnd() &&
               std::any_of(it->cbegin(), it->cend(), [&date](const ReviewStore::Link& l) { return covers(l, date); });
    }

    // The organization and its descendants as the tree stood on the date.
    QList<qint64> subtree(qint64 rootId, const QDate& date) const
    {
        if (!exists(rootId, date)) {
            return {};
        }
        QList<qint64> result{rootId};
        for (qsizetype i = 0; i < result.size(); ++i) {
            const auto it = m_children.constFind(result.at(i));
            if (it == m_children.constEnd()) {
                continue;
            }
            for (const ReviewStore::Link& link : *it) {
                if (covers(link, date)) {
                    result.append(link.orgId);
                }
            }
        }
        return result;
    }

private:
    static bool covers(const ReviewStore::Link& link, const QDate& date)
    {
        return link.starts <= date && link.ends > date;
    }

    QHash<qint64, QList<ReviewStore::Link>> m_children; // by parent (0 = roots)
    QHash<qint64, QList<ReviewStore::Link>> m_own;      // by organization
};

// Campaign a is later than b (date, then recording order).
bool later(const ReviewCampaign& a, const ReviewCampaign& b)
{
    return a.heldOn != b.heldOn ? a.heldOn > b.heldOn : a.id > b.id;
}

} // namespace

ReviewService::ReviewService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_access(db)
{
}

Result<ReviewSettings> ReviewService::settings(const UserContext& user)
{
    if (auto allowed = m_access.canReadSomething(user); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.settings();
}

Status ReviewService::setSettings(const UserContext& user, const ReviewSettings& settings)
{
    if (auto allowed = m_access.canWriteAll(user); !allowed.ok()) {
        return allowed;
    }
    if (const ReviewIssues issues = ReviewRules::checkSettings(settings); !issues.isEmpty()) {
        return Error(Error::Kind::Invalid, issues.constFirst().message, issues.constFirst().field);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto saved = m_store.saveSettings(settings); !saved.ok()) {
        return saved;
    }
    return transaction.commit();
}

Result<ReviewCampaign> ReviewService::existingCampaign(qint64 campaignId)
{
    auto found = m_store.findCampaign(campaignId);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return Error(Error::Kind::NotFound, tr("the review campaign does not exist"));
    }
    return *found.value();
}

Result<ReviewService::Scope> ReviewService::scopeOf(qint64 campaignId)
{
    if (const auto it = m_scopes.constFind(campaignId); it != m_scopes.constEnd()) {
        return *it;
    }
    auto campaign = existingCampaign(campaignId);
    if (!campaign.ok()) {
        return campaign.error();
    }
    auto subtree = OrganizationStore(m_db).subtreeOn(campaign->orgId, campaign->heldOn);
    if (!subtree.ok()) {
        return subtree.error();
    }
    Scope scope{*campaign, QSet<qint64>(subtree->cbegin(), subtree->cend())};
    m_scopes.insert(campaignId, scope);
    return scope;
}

Result<QString> ReviewService::memberLabel(qint64 memberId)
{
    auto member = MemberStore(m_db).findById(memberId);
    if (!member.ok()) {
        return member.error();
    }
    if (!member.value()) {
        return QString::number(memberId);
    }
    return QStringLiteral("%1（%2）").arg(member.value()->name, member.value()->idNumber);
}

Result<ReviewIssues> ReviewService::validateCampaign(const UserContext& user, const ReviewCampaign& c)
{
    if (auto allowed = m_access.canWrite(user, c.orgId); !allowed.ok()) {
        return allowed.error();
    }
    ReviewIssues issues;
    OrganizationStore orgs(m_db);
    auto org = orgs.findById(c.orgId);
    if (!org.ok()) {
        return org.error();
    }
    bool orgUsable = false;
    if (!org.value()) {
        issues.append({QStringLiteral("org"), tr("the organization does not exist")});
    } else if (!isGrassroots(org.value()->type)) {
        issues.append({QStringLiteral("org"), tr("a %1 holds no review: committees, general branches and branches do")
                                                  .arg(Vocabulary::orgTypes().label(int(org.value()->type)))});
    } else {
        orgUsable = true;
    }
    issues += ReviewRules::checkCampaign(c, Clock::today());
    if (orgUsable && c.heldOn.isValid()) {
        auto subtree = orgs.subtreeOn(c.orgId, c.heldOn);
        if (!subtree.ok()) {
            return subtree.error();
        }
        if (subtree->isEmpty()) {
            issues.append({QStringLiteral("held_on"), tr("the organization did not exist on %1").arg(day(c.heldOn))});
        }
    }
    if (orgUsable) {
        auto existing = m_store.findCampaign(c.orgId, c.year);
        if (!existing.ok()) {
            return existing.error();
        }
        if (existing.value() && existing.value()->id != c.id) {
            issues.prepend({QStringLiteral("year"), tr("the review of %1 for %2 is already recorded (held on %3)")
                                                        .arg(org.value()->code)
                                                        .arg(c.year)
                                                        .arg(day(existing.value()->heldOn))});
        }
    }
    return issues;
}

Result<qint64> ReviewService::createCampaign(const UserContext& user, const ReviewCampaign& campaign)
{
    ReviewCampaign c = campaign;
    c.id = 0;
    auto issues = validateCampaign(user, c);
    if (!issues.ok()) {
        return issues.error();
    }
    if (!issues->isEmpty()) {
        const ReviewIssue& first = issues->constFirst();
        const bool duplicate = first.field == QStringLiteral("year") && c.year >= 1949;
        return Error(duplicate ? Error::Kind::Conflict : Error::Kind::Invalid, first.message, first.field);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto id = m_store.insertCampaign(c);
    if (!id.ok()) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    return *id;
}

Status ReviewService::updateCampaign(const UserContext& user, const ReviewCampaign& campaign)
{
    auto before = existingCampaign(campaign.id);
    if (!before.ok()) {
        return before.error();
    }
    if (auto allowed = m_access.canWrite(user, before->orgId); !allowed.ok()) {
        return allowed;
    }
    ReviewCampaign c = campaign;
    c.orgId = before->orgId; // organization and year identify the campaign
    c.year = before->year;
    auto issues = validateCampaign(user, c);
    if (!issues.ok()) {
        return issues.error();
    }
    if (!issues->isEmpty()) {
        return Error(Error::Kind::Invalid, issues->constFirst().message, issues->constFirst().field);
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto updated = m_store.updateCampaign(c); !updated.ok()) {
        return updated;
    }
    m_scopes.remove(c.id);
    if (c.heldOn != before->heldOn) {
        // Every result must still fit: the roll and categories of the new date.
        auto scope = scopeOf(c.id);
        if (!scope.ok()) {
            return scope.error();
        }
        auto entries = m_store.entriesOf(c.id);
        if (!entries.ok()) {
            return entries.error();
        }
        for (ReviewEntry& entry : entries.value()) {
            const ReviewEntry recorded = entry;
            auto problems = checkEntry(*scope, entry, recorded, *settings);
            if (!problems.ok()) {
                return problems.error();
            }
            if (!problems->isEmpty()) {
                m_scopes.remove(c.id);
                auto label = memberLabel(entry.memberId);
                if (!label.ok()) {
                    return label.error();
                }
                return Error(Error::Kind::Invalid, tr("%1: %2").arg(*label, problems->constFirst().message),
                             QStringLiteral("held_on"));
            }
            if (entry.orgId != recorded.orgId) {
                if (auto saved = m_store.saveEntry(entry); !saved.ok()) {
                    return saved;
                }
            }
        }
    }
    return transaction.commit();
}

Status ReviewService::removeCampaign(const UserContext& user, qint64 campaignId)
{
    auto campaign = existingCampaign(campaignId);
    if (!campaign.ok()) {
        return campaign.error();
    }
    if (auto allowed = m_access.canWrite(user, campaign->orgId); !allowed.ok()) {
        return allowed;
    }
    auto entries = m_store.entriesOf(campaignId);
    if (!entries.ok()) {
        return entries.error();
    }
    for (const ReviewEntry& e : std::as_const(*entries)) {
        if (ReviewRules::leavesTheRoll(e.handling)) {
            auto label = memberLabel(e.memberId);
            if (!label.ok()) {
                return label.error();
            }
            return Error(Error::Kind::Conflict,
                         tr("%1 left the party through this review (%2): the review cannot be deleted")
                             .arg(*label, ReviewRules::handlingText(e)));
        }
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto removed = m_store.removeCampaign(campaignId); !removed.ok()) {
        return removed;
    }
    m_scopes.remove(campaignId);
    return transaction.commit();
}

Result<std::optional<ReviewCampaign>> ReviewService::campaign(const UserContext& user, qint64 campaignId)
{
    auto found = m_store.findCampaign(campaignId);
    if (found.ok() && found->has_value()) {
        if (auto allowed = m_access.canRead(user, (*found)->orgId); !allowed.ok()) {
            return allowed.error();
        }
    }
    return found;
}

Result<std::optional<ReviewCampaign>> ReviewService::findCampaign(const UserContext& user, qint64 orgId, int year)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.findCampaign(orgId, year);
}

Result<QList<ReviewCampaign>> ReviewService::campaignsOf(const UserContext& user, qint64 orgId)
{
    if (auto allowed = m_access.canRead(user, orgId); !allowed.ok()) {
        return allowed.error();
    }
    return m_store.campaignsOf(orgId);
}

Result<QList<ReviewService::RosterRow>> ReviewService::roster(const UserContext& user, qint64 campaignId)
{
    auto campaign = existingCampaign(campaignId);
    if (!campaign.ok()) {
        return campaign.error();
    }
    if (auto allowed = m_access.canRead(user, campaign->orgId); !allowed.ok()) {
        return allowed.error();
    }
    OrganizationStore orgs(m_db);
    auto subtree = orgs.subtreeOn(campaign->orgId, campaign->heldOn);
    if (!subtree.ok()) {
        return subtree.error();
    }
    auto roll = m_store.onRollOn(*subtree, campaign->heldOn);
    if (!roll.ok()) {
        return roll.error();
    }
    auto entries = m_store.entriesOf(campaignId);
    if (!entries.ok()) {
        return entries.error();
    }
    QHash<qint64, ReviewEntry> byMember;
    for (const ReviewEntry& e : std::as_const(*entries)) {
        byMember.insert(e.memberId, e);
    }
    QHash<qint64, QString> names;
    auto nameOf = [&](qint64 orgId) -> Result<QString> {
        if (orgId == 0) {
            return QString();
        }
        if (const auto it = names.constFind(orgId); it != names.constEnd()) {
            return *it;
        }
        auto name = orgs.nameOn(orgId, campaign->heldOn);
        if (!name.ok()) {
            return name.error();
        }
        names.insert(orgId, *name);
        return *name;
    };
    QList<RosterRow> rows;
    for (const ReviewStore::RollMember& m : std::as_const(*roll)) {
        RosterRow row;
        row.member = m;
        auto name = nameOf(m.orgId);
        if (!name.ok()) {
            return name.error();
        }
        row.orgName = *name;
        row.entry = byMember.take(m.memberId);
        row.entry.campaignId = campaignId;
        row.entry.memberId = m.memberId;
        if (row.entry.id == 0) {
            row.entry.orgId = m.orgId;
        }
        rows.append(row);
    }
    // Results of members who are not on that roll (the history was corrected since).
    QList<ReviewEntry> stray = byMember.values();
    std::sort(stray.begin(), stray.end(), [](const ReviewEntry& a, const ReviewEntry& b) { return a.id < b.id; });
    MemberStore members(m_db);
    for (const ReviewEntry& e : std::as_const(stray)) {
        auto member = members.findById(e.memberId);
        if (!member.ok()) {
            return member.error();
        }
        RosterRow row;
        row.onRoll = false;
        row.entry = e;
        row.member.memberId = e.memberId;
        row.member.orgId = e.orgId;
        if (member.value()) {
            row.member.name = member.value()->name;
            row.member.idNumber = member.value()->idNumber;
        }
        auto state = m_store.memberOn(e.memberId, campaign->heldOn);
        if (!state.ok()) {
            return state.error();
        }
        row.member.category = state.value() ? state.value()->category : MemberCategory::Unknown;
        auto name = nameOf(e.orgId);
        if (!name.ok()) {
            return name.error();
        }
        row.orgName = *name;
        rows.append(row);
    }
    if (m_access.masked(user)) {
        for (RosterRow& row : rows) {
            row.member.idNumber = AccessControl::maskIdNumber(row.member.idNumber);
        }
    }
    return rows;
}

Result<ReviewIssues> ReviewService::checkEntry(const Scope& scope, ReviewEntry& entry,
                                               const std::optional<ReviewEntry>& before, const ReviewSettings& settings)
{
    const ReviewCampaign& campaign = scope.campaign;
    ReviewIssues issues;
    entry.campaignId = campaign.id;
    auto state = m_store.memberOn(entry.memberId, campaign.heldOn);
    if (!state.ok()) {
        return state.error();
    }
    MemberCategory category = MemberCategory::Unknown;
    if (!state.value() || !scope.orgs.contains(state.value()->orgId)) {
        auto label = memberLabel(entry.memberId);
        if (!label.ok()) {
            return label.error();
        }
        issues.append({QStringLiteral("id_number"),
                       tr("%1 was not on the roll of the organization or its sub-organizations on %2")
                           .arg(*label, day(campaign.heldOn))});
    } else {
        category = state.value()->category;
        entry.orgId = state.value()->orgId;
    }
    ReviewRules::completeHandling(entry, settings);
    issues += ReviewRules::checkEntry(entry, category, campaign.heldOn, Clock::today());

    if (before && ReviewRules::leavesTheRoll(before->handling)) {
        // Recorded in the member's history: only the other fields may change.
        if (entry.result != before->result || entry.handling != before->handling ||
            entry.handledOn != before->handledOn) {
            issues.prepend({QStringLiteral("handling"),
                            tr("the member left the party through this review (%1): it is part of the member's "
                               "history and cannot be changed here")
                                .arg(ReviewRules::handlingText(*before))});
        }
        return issues;
    }
    if (!issues.isEmpty() || !ReviewRules::leavesTheRoll(entry.handling)) {
        return issues;
    }
    // The leaving event must fit the member's history (no later event needing the roll ...).
    auto member = MemberStore(m_db).findById(entry.memberId);
    if (!member.ok()) {
        return member.error();
    }
    auto events = EventStore(m_db).eventsOf(entry.memberId);
    if (!events.ok()) {
        return events.error();
    }
    const EventKind kind = *ReviewRules::leavingEvent(entry.handling);
    const bool recorded = std::any_of(events->cbegin(), events->cend(), [&](const MembershipEvent& e) {
        return e.kind == kind && e.date == entry.handledOn;
    });
    if (recorded || !member.value()) {
        return issues;
    }
    auto leftFrom = m_store.memberOn(entry.memberId, entry.handledOn);
    if (!leftFrom.ok()) {
        return leftFrom.error();
    }
    QList<MembershipEvent> all = *events;
    all.append(MembershipEvent{0, entry.memberId, entry.handledOn, kind, leftFrom.value() ? leftFrom.value()->orgId : 0,
                               QString()});
    auto replayed = MemberService(m_db).replay(member.value()->birthDate, all);
    if (!replayed.ok()) {
        if (replayed.error().kind() == Error::Kind::Storage) {
            return replayed.error();
        }
        issues.append({QStringLiteral("handled_on"), replayed.error().message()});
    }
    return issues;
}

Result<ReviewIssues> ReviewService::validateEntry(const UserContext& user, ReviewEntry& entry)
{
    auto scope = scopeOf(entry.campaignId);
    if (!scope.ok()) {
        return scope.error();
    }
    if (auto allowed = m_access.canWrite(user, scope->campaign.orgId); !allowed.ok()) {
        return allowed.error();
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    auto before = m_store.findEntry(entry.campaignId, entry.memberId);
    if (!before.ok()) {
        return before.error();
    }
    return checkEntry(*scope, entry, *before, *settings);
}

Status ReviewService::writeEntry(const UserContext& user, const Scope& scope, ReviewEntry entry,
                                 const ReviewSettings& settings)
{
    const ReviewCampaign& campaign = scope.campaign;
    auto before = m_store.findEntry(campaign.id, entry.memberId);
    if (!before.ok()) {
        return before.error();
    }
    auto issues = checkEntry(scope, entry, *before, settings);
    if (!issues.ok()) {
        return issues.error();
    }
    if (!issues->isEmpty()) {
        const ReviewIssue& first = issues->constFirst();
        const bool final = before.value() && ReviewRules::leavesTheRoll(before.value()->handling) &&
                           first.field == QStringLiteral("handling");
        return Error(final ? Error::Kind::Conflict : Error::Kind::Invalid, first.message, first.field);
    }
    entry.id = before.value() ? before.value()->id : 0;
    if (before.value() && *before.value() == entry) {
        return {};
    }
    if (auto saved = m_store.saveEntry(entry); !saved.ok()) {
        return saved;
    }
    if (!ReviewRules::leavesTheRoll(entry.handling) ||
        (before.value() && ReviewRules::leavesTheRoll(before.value()->handling))) {
        return {};
    }
    // Persuaded to withdraw or removed: the member leaves the roll on the handling date.
    auto events = EventStore(m_db).eventsOf(entry.memberId);
    if (!events.ok()) {
        return events.error();
    }
    const EventKind kind = *ReviewRules::leavingEvent(entry.handling);
    const bool recorded = std::any_of(events->cbegin(), events->cend(), [&](const MembershipEvent& e) {
        return e.kind == kind && e.date == entry.handledOn;
    });
    if (recorded) {
        return {};
    }
    auto leftFrom = m_store.memberOn(entry.memberId, entry.handledOn);
    if (!leftFrom.ok()) {
        return leftFrom.error();
    }
    const MembershipEvent leaving{
        0,
        entry.memberId,
        entry.handledOn,
        kind,
        leftFrom.value() ? leftFrom.value()->orgId : 0,
        tr("Democratic review of %1: %2").arg(campaign.year).arg(ReviewRules::handlings().label(int(entry.handling)))};
    if (auto event = MemberService(m_db).recordEvent(user, leaving); !event.ok()) {
        const Error& e = event.error();
        return Error(e.kind(), e.message(), QStringLiteral("handled_on"));
    }
    return {};
}

Status ReviewService::setEntry(const UserContext& user, ReviewEntry entry)
{
    auto scope = scopeOf(entry.campaignId);
    if (!scope.ok()) {
        return scope.error();
    }
    if (auto allowed = m_access.canWrite(user, scope->campaign.orgId); !allowed.ok()) {
        return allowed;
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto written = writeEntry(user, *scope, entry, *settings); !written.ok()) {
        return written;
    }
    return transaction.commit();
}

Status ReviewService::setEntries(const UserContext& user, const QList<ReviewEntry>& entries)
{
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    for (const ReviewEntry& entry : entries) {
        auto scope = scopeOf(entry.campaignId);
        if (!scope.ok()) {
            return scope.error();
        }
        if (auto allowed = m_access.canWrite(user, scope->campaign.orgId); !allowed.ok()) {
            return allowed;
        }
        if (auto written = writeEntry(user, *scope, entry, *settings); !written.ok()) {
            const Error& e = written.error();
            if (e.kind() == Error::Kind::Storage) {
                return written;
            }
            auto label = memberLabel(entry.memberId);
            if (!label.ok()) {
                return label.error();
            }
            return Error(e.kind(), tr("%1: %2").arg(*label, e.message()), e.field());
        }
    }
    return transaction.commit();
}

Status ReviewService::clearEntry(const UserContext& user, qint64 campaignId, qint64 memberId)
{
    auto campaign = existingCampaign(campaignId);
    if (!campaign.ok()) {
        return campaign.error();
    }
    if (auto allowed = m_access.canWrite(user, campaign->orgId); !allowed.ok()) {
        return allowed;
    }
    auto before = m_store.findEntry(campaignId, memberId);
    if (!before.ok()) {
        return before.error();
    }
    if (!before.value()) {
        return {};
    }
    if (ReviewRules::leavesTheRoll(before.value()->handling)) {
        return Error(Error::Kind::Conflict,
                     tr("the member left the party through this review (%1): it is part of the member's history and "
                        "cannot be changed here")
                         .arg(ReviewRules::handlingText(*before.value())),
                     QStringLiteral("handling"));
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started();
    }
    if (auto removed = m_store.removeEntry(campaignId, memberId); !removed.ok()) {
        return removed;
    }
    return transaction.commit();
}

Result<int> ReviewService::setAllQualified(const UserContext& user, qint64 campaignId)
{
    auto rows = roster(user, campaignId);
    if (!rows.ok()) {
        return rows.error();
    }
    QList<ReviewEntry> entries;
    for (const RosterRow& row : std::as_const(*rows)) {
        if (!row.onRoll || row.entry.result != ReviewResult::None) {
            continue;
        }
        ReviewEntry entry = row.entry;
        if (row.member.category == MemberCategory::Full) {
            entry.result = ReviewResult::Qualified;
        } else if (row.member.category == MemberCategory::Probationary) {
            entry.result = ReviewResult::Participated;
        } else {
            continue;
        }
        entries.append(entry);
    }
    if (auto written = setEntries(user, entries); !written.ok()) {
        return written.error();
    }
    return int(entries.size());
}

Result<ReviewTally> ReviewService::tally(const UserContext& user, qint64 campaignId)
{
    auto rows = roster(user, campaignId);
    if (!rows.ok()) {
        return rows.error();
    }
    ReviewTally t;
    for (const RosterRow& row : std::as_const(*rows)) {
        if (row.onRoll) {
            ReviewRules::count(t, row.entry);
        }
    }
    return t;
}

Result<QStringList> ReviewService::warnings(const UserContext& user, qint64 campaignId)
{
    auto campaign = existingCampaign(campaignId);
    if (!campaign.ok()) {
        return campaign.error();
    }
    auto rows = roster(user, campaignId);
    if (!rows.ok()) {
        return rows.error();
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }
    ReviewTally t;
    QStringList result;
    for (const RosterRow& row : std::as_const(*rows)) {
        if (row.onRoll) {
            ReviewRules::count(t, row.entry);
        } else {
            result.append(tr("a result is recorded for %1 (%2), who was not on the roll on %3")
                              .arg(row.member.name, row.member.idNumber, day(campaign->heldOn)));
        }
    }
    if (const QString excellent = ReviewRules::excellentWarning(t.excellent, t.gradedFull(), *settings);
        !excellent.isEmpty()) {
        result.prepend(excellent);
    }
    return result;
}

Result<QList<QPair<ReviewCampaign, ReviewEntry>>> ReviewService::reviewsOfMember(const UserContext& user,
                                                                                 qint64 memberId)
{
    if (auto allowed = m_access.canReadMember(user, memberId); !allowed.ok()) {
        return allowed.error();
    }
    auto scope = m_access.scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    auto reviews = m_store.entriesOfMember(memberId);
    if (reviews.ok() && scope->has_value()) {
        // Reviews of the member's time elsewhere belong to organizations the user may not see.
        reviews->removeIf([&](const QPair<ReviewCampaign, ReviewEntry>& review) {
            return !(*scope)->contains(review.first.orgId) && !(*scope)->contains(review.second.orgId);
        });
    }
    return reviews;
}

Result<QList<ReviewService::CorrectionDue>> ReviewService::correctionsDue(const UserContext& user, const QDate& asOf,
                                                                          int withinDays, qint64 rootOrgId)
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
    const bool masked = m_access.masked(user);
    QSet<qint64> scope;
    OrganizationStore orgs(m_db);
    if (rootOrgId != 0) {
        auto subtree = orgs.subtreeOn(rootOrgId, asOf);
        if (!subtree.ok()) {
            return subtree.error();
        }
        if (subtree->isEmpty()) {
            return QList<CorrectionDue>();
        }
        scope = QSet<qint64>(subtree->cbegin(), subtree->cend());
    }
    auto open = m_store.openCorrections(asOf.addDays(qMax(0, withinDays)));
    if (!open.ok()) {
        return open.error();
    }
    QHash<qint64, QString> codes;
    QList<CorrectionDue> result;
    for (const auto& [campaign, entry] : std::as_const(*open)) {
        auto state = m_store.memberOn(entry.memberId, asOf);
        if (!state.ok()) {
            return state.error();
        }
        if (!state.value() || (!scope.isEmpty() && !scope.contains(state.value()->orgId)) ||
            (visible->has_value() && !(*visible)->contains(state.value()->orgId))) {
            continue;
        }
        CorrectionDue due;
        due.campaign = campaign;
        due.entry = entry;
        due.name = state.value()->name;
        due.idNumber = masked ? AccessControl::maskIdNumber(state.value()->idNumber) : state.value()->idNumber;
        due.orgId = state.value()->orgId;
        if (!codes.contains(due.orgId)) {
            auto org = orgs.findById(due.orgId);
            if (!org.ok()) {
                return org.error();
            }
            codes.insert(due.orgId, org.value() ? org.value()->code : QString());
        }
        due.orgCode = codes.value(due.orgId);
        due.daysLeft = int(asOf.daysTo(entry.correctionDue));
        result.append(due);
    }
    return result;
}

Result<QList<ReviewService::OverviewRow>> ReviewService::overview(const UserContext& user, int year, qint64 rootOrgId)
{
    if (rootOrgId != 0) {
        if (auto allowed = m_access.canRead(user, rootOrgId); !allowed.ok()) {
            return allowed.error();
        }
    }
    auto visible = m_access.scope(user); // "all" is the user's subtree
    if (!visible.ok()) {
        return visible.error();
    }
    const QDate today = Clock::today();
    const QDate reference = qMin(QDate(year, 12, 31), today);
    auto campaigns = m_store.campaignsOfYear(year);
    if (!campaigns.ok()) {
        return campaigns.error();
    }
    auto links = m_store.links();
    if (!links.ok()) {
        return links.error();
    }
    const LinkTree tree(*links);
    OrganizationStore orgs(m_db);
    auto nodes = orgs.treeOn(reference);
    if (!nodes.ok()) {
        return nodes.error();
    }
    QHash<qint64, OrganizationStore::Node> nodeById;
    for (const OrganizationStore::Node& n : std::as_const(*nodes)) {
        nodeById.insert(n.id, n);
    }
    QList<qint64> scope;
    if (rootOrgId != 0) {
        scope = tree.subtree(rootOrgId, reference);
    } else {
        for (const OrganizationStore::Node& n : std::as_const(*nodes)) {
            scope.append(n.id);
        }
    }
    if (visible->has_value()) {
        scope.removeIf([&](qint64 org) { return !(*visible)->contains(org); });
    }
    const QSet<qint64> inScope(scope.cbegin(), scope.cend());

    // Which campaign covers each organization: its own, else the latest of an organization above.
    QHash<qint64, qsizetype> own;
    for (qsizetype i = 0; i < campaigns->size(); ++i) {
        own.insert(campaigns->at(i).orgId, i);
    }
    QHash<qint64, qsizetype> coverer;
    for (qsizetype i = 0; i < campaigns->size(); ++i) {
        const ReviewCampaign& c = campaigns->at(i);
        for (const qint64 org : tree.subtree(c.orgId, c.heldOn)) {
            if (const auto o = own.constFind(org); o != own.constEnd()) {
                coverer.insert(org, *o);
                continue;
            }
            const auto it = coverer.constFind(org);
            if (it == coverer.constEnd() || later(c, campaigns->at(*it))) {
                coverer.insert(org, i);
            }
        }
    }
    // The organizations whose rolls are counted: the scope, and all those covered by a campaign
    // of an organization of the scope (the campaign's total decides the excellent warning).
    QList<qint64> counted = scope;
    for (auto it = coverer.cbegin(); it != coverer.cend(); ++it) {
        if (!inScope.contains(it.key()) && inScope.contains(campaigns->at(it.value()).orgId)) {
            counted.append(it.key());
        }
    }
    // Rolls are read campaign by campaign, with that campaign's results in memory.
    QHash<qsizetype, QList<qint64>> byCampaign; // -1: not covered
    for (const qint64 org : std::as_const(counted)) {
        byCampaign[coverer.value(org, -1)].append(org);
    }
    QHash<qint64, ReviewTally> tallies;
    QHash<qsizetype, ReviewTally> campaignTallies;
    for (auto group = byCampaign.cbegin(); group != byCampaign.cend(); ++group) {
        QHash<qint64, ReviewEntry> entries;
        QDate date = reference;
        if (group.key() >= 0) {
            const ReviewCampaign& c = campaigns->at(group.key());
            date = c.heldOn;
            auto visited = m_store.forEachEntry({c.id}, [&entries](const ReviewEntry& e) {
                ReviewEntry kept;
                kept.result = e.result;
                kept.handling = e.handling;
                entries.insert(e.memberId, kept);
            });
            if (!visited.ok()) {
                return visited.error();
            }
        }
        ReviewTally& total = campaignTallies[group.key()];
        for (const qint64 org : group.value()) {
            ReviewTally& t = tallies[org];
            auto visited = m_store.visitRoll({org}, date, [&](const ReviewStore::RollMember& m) {
                const ReviewEntry entry = entries.value(m.memberId);
                ReviewRules::count(t, entry);
                ReviewRules::count(total, entry);
            });
            if (!visited.ok()) {
                return visited.error();
            }
        }
    }
    auto settings = m_store.settings();
    if (!settings.ok()) {
        return settings.error();
    }

    QList<OverviewRow> rows;
    for (const qint64 org : std::as_const(scope)) {
        const auto node = nodeById.constFind(org);
        if (node == nodeById.constEnd() || !isGrassroots(node->type)) {
            continue;
        }
        const qsizetype c = coverer.value(org, -1);
        const bool hasOwn = own.contains(org);
        const ReviewTally t = tallies.value(org);
        if (!hasOwn && t.onRoll == 0) {
            continue;
        }
        OverviewRow row;
        row.orgId = org;
        row.code = node->code;
        row.name = node->name;
        row.type = node->type;
        row.tally = t;
        if (hasOwn) {
            const ReviewCampaign& mine = campaigns->at(own.value(org));
            row.campaignId = mine.id;
            row.heldOn = mine.heldOn;
            const ReviewTally total = campaignTallies.value(own.value(org));
            row.warning = ReviewRules::excellentWarning(total.excellent, total.gradedFull(), *settings);
        } else if (c >= 0) {
            const ReviewCampaign& above = campaigns->at(c);
            row.coveredByOrgId = above.orgId;
            row.coveredOn = above.heldOn;
            if (const auto n = nodeById.constFind(above.orgId); n != nodeById.constEnd()) {
                row.coveredByCode = n->code;
            } else {
                auto found = orgs.findById(above.orgId);
                if (!found.ok()) {
                    return found.error();
                }
                row.coveredByCode = found.value() ? found.value()->code : QString();
            }
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const OverviewRow& a, const OverviewRow& b) { return a.code < b.code; });
    return rows;
}

Result<ReviewFigures> ReviewService::figures(const QList<qint64>& orgIds, const QDate& from, const QDate& to,
                                             const QDate& asOf)
{
    ReviewFigures figures;
    auto campaigns = m_store.campaignsHeld(from, to); // by date: a later campaign overrides
    if (!campaigns.ok()) {
        return campaigns.error();
    }
    if (campaigns->isEmpty() || orgIds.isEmpty()) {
        return figures;
    }
    auto links = m_store.links();
    if (!links.ok()) {
        return links.error();
    }
    const LinkTree tree(*links);
    const QSet<qint64> scope(orgIds.cbegin(), orgIds.cend());
    // Each member covered in the scope -> the latest campaign covering them.
    QHash<qint64, qint64> latest;
    for (const ReviewCampaign& c : std::as_const(*campaigns)) {
        QList<qint64> orgs;
        for (const qint64 org : tree.subtree(c.orgId, c.heldOn)) {
            if (scope.contains(org)) {
                orgs.append(org);
            }
        }
        auto visited = m_store.visitRoll(orgs, c.heldOn,
                                         [&](const ReviewStore::RollMember& m) { latest.insert(m.memberId, c.id); });
        if (!visited.ok()) {
            return visited.error();
        }
    }
    qint64 covered = latest.size();
    QList<qint64> ids;
    for (const ReviewCampaign& c : std::as_const(*campaigns)) {
        ids.append(c.id);
    }
    auto visited = m_store.forEachEntry(ids, [&](const ReviewEntry& e) {
        const auto it = latest.constFind(e.memberId);
        if (it == latest.constEnd() || *it != e.campaignId) {
            return; // not covered in the scope, or counted by a later campaign
        }
        switch (e.result) {
        case ReviewResult::Excellent:
            ++figures.excellent;
            ++figures.participated;
            break;
        case ReviewResult::Qualified:
            ++figures.qualified;
            ++figures.participated;
            break;
        case ReviewResult::BasicallyQualified:
            ++figures.basicallyQualified;
            ++figures.participated;
            break;
        case ReviewResult::Unqualified:
            ++figures.unqualified;
            ++figures.participated;
            if (e.handling != ReviewHandling::None && e.handledOn.isValid() && e.handledOn <= asOf) {
                ++figures.handled;
            }
            break;
        case ReviewResult::Participated:
            ++figures.participated;
            break;
        case ReviewResult::Exempt:
            ++figures.exempt;
            break;
        case ReviewResult::Absent:
        case ReviewResult::None:
            break;
        }
    });
    if (!visited.ok()) {
        return visited.error();
    }
    figures.eligible = covered - figures.exempt;
    return figures;
}
