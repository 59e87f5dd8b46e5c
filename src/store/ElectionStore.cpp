#include "ElectionStore.h"

#include "Database.h"
#include "EventStore.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/Dates.h"

#include <QSqlQuery>

using SqlValues::dateOrNull;
using SqlValues::textOrNull;

namespace {

const QString SelectSql = QStringLiteral(
    "SELECT id, org_id, held_on, kind, seats, eligible, present, ballots_issued, ballots_returned, approved_on,"
    " approval_document, term_years, note, verdict, failures, expires_on FROM elections ");

Election fromQuery(const QSqlQuery& q)
{
    Election e;
    e.id = q.value(0).toLongLong();
    e.orgId = q.value(1).toLongLong();
    e.heldOn = Dates::fromText(q.value(2).toString());
    e.kind = static_cast<ElectionKind>(q.value(3).toInt());
    e.seats = q.value(4).toInt();
    e.eligible = q.value(5).toInt();
    e.present = q.value(6).toInt();
    e.ballotsIssued = q.value(7).toInt();
    e.ballotsReturned = q.value(8).toInt();
    e.approvedOn = Dates::fromText(q.value(9).toString());
    e.approvalDocument = q.value(10).toString();
    e.termYears = q.value(11).toInt();
    e.note = q.value(12).toString();
    e.verdict = q.value(13).toInt();
    e.failureMask = q.value(14).toInt();
    e.expiresOn = Dates::fromText(q.value(15).toString());
    return e;
}

QVariantList recordValues(const Election& e)
{
    return {e.orgId,
            Dates::toText(e.heldOn),
            int(e.kind),
            e.seats,
            e.eligible,
            e.present,
            e.ballotsIssued,
            e.ballotsReturned,
            dateOrNull(e.approvedOn),
            textOrNull(e.approvalDocument),
            e.termYears,
            textOrNull(e.note),
            e.verdict,
            e.failureMask,
            dateOrNull(e.expiresOn)};
}

Postponement postponementFrom(const QSqlQuery& q)
{
    Postponement p;
    p.id = q.value(0).toLongLong();
    p.orgId = q.value(1).toLongLong();
    p.approvedOn = Dates::fromText(q.value(2).toString());
    p.dueOn = Dates::fromText(q.value(3).toString());
    p.document = q.value(4).toString();
    p.note = q.value(5).toString();
    return p;
}

const QString PostponementSql =
    QStringLiteral("SELECT id, org_id, approved_on, due_on, document, note FROM election_postponements ");

// Setting names as stored.
const char* const ThresholdBaseName = "threshold_base";
const char* const CommitteeYearsName = "term_years_committee";
const char* const GeneralBranchYearsName = "term_years_general_branch";
const char* const BranchYearsName = "term_years_branch";
const char* const VillageCommunityYearsName = "term_years_village_community";
const char* const ReminderMonthsName = "reminder_months";

} // namespace

ElectionStore::ElectionStore(Database& db)
    : m_db(db)
{
}

Status ElectionStore::insert(Election& election)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO elections (org_id, held_on, kind, seats, eligible, present,"
                                      " ballots_issued, ballots_returned, approved_on, approval_document, term_years,"
                                      " note, verdict, failures, expires_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                       recordValues(election));
    if (!q.ok()) {
        return q.error();
    }
    election.id = q->lastInsertId().toLongLong();
    return writeChildren(election);
}

ElectionStore::BulkInsert::BulkInsert(Database& db)
    : m_election(db, "INSERT INTO elections (org_id, held_on, kind, seats, eligible, present, ballots_issued,"
                     " ballots_returned, approved_on, approval_document, term_years, note, verdict, failures,"
                     " expires_on) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)")
    , m_candidate(db, "INSERT INTO election_candidates (election_id, member_id, position, votes,"
                      " concurrent_admin_head, elected) VALUES (?1,?2,?3,?4,?5,?6)")
    , m_exclusion(db, "INSERT INTO election_exclusions (election_id, member_id, reason, note) VALUES (?1,?2,?3,?4)")
{
}

Status ElectionStore::BulkInsert::insert(Election& e)
{
    for (const SqliteStatement* statement : {&m_election, &m_candidate, &m_exclusion}) {
        if (!statement->status().ok()) {
            return statement->status();
        }
    }
    m_election.bind(1, e.orgId);
    m_election.bind(2, e.heldOn);
    m_election.bind(3, int(e.kind));
    m_election.bind(4, e.seats);
    m_election.bind(5, e.eligible);
    m_election.bind(6, e.present);
    m_election.bind(7, e.ballotsIssued);
    m_election.bind(8, e.ballotsReturned);
    m_election.bind(9, e.approvedOn);
    m_election.bind(10, e.approvalDocument);
    m_election.bind(11, e.termYears);
    m_election.bind(12, e.note);
    m_election.bind(13, e.verdict);
    m_election.bind(14, e.failureMask);
    m_election.bind(15, e.expiresOn);
    if (auto done = m_election.run(); !done.ok()) {
        return done;
    }
    e.id = m_election.lastInsertId();
    for (ElectionCandidate& c : e.candidates) {
        m_candidate.bind(1, e.id);
        m_candidate.bind(2, c.memberId);
        m_candidate.bind(3, int(c.position));
        m_candidate.bind(4, c.votes);
        m_candidate.bind(5, c.concurrentAdminHead);
        m_candidate.bind(6, c.elected);
        if (auto done = m_candidate.run(); !done.ok()) {
            return done;
        }
        c.id = m_candidate.lastInsertId();
    }
    for (const VoterExclusion& x : std::as_const(e.exclusions)) {
        m_exclusion.bind(1, e.id);
        m_exclusion.bind(2, x.memberId);
        m_exclusion.bind(3, int(x.reason));
        m_exclusion.bind(4, x.note);
        if (auto done = m_exclusion.run(); !done.ok()) {
            return done;
        }
    }
    return {};
}

Status ElectionStore::update(Election& election)
{
    QVariantList values = recordValues(election);
    values.append(election.id);
    auto q =
        m_db.exec(QStringLiteral("UPDATE elections SET org_id=?, held_on=?, kind=?, seats=?, eligible=?, present=?,"
                                 " ballots_issued=?, ballots_returned=?, approved_on=?, approval_document=?,"
                                 " term_years=?, note=?, verdict=?, failures=?, expires_on=? WHERE id=?"),
                  values);
    if (!q.ok()) {
        return q.error();
    }
    for (const char* sql : {"DELETE FROM election_candidates WHERE election_id=?",
                            "DELETE FROM election_exclusions WHERE election_id=?"}) {
        if (auto deleted = m_db.exec(QLatin1String(sql), {election.id}); !deleted.ok()) {
            return deleted.error();
        }
    }
    return writeChildren(election);
}

Status ElectionStore::writeChildren(Election& e)
{
    // The election's candidates keep no ids across a rewrite: nothing refers to them.
    for (ElectionCandidate& c : e.candidates) {
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO election_candidates (election_id, member_id, position, votes,"
                                     " concurrent_admin_head, elected) VALUES (?,?,?,?,?,?)"),
                      {e.id, c.memberId, int(c.position), c.votes, c.concurrentAdminHead ? 1 : 0, c.elected ? 1 : 0});
        if (!q.ok()) {
            return q.error();
        }
        c.id = q->lastInsertId().toLongLong();
    }
    for (const VoterExclusion& x : std::as_const(e.exclusions)) {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO election_exclusions (election_id, member_id, reason, note) VALUES (?,?,?,?)"),
            {e.id, x.memberId, int(x.reason), textOrNull(x.note)});
        if (!q.ok()) {
            return q.error();
        }
    }
    return {};
}

Status ElectionStore::remove(qint64 electionId)
{
    for (const char* sql :
         {"DELETE FROM election_candidates WHERE election_id=?", "DELETE FROM election_exclusions WHERE election_id=?",
          "DELETE FROM election_posts WHERE election_id=?", "DELETE FROM elections WHERE id=?"}) {
        if (auto deleted = m_db.exec(QLatin1String(sql), {electionId}); !deleted.ok()) {
            return deleted.error();
        }
    }
    return {};
}

Status ElectionStore::loadChildren(Election& election, bool withExclusions)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, member_id, position, votes, concurrent_admin_head, elected"
                                      " FROM election_candidates WHERE election_id=? ORDER BY id"),
                       {election.id});
    if (!q.ok()) {
        return q.error();
    }
    election.candidates.clear();
    while (q->next()) {
        ElectionCandidate c;
        c.id = q->value(0).toLongLong();
        c.memberId = q->value(1).toLongLong();
        c.position = static_cast<PostKind>(q->value(2).toInt());
        c.votes = q->value(3).toInt();
        c.concurrentAdminHead = q->value(4).toBool();
        c.elected = q->value(5).toBool();
        election.candidates.append(c);
    }
    election.exclusions.clear();
    if (!withExclusions) {
        return {};
    }
    auto x = m_db.exec(QStringLiteral("SELECT member_id, reason, note FROM election_exclusions WHERE election_id=?"
                                      " ORDER BY member_id"),
                       {election.id});
    if (!x.ok()) {
        return x.error();
    }
    while (x->next()) {
        election.exclusions.append(VoterExclusion{
            x->value(0).toLongLong(), static_cast<ExclusionReason>(x->value(1).toInt()), x->value(2).toString()});
    }
    return {};
}

Result<QList<Election>> ElectionStore::select(const QString& where, const QVariantList& values, bool withChildren)
{
    auto q = m_db.exec(SelectSql + where + QStringLiteral(" ORDER BY org_id, held_on, id"), values);
    if (!q.ok()) {
        return q.error();
    }
    QList<Election> result;
    while (q->next()) {
        result.append(fromQuery(*q));
    }
    if (withChildren) {
        for (Election& e : result) {
            if (auto loaded = loadChildren(e, true); !loaded.ok()) {
                return loaded.error();
            }
        }
    }
    return result;
}

Result<std::optional<Election>> ElectionStore::findById(qint64 electionId)
{
    auto found = select(QStringLiteral("WHERE id=?"), {electionId}, true);
    if (!found.ok()) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<Election>() : std::optional<Election>(found->constFirst());
}

Result<std::optional<Election>> ElectionStore::find(qint64 orgId, const QDate& heldOn)
{
    auto found = select(QStringLiteral("WHERE org_id=? AND held_on=?"), {orgId, Dates::toText(heldOn)}, true);
    if (!found.ok()) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<Election>() : std::optional<Election>(found->constFirst());
}

Result<QList<Election>> ElectionStore::electionsOf(qint64 orgId)
{
    return select(QStringLiteral("WHERE org_id=?"), {orgId}, true);
}

Status ElectionStore::forEach(const std::function<bool(const Election&)>& visit)
{
    auto all = select(QString(), {}, false);
    if (!all.ok()) {
        return all.error();
    }
    // Candidates of every election in one pass, grouped by election.
    auto q = m_db.exec(QStringLiteral("SELECT election_id, id, member_id, position, votes, concurrent_admin_head,"
                                      " elected FROM election_candidates ORDER BY election_id, id"));
    if (!q.ok()) {
        return q.error();
    }
    QHash<qint64, QList<ElectionCandidate>> candidates;
    while (q->next()) {
        ElectionCandidate c;
        c.id = q->value(1).toLongLong();
        c.memberId = q->value(2).toLongLong();
        c.position = static_cast<PostKind>(q->value(3).toInt());
        c.votes = q->value(4).toInt();
        c.concurrentAdminHead = q->value(5).toBool();
        c.elected = q->value(6).toBool();
        candidates[q->value(0).toLongLong()].append(c);
    }
    for (Election& e : all.value()) {
        e.candidates = candidates.value(e.id);
        if (!visit(e)) {
            break;
        }
    }
    return {};
}

Status ElectionStore::saveDerived(const Election& election)
{
    auto q = m_db.exec(QStringLiteral("UPDATE elections SET verdict=?, failures=?, expires_on=? WHERE id=?"),
                       {election.verdict, election.failureMask, dateOrNull(election.expiresOn), election.id});
    if (!q.ok()) {
        return q.error();
    }
    for (const ElectionCandidate& c : election.candidates) {
        auto u =
            m_db.exec(QStringLiteral("UPDATE election_candidates SET elected=? WHERE id=?"), {c.elected ? 1 : 0, c.id});
        if (!u.ok()) {
            return u.error();
        }
    }
    return {};
}

Result<QList<qint64>> ElectionStore::organizationsWithElections()
{
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT org_id FROM elections ORDER BY org_id"));
    if (!q.ok()) {
        return q.error();
    }
    QList<qint64> result;
    while (q->next()) {
        result.append(q->value(0).toLongLong());
    }
    return result;
}

Result<qint64> ElectionStore::insertPostponement(const Postponement& p)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO election_postponements (org_id, approved_on, due_on, document, note)"
                       " VALUES (?,?,?,?,?)"),
        {p.orgId, Dates::toText(p.approvedOn), Dates::toText(p.dueOn), textOrNull(p.document), textOrNull(p.note)});
    if (!q.ok()) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Status ElectionStore::removePostponement(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM election_postponements WHERE id=?"), {id});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Result<std::optional<Postponement>> ElectionStore::findPostponement(qint64 id)
{
    auto q = m_db.exec(PostponementSql + QStringLiteral("WHERE id=?"), {id});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Postponement>();
    }
    return std::optional<Postponement>(postponementFrom(*q));
}

Result<QList<Postponement>> ElectionStore::postponementsOf(qint64 orgId)
{
    auto q = m_db.exec(PostponementSql + QStringLiteral("WHERE org_id=? ORDER BY approved_on, id"), {orgId});
    if (!q.ok()) {
        return q.error();
    }
    QList<Postponement> result;
    while (q->next()) {
        result.append(postponementFrom(*q));
    }
    return result;
}

Result<ElectionSettings> ElectionStore::settings()
{
    auto q = m_db.exec(QStringLiteral("SELECT name, value FROM election_settings"));
    if (!q.ok()) {
        return q.error();
    }
    ElectionSettings s;
    auto years = [](const QString& value, int& target, int low, int high) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n >= low && n <= high) {
            target = n;
        }
    };
    while (q->next()) {
        const QString name = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (name == QLatin1String(ThresholdBaseName)) {
            if (const auto base = ElectionRules::parseThresholdBase(value)) {
                s.thresholdBase = *base;
            }
        } else if (name == QLatin1String(CommitteeYearsName)) {
            years(value, s.committeeTermYears, 1, TermRules::MaxTermYears);
        } else if (name == QLatin1String(GeneralBranchYearsName)) {
            years(value, s.generalBranchTermYears, 1, TermRules::MaxTermYears);
        } else if (name == QLatin1String(BranchYearsName)) {
            years(value, s.branchTermYears, 1, TermRules::MaxTermYears);
        } else if (name == QLatin1String(VillageCommunityYearsName)) {
            years(value, s.villageCommunityTermYears, 1, TermRules::MaxTermYears);
        } else if (name == QLatin1String(ReminderMonthsName)) {
            years(value, s.reminderMonths, 0, 24);
        }
    }
    return s;
}

Status ElectionStore::saveSettings(const ElectionSettings& s)
{
    const QList<QPair<const char*, QString>> values{
        {ThresholdBaseName, ElectionRules::thresholdBaseKey(s.thresholdBase)},
        {CommitteeYearsName, QString::number(s.committeeTermYears)},
        {GeneralBranchYearsName, QString::number(s.generalBranchTermYears)},
        {BranchYearsName, QString::number(s.branchTermYears)},
        {VillageCommunityYearsName, QString::number(s.villageCommunityTermYears)},
        {ReminderMonthsName, QString::number(s.reminderMonths)},
    };
    for (const auto& [name, value] : values) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO election_settings (name, value) VALUES (?,?)"
                                          " ON CONFLICT(name) DO UPDATE SET value=excluded.value"),
                           {QLatin1String(name), value});
        if (!q.ok()) {
            return q.error();
        }
    }
    return {};
}

Result<QList<ElectionStore::Effect>> ElectionStore::effectsOfOrganization(qint64 orgId)
{
    auto q = m_db.exec(QStringLiteral("SELECT p.election_id, p.post_id, p.effect, p.previous_to FROM election_posts p"
                                      " JOIN elections e ON e.id = p.election_id WHERE e.org_id=?"
                                      " ORDER BY e.held_on, p.rowid"),
                       {orgId});
    if (!q.ok()) {
        return q.error();
    }
    QList<Effect> result;
    while (q->next()) {
        result.append(Effect{q->value(0).toLongLong(), q->value(1).toLongLong(),
                             static_cast<EffectKind>(q->value(2).toInt()), Dates::fromText(q->value(3).toString())});
    }
    return result;
}

Result<QList<ElectionStore::Effect>> ElectionStore::effectsOfPost(qint64 postId)
{
    auto q = m_db.exec(QStringLiteral("SELECT election_id, post_id, effect, previous_to FROM election_posts"
                                      " WHERE post_id=? ORDER BY rowid"),
                       {postId});
    if (!q.ok()) {
        return q.error();
    }
    QList<Effect> result;
    while (q->next()) {
        result.append(Effect{q->value(0).toLongLong(), q->value(1).toLongLong(),
                             static_cast<EffectKind>(q->value(2).toInt()), Dates::fromText(q->value(3).toString())});
    }
    return result;
}

Status ElectionStore::insertEffect(const Effect& effect)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO election_posts (election_id, post_id, effect, previous_to) VALUES (?,?,?,?)"),
        {effect.electionId, effect.postId, int(effect.kind), dateOrNull(effect.previousTo)});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Status ElectionStore::clearEffectsOfOrganization(qint64 orgId)
{
    auto q = m_db.exec(
        QStringLiteral("DELETE FROM election_posts WHERE election_id IN (SELECT id FROM elections WHERE org_id=?)"),
        {orgId});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Status ElectionStore::deletePost(qint64 postId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM posts WHERE id=?"), {postId});
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

Result<QList<ElectionStore::TermRecord>> ElectionStore::termRecords(const QDate& asOf, qint64 onlyOrgId)
{
    const QString day = Dates::toText(asOf);
    // One organization or all of them: "? = 0" lets the same bound statement do both.
    auto orgs =
        m_db.exec(QStringLiteral("SELECT id, code, current_name, type, unit_category, temporary,"
                                 " established_on, dissolved_on FROM organizations"
                                 " WHERE type IN (?,?,?) AND temporary=0 AND (? = 0 OR id = ?) ORDER BY code"),
                  {int(OrgType::Committee), int(OrgType::GeneralBranch), int(OrgType::Branch), onlyOrgId, onlyOrgId});
    if (!orgs.ok()) {
        return orgs.error();
    }
    QList<TermRecord> result;
    QHash<qint64, qsizetype> index;
    while (orgs->next()) {
        TermRecord r;
        r.org.id = orgs->value(0).toLongLong();
        r.org.code = orgs->value(1).toString();
        r.org.name = orgs->value(2).toString();
        r.org.type = static_cast<OrgType>(orgs->value(3).toInt());
        r.org.unitCategory = static_cast<UnitCategory>(orgs->value(4).toInt());
        r.org.temporary = orgs->value(5).toBool();
        r.org.establishedOn = Dates::fromText(orgs->value(6).toString());
        r.org.dissolvedOn = Dates::fromText(orgs->value(7).toString());
        index.insert(r.org.id, result.size());
        result.append(r);
    }
    auto elections = m_db.exec(QStringLiteral("SELECT id, org_id, held_on, term_years FROM elections"
                                              " WHERE kind=? AND verdict=0 AND held_on <= ? AND (? = 0 OR org_id = ?)"),
                               {int(ElectionKind::Term), day, onlyOrgId, onlyOrgId});
    if (!elections.ok()) {
        return elections.error();
    }
    while (elections->next()) {
        const auto it = index.constFind(elections->value(1).toLongLong());
        if (it != index.constEnd()) {
            result[*it].elections.append(TermRules::TermElection{elections->value(0).toLongLong(),
                                                                 Dates::fromText(elections->value(2).toString()),
                                                                 elections->value(3).toInt()});
        }
    }
    auto postponements = m_db.exec(PostponementSql + QStringLiteral("WHERE approved_on <= ? AND (? = 0 OR org_id = ?)"),
                                   {day, onlyOrgId, onlyOrgId});
    if (!postponements.ok()) {
        return postponements.error();
    }
    while (postponements->next()) {
        const Postponement p = postponementFrom(*postponements);
        const auto it = index.constFind(p.orgId);
        if (it != index.constEnd()) {
            result[*it].postponements.append(p);
        }
    }
    return result;
}

Result<QList<ElectionStore::HeldElection>> ElectionStore::termElectionsHeld(const QDate& from, const QDate& to)
{
    auto q = m_db.exec(QStringLiteral("SELECT org_id, verdict FROM elections WHERE kind=? AND held_on >= ?"
                                      " AND held_on <= ?"),
                       {int(ElectionKind::Term), Dates::toText(from), Dates::toText(to)});
    if (!q.ok()) {
        return q.error();
    }
    QList<HeldElection> result;
    while (q->next()) {
        result.append(HeldElection{q->value(0).toLongLong(), q->value(1).toInt()});
    }
    return result;
}

Result<QList<ElectionStore::RollMember>> ElectionStore::onRollOn(const QList<qint64>& orgIds, const QDate& date)
{
    return EventStore(m_db).onRollOn(orgIds, date);
}

Result<std::optional<ElectionStore::RollMember>> ElectionStore::memberOn(qint64 memberId, const QDate& date)
{
    const QString day = Dates::toText(date);
    auto q = m_db.exec(QStringLiteral("SELECT e.member_id, m.name, m.id_number, e.roll_org_id, e.category"
                                      " FROM membership_events e JOIN members m ON m.id = e.member_id"
                                      " WHERE e.member_id=? AND e.date <= ? AND e.ends_on > ?"
                                      " AND e.roll_org_id IS NOT NULL"),
                       {memberId, day, day});
    if (!q.ok()) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RollMember>();
    }
    return std::optional<RollMember>(RollMember{q->value(0).toLongLong(), q->value(1).toString(),
                                                q->value(2).toString(), q->value(3).toLongLong(),
                                                static_cast<MemberCategory>(q->value(4).toInt())});
}
