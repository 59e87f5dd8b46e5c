#pragma once

#include "core/Election.h"
#include "core/ElectionRules.h"
#include "core/Post.h"
#include "core/Result.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/ElectionStore.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// Term elections (换届选举), by-elections and terms of office (domain.md, Elections and
// Organizations: terms).
//
// Every write checks the record (ElectionRules::check plus the records: the organization, the
// candidates and excluded voters must be full members on its roll that day), computes the
// verdict (ElectionRules::evaluate, with the database's settings) and then re-derives the
// posts the organization's valid elections set: a valid term election ends the posts held on
// its date (except those the same person is re-elected to) and creates the posts of the
// elected (committee members with their post; the secretary and deputy with theirs); a valid
// by-election adds the elected and replaces the secretary or deputy it elects. What each
// election created or ended is recorded, so a correction or deletion undoes it exactly;
// posts entered by hand are never deleted, and an end date set by hand on a post an election
// created survives a re-derivation. Each write is one transaction.
class ElectionService
{
public:
    explicit ElectionService(Database& db);

    Result<ElectionSettings> settings(const UserContext& user);
    // Stores the settings and recomputes every verdict and the posts, in one transaction.
    Status setSettings(const UserContext& user, const ElectionSettings& settings);

    // The default term of an organization (TermRules with the settings); nullopt when it has no
    // elected term (higher committee, party group, temporary organization).
    Result<std::optional<int>> defaultTermYears(const UserContext& user, qint64 orgId);
    // Completes the record (a term election without term years gets the default; a
    // by-election has none) and returns every problem that would refuse it. Errors are for
    // storage failures only.
    Result<ElectionIssues> validate(const UserContext& user, Election& election);
    // The verdict with the database's settings (the dialog shows it as the user types).
    Result<ElectionVerdict> evaluate(const UserContext& user, const Election& election);

    // Records a new election; refused (Error::Kind::Invalid, the first problem's message and
    // field; Conflict when the organization already has an election on that date) when
    // validate() finds a problem. Returns its id.
    Result<qint64> record(const UserContext& user, Election election);
    // Corrects a recorded election (same id; candidates and exclusions are replaced).
    Status update(const UserContext& user, Election election);
    // Deletes an election and undoes its posts.
    Status remove(const UserContext& user, qint64 electionId);

    Result<std::optional<Election>> findById(const UserContext& user, qint64 electionId);
    Result<std::optional<Election>> find(const UserContext& user, qint64 orgId, const QDate& heldOn);
    // The organization's elections by date, with candidates and exclusions.
    Result<QList<Election>> electionsOf(const UserContext& user, qint64 orgId);

    // The eligible voters proposed for an election: the full members on the roll of the
    // organization and its sub-organizations on the date (a committee's members sit in its
    // branches), by name. The same list offers the candidates.
    Result<QList<ElectionStore::RollMember>> proposedVoters(const UserContext& user, qint64 orgId, const QDate& date);
    // Posts held in the organization on a date (its committee).
    Result<QList<Post>> committeeOn(const UserContext& user, qint64 orgId, const QDate& date);

    // An approved postponement of the organization's term (at most one year after its expiry).
    Result<qint64> recordPostponement(const UserContext& user, const Postponement& postponement);
    // The problems that would refuse it (approved_on, due_on, org).
    Result<ElectionIssues> validatePostponement(const UserContext& user, const Postponement& postponement);
    Status removePostponement(const UserContext& user, qint64 postponementId);
    Result<QList<Postponement>> postponementsOf(const UserContext& user, qint64 orgId);

    // The organization's term on a date (nullopt: no elected term, see TermRules::statusOn).
    Result<std::optional<TermStatus>> termStatus(const UserContext& user, qint64 orgId, const QDate& asOf);
    // Organizations whose term has expired on asOf or expires within the reminder window, in
    // the subtree of rootOrgId as it stood on asOf (0 = everywhere): most overdue first.
    Result<QList<TermStatus>> due(const UserContext& user, const QDate& asOf, qint64 rootOrgId = 0);
    // The organization tree's badge: id -> days overdue (negative = days left) of the
    // organizations due() lists on that date.
    Result<QHash<qint64, int>> dueBadges(const UserContext& user, const QDate& on);

    // The statistics figures (statistics.md, elections) for a set of organizations: term
    // elections held from..to in them (held, invalid, distinct organizations) and those of
    // them that existed on asOf with their term expired on or before asOf (due_not_held).
    Result<ElectionFigures> figures(const QList<qint64>& orgIds, const QDate& from, const QDate& to, const QDate& asOf);

private:
    Status checkRecords(Election& election, ElectionIssues& issues);
    Status write(const UserContext& user, Election& election, bool isNew);
    // Undoes the post effects of every election of the organization and applies those of its
    // valid elections again, in date order (skipping excludeElectionId).
    Status rebuildEffects(const UserContext& user, qint64 orgId, qint64 excludeElectionId = 0);
    Status recomputeAll(const UserContext& user);

    Database& m_db;
    ElectionStore m_store;
    AccessControl m_access;
};
