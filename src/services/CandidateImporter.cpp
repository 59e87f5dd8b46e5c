#include "CandidateImporter.h"

#include "ImportFormats.h"
#include "core/Dates.h"
#include "store/OrganizationStore.h"

#include <QSet>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CandidateImporter", text);
}

QString verdictText(const ElectionVerdict& verdict)
{
    QStringList parts;
    for (const ElectionVerdict::Failure& f : verdict.failures) {
        parts.append(ElectionRules::ruleLabel(f.rule) + QStringLiteral(": ") + f.message);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

CandidateImporter::CandidateImporter(Database& db, const UserContext& user)
    : TableImporter(db, user, ImportFormats::columns(TableKind::Candidates))
    , m_service(db)
    , m_store(db)
    , m_members(db)
{
}

Status CandidateImporter::begin()
{
    auto ids = OrganizationStore(m_db).idsByCode();
    if (!ids.ok()) {
        return ids.error();
    }
    m_orgIds = *ids;
    return {};
}

Status CandidateImporter::processRow(const TableRow& row)
{
    const int before = int(m_report.issues.size());
    PendingRow p;
    p.row = row.number;
    p.orgCode = text(row, "org");
    if (p.orgCode.isEmpty()) {
        report(row.number, QStringLiteral("org"), tr("the organization is missing"));
    } else {
        p.orgId = m_orgIds.value(p.orgCode);
        if (p.orgId == 0) {
            report(row.number, QStringLiteral("org"), tr("there is no organization with the code %1").arg(p.orgCode));
        }
    }
    if (const auto held = date(row, "held_on")) {
        p.heldOn = *held;
        if (!held->isValid()) {
            report(row.number, QStringLiteral("held_on"), tr("the date of the election is missing"));
        }
    }
    auto member = recordedMember(row, m_members);
    if (!member.ok()) {
        return member.error();
    }
    p.candidate.memberId = *member;
    if (text(row, "position").isEmpty()) {
        report(row.number, QStringLiteral("position"), tr("the post is missing"));
    } else if (const auto kind = term(row, "position", Vocabulary::postKinds(), PostKind::CommitteeMember)) {
        p.candidate.position = *kind;
    }
    const QString votes = text(row, "votes");
    bool ok = false;
    p.candidate.votes = votes.toInt(&ok);
    if (votes.isEmpty()) {
        report(row.number, QStringLiteral("votes"), tr("the votes are missing"));
    } else if (!ok || p.candidate.votes < 0) {
        report(row.number, QStringLiteral("votes"), tr("\"%1\" is not a whole number").arg(votes));
    }
    if (!text(row, "elected").isEmpty()) {
        p.claimedElected = flag(row, "elected");
    }
    if (const auto head = flag(row, "concurrent_admin_head")) {
        p.candidate.concurrentAdminHead = *head;
    }
    if (int(m_report.issues.size()) == before) {
        m_rows.append(p);
    }
    return {};
}

Status CandidateImporter::finish()
{
    // Each election is checked once, with all its candidates of the file.
    QList<QString> order;
    QHash<QString, QList<PendingRow>> groups;
    for (const PendingRow& p : std::as_const(m_rows)) {
        const QString key = QStringLiteral("%1/%2").arg(p.orgId).arg(Dates::toText(p.heldOn));
        if (!groups.contains(key)) {
            order.append(key);
        }
        groups[key].append(p);
    }
    for (const QString& key : std::as_const(order)) {
        if (auto applied = applyGroup(groups.value(key)); !applied.ok()) {
            return applied;
        }
    }
    return {};
}

QString CandidateImporter::candidateText(const ElectionCandidate& candidate)
{
    auto member = m_members.findById(candidate.memberId);
    if (member.ok() && member.value()) {
        return QStringLiteral("%1 (%2)").arg(member.value()->name, member.value()->idNumber);
    }
    return QString::number(candidate.memberId);
}

Status CandidateImporter::applyGroup(const QList<PendingRow>& rows)
{
    const PendingRow& first = rows.constFirst();
    auto existing = m_store.find(first.orgId, first.heldOn);
    if (!existing.ok()) {
        return existing.error();
    }
    if (!existing.value()) {
        for (const PendingRow& p : rows) {
            report(p.row, QStringLiteral("held_on"),
                   tr("no election of %1 on %2 is recorded: import it with \"import elections\" first")
                       .arg(p.orgCode, Dates::toText(p.heldOn)));
        }
        return {};
    }
    Election e = *existing.value();
    QHash<int, const PendingRow*> rowOf; // candidate index -> its row of the file
    QHash<QString, int> seen;
    int added = 0;
    int changed = 0;
    int same = 0;
    bool duplicates = false;
    for (const PendingRow& p : rows) {
        const QString key = QStringLiteral("%1/%2").arg(p.candidate.memberId).arg(int(p.candidate.position));
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            report(p.row, QStringLiteral("id_number"),
                   tr("this candidate for this post appears already in row %1").arg(it.value()));
            duplicates = true;
            continue;
        }
        seen.insert(key, p.row);
        int index = -1;
        for (int i = 0; i < e.candidates.size(); ++i) {
            if (e.candidates.at(i).memberId == p.candidate.memberId &&
                e.candidates.at(i).position == p.candidate.position) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            e.candidates.append(p.candidate);
            index = int(e.candidates.size()) - 1;
            ++added;
        } else {
            ElectionCandidate& c = e.candidates[index];
            if (c.votes == p.candidate.votes && c.concurrentAdminHead == p.candidate.concurrentAdminHead) {
                ++same;
            } else {
                c.votes = p.candidate.votes;
                c.concurrentAdminHead = p.candidate.concurrentAdminHead;
                ++changed;
            }
        }
        rowOf.insert(index, &p);
    }
    if (duplicates) {
        return {};
    }
    auto issues = m_service.validate(m_user, e);
    if (!issues.ok()) {
        return issues.error();
    }
    for (const ElectionIssue& issue : std::as_const(*issues)) {
        const PendingRow* p = rowOf.value(issue.candidate, nullptr);
        QString message = issue.message;
        if (!p && issue.candidate >= 0 && issue.candidate < e.candidates.size()) {
            message = tr("recorded candidate %1: %2").arg(candidateText(e.candidates.at(issue.candidate)), message);
        }
        report(p ? p->row : first.row, issue.field, message);
    }
    if (!issues->isEmpty()) {
        return {};
    }
    auto verdict = m_service.evaluate(m_user, e);
    if (!verdict.ok()) {
        return verdict.error();
    }
    bool contradicted = false;
    for (auto it = rowOf.cbegin(); it != rowOf.cend(); ++it) {
        const PendingRow& p = *it.value();
        if (!p.claimedElected) {
            continue;
        }
        const bool elected = it.key() < verdict->elected.size() && verdict->elected.at(it.key());
        if (*p.claimedElected == elected) {
            continue;
        }
        contradicted = true;
        if (!*p.claimedElected) {
            report(p.row, QStringLiteral("elected"),
                   tr("claimed not elected, but by the votes (%1) this candidate is elected").arg(p.candidate.votes));
        } else if (!verdict->valid()) {
            report(p.row, QStringLiteral("elected"),
                   tr("claimed elected, but the election is not valid: %1").arg(verdictText(*verdict)));
        } else {
            report(p.row, QStringLiteral("elected"),
                   tr("claimed elected, but by the votes (%1) this candidate is not elected").arg(p.candidate.votes));
        }
    }
    if (contradicted) {
        return {};
    }
    if (added == 0 && changed == 0) {
        m_report.unchanged += same;
        return {};
    }
    if (auto written = m_service.update(m_user, e); !written.ok()) {
        if (!reportError(first.row, written.error(), QStringLiteral("held_on"))) {
            return written;
        }
        return {};
    }
    m_report.created += added;
    m_report.updated += changed;
    m_report.unchanged += same;
    return {};
}
