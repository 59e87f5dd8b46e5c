#include "CheckService.h"

#include "core/Dates.h"
#include "core/MemberRules.h"
#include "core/MemberTimeline.h"
#include "core/Vocabulary.h"
#include "services/AccessControl.h"
#include "services/StatisticsService.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/QualityStore.h"
#include "store/StatisticsStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CheckService", text);
}

// domain.md: Organizations (setting up, committees) and Members (lost contact, suspension).
constexpr int MinimumBranchFullMembers = 3;
constexpr int NormalBranchMaximum = 50;
constexpr int BranchCommitteeThreshold = 7;
constexpr int LostContactMonths = 6;
constexpr int SuspendedYearsBeforeRemoval = 2;
// The statistics audit looks at the annual statistics of the check's year and the years before.
constexpr int AuditedYears = 10;

QString memberSubject(const QString& idNumber, const QString& name)
{
    return idNumber + u' ' + name;
}

// Viewers see ID numbers masked, in findings too.
void maskSubjects(QList<CheckService::Finding>& findings)
{
    static const QRegularExpression idNumber(QStringLiteral("\\b\\d{17}[\\dXx]\\b"));
    for (CheckService::Finding& finding : findings) {
        QRegularExpressionMatch match = idNumber.match(finding.subject);
        if (match.hasMatch()) {
            finding.subject.replace(match.capturedStart(), match.capturedLength(),
                                    AccessControl::maskIdNumber(match.captured()));
        }
    }
}

} // namespace

Status CheckService::auditStatistics(const UserContext& user, qint64 rootId, const QString& orgCode, const QDate& date,
                                     const std::function<bool(const QString&)>& codeInScope, QList<Finding>& findings)
{
    using Severity = Finding::Severity;
    const QDate day = date.isValid() ? date : QDate::currentDate();
    const QString subject = orgCode.isEmpty() ? tr("all organizations") : orgCode;
    // One more year than audited: its closing roll is the first audited year's opening.
    StatisticsService statistics(m_db);
    auto balances = statistics.yearlyBalances(user, rootId, day.year() - AuditedYears, day);
    if (!balances.ok()) {
        return balances.error();
    }
    for (qsizetype i = 1; i < balances->size(); ++i) {
        const Statistics::RollBalance& previous = balances->at(i - 1);
        const Statistics::RollBalance& b = balances->at(i);
        const int year = b.from.year();
        if (b.opening != previous.closing) {
            findings.append({Severity::Warning, subject,
                             tr("statistics of %1: %2 members on the roll at the start of the year, but %3 at the end "
                                "of %4 (organizations re-affiliated, or members on the roll of an organization before "
                                "its establishment or after its dissolution)")
                                 .arg(year)
                                 .arg(b.opening)
                                 .arg(previous.closing)
                                 .arg(year - 1)});
        }
        if (b.closing - b.opening != b.increase - b.decrease) {
            findings.append({Severity::Error, subject,
                             tr("statistics of %1: the roll went from %2 to %3, but the increases (%4) minus the "
                                "decreases (%5) make %6")
                                 .arg(year)
                                 .arg(b.opening)
                                 .arg(b.closing)
                                 .arg(b.increase)
                                 .arg(b.decrease)
                                 .arg(b.increase - b.decrease)});
        }
    }
    StatisticsStore store(m_db);
    auto overlaps = store.rollOverlaps();
    if (!overlaps.ok()) {
        return overlaps.error();
    }
    for (const StatisticsStore::RollOverlap& o : std::as_const(*overlaps)) {
        if (codeInScope(o.firstCode) || codeInScope(o.secondCode)) {
            const QString message =
                o.firstCode == o.secondCode
                    ? tr("on the roll of %1 twice at once from %2").arg(o.firstCode, Dates::toText(o.date))
                    : tr("on the roll of %1 and of %2 at once from %3")
                          .arg(o.firstCode, o.secondCode, Dates::toText(o.date));
            findings.append({Severity::Error, memberSubject(o.idNumber, o.name), message});
        }
    }
    return {};
}

CheckService::CheckService(Database& db)
    : m_db(db)
{
}

Result<QList<CheckService::Finding>> CheckService::run(const UserContext& user, const QString& orgCode,
                                                       const QDate& date)
{
    AccessControl access(m_db);
    if (orgCode.isEmpty()) {
        if (auto allowed = access.canReadAll(user); !allowed.ok()) {
            // A branch secretary's "everything" is their own subtree.
            if (user.signedIn() && !user.orgCode.isEmpty()) {
                return run(user, user.orgCode, date);
            }
            return allowed.error();
        }
    }
    using Severity = Finding::Severity;
    QList<Finding> findings;
    OrganizationStore orgs(m_db);
    QSet<qint64> scope;
    qint64 rootId = 0;
    if (!orgCode.isEmpty()) {
        auto root = orgs.findByCode(orgCode);
        if (!root.ok()) {
            return root.error();
        }
        if (!root.value()) {
            return Error(Error::Kind::NotFound, tr("there is no organization with the code %1").arg(orgCode));
        }
        if (auto allowed = access.canRead(user, root.value()->id); !allowed.ok()) {
            return allowed.error();
        }
        auto subtree = orgs.subtreeOn(root.value()->id, date);
        if (!subtree.ok()) {
            return subtree.error();
        }
        scope = QSet<qint64>(subtree->cbegin(), subtree->cend());
        scope.insert(root.value()->id);
        rootId = root.value()->id;
    }
    auto inScope = [&scope](qint64 orgId) { return scope.isEmpty() || scope.contains(orgId); };
    QHash<QString, qint64> codes;
    if (auto ids = orgs.idsByCode(); ids.ok()) {
        codes = *ids;
    } else {
        return ids.error();
    }
    auto codeInScope = [&](const QString& code) { return scope.isEmpty() || scope.contains(codes.value(code)); };

    // Member records and histories.
    MemberStore members(m_db);
    EventStore events(m_db);
    QHash<qint64, QList<MembershipEvent>> histories;
    auto collected = events.forEach([&](const MembershipEvent& e) {
        histories[e.memberId].append(e);
        return true;
    });
    if (!collected.ok()) {
        return collected.error();
    }
    auto visited = members.forEach([&](const Member& stored) {
        const QList<MembershipEvent>& history = histories.value(stored.id);
        bool relevant = scope.isEmpty();
        for (const MembershipEvent& e : history) {
            relevant = relevant || (e.orgId != 0 && scope.contains(e.orgId));
        }
        if (!relevant) {
            return true;
        }
        const QString subject = memberSubject(stored.idNumber, stored.name);
        Member checked = stored;
        for (const FieldIssue& issue :
             MemberRules::checkAndComplete(checked, date.isValid() ? date : QDate::currentDate())) {
            findings.append({Severity::Error, subject, issue.message});
        }
        if (stored.ethnicity.isEmpty()) {
            findings.append({Severity::Warning, subject, tr("the ethnic group is missing")});
        }
        if (stored.education == Education::Unknown) {
            findings.append({Severity::Warning, subject, tr("the education is missing")});
        }
        if (stored.occupation == Occupation::Unknown) {
            findings.append({Severity::Warning, subject, tr("the occupation is missing")});
        }
        if (history.isEmpty()) {
            findings.append({Severity::Error, subject, tr("the member has no admission event")});
        }
        const MemberTimeline timeline = MemberTimeline::build(stored.birthDate, history);
        for (const MemberTimeline::Violation& v : timeline.violations()) {
            findings.append({Severity::Error, subject,
                             tr("impossible history on %1: %2").arg(Dates::toText(v.event.date), v.message)});
        }
        return true;
    });
    if (!visited.ok()) {
        return visited.error();
    }

    QualityStore quality(m_db);
    auto facts = [&](const Result<QList<QualityStore::MemberFact>>& result, Severity severity,
                     const std::function<QString(const QualityStore::MemberFact&)>& message) -> Status {
        if (!result.ok()) {
            return result.error();
        }
        for (const QualityStore::MemberFact& fact : *result) {
            if (fact.code.isEmpty() || codeInScope(fact.code)) {
                findings.append({severity, memberSubject(fact.idNumber, fact.name), message(fact)});
            }
        }
        return {};
    };
    Status ok = facts(quality.onRollOfDissolved(date), Severity::Error, [](const QualityStore::MemberFact& f) {
        return tr("on the roll of %1, which was dissolved on %2").arg(f.code, Dates::toText(f.date));
    });
    if (ok.ok()) {
        ok = facts(quality.lostContactSince(date.addMonths(-LostContactMonths)), Severity::Warning,
                   [](const QualityStore::MemberFact& f) {
                       return f.date.isValid()
                                  ? tr("lost contact since %1: a candidate for suspension (停止党籍)")
                                        .arg(Dates::toText(f.date))
                                  : tr("lost contact (date unknown): a candidate for suspension (停止党籍)");
                   });
    }
    if (ok.ok()) {
        ok = facts(quality.suspendedSince(date.addYears(-SuspendedYearsBeforeRemoval)), Severity::Warning,
                   [](const QualityStore::MemberFact& f) {
                       return tr("suspended since %1: a candidate for removal (除名) if still unreachable")
                           .arg(Dates::toText(f.date));
                   });
    }
    if (ok.ok()) {
        ok = facts(quality.juniorSecretaries(date), Severity::Warning, [](const QualityStore::MemberFact& f) {
            return tr("secretary of %1 since %2 with less than one year of party standing")
                .arg(f.code, Dates::toText(f.date));
        });
    }
    if (ok.ok()) {
        ok = facts(quality.postsOfLeftMembers(date), Severity::Warning, [](const QualityStore::MemberFact& f) {
            return tr("still holds a post in %1 (since %2) but is not on the roll").arg(f.code, Dates::toText(f.date));
        });
    }
    if (ok.ok()) {
        auto duplicates = quality.possibleDuplicates();
        if (!duplicates.ok()) {
            return duplicates.error();
        }
        for (const QualityStore::MemberFact& f : std::as_const(*duplicates)) {
            findings.append({Severity::Warning, memberSubject(f.idNumber, f.name),
                             tr("same name and birth date as %1: the same person twice?").arg(f.code)});
        }
    }
    if (!ok.ok()) {
        return ok.error();
    }

    if (auto audited = auditStatistics(user, rootId, orgCode, date, codeInScope, findings); !audited.ok()) {
        return audited.error();
    }

    // Organization rules on the date.
    auto rolls = quality.rolls(date);
    if (!rolls.ok()) {
        return rolls.error();
    }
    for (const QualityStore::OrgRoll& roll : std::as_const(*rolls)) {
        if (!inScope(roll.orgId)) {
            continue;
        }
        const auto type = static_cast<OrgType>(roll.type);
        const int total = roll.full + roll.probationary;
        if (isGrassroots(type) && total > 0 && roll.secretaries == 0) {
            findings.append({Severity::Warning, roll.code, tr("has no secretary")});
        }
        if (type != OrgType::Branch) {
            continue;
        }
        if (roll.full < MinimumBranchFullMembers) {
            findings.append(
                {Severity::Warning, roll.code, tr("a branch needs at least 3 full members, it has %1").arg(roll.full)});
        }
        if (total > NormalBranchMaximum) {
            findings.append(
                {Severity::Warning, roll.code, tr("a branch normally has at most 50 members, it has %1").arg(total)});
        }
        if (roll.full >= BranchCommitteeThreshold && roll.committeeMembers == 0) {
            findings.append({Severity::Warning, roll.code,
                             tr("a branch with %1 full members should have a committee").arg(roll.full)});
        }
    }
    if (access.masked(user)) {
        maskSubjects(findings);
    }
    return findings;
}
