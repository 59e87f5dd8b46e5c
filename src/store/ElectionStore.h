#pragma once

#include "RollMember.h"
#include "SqliteStatement.h"
#include "core/Election.h"
#include "core/ElectionRules.h"
#include "core/Organization.h"
#include "core/Result.h"
#include "core/TermRules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// SQL for elections, their candidates and excluded voters, term postponements, the election
// settings of the database, the posts elections created or ended, and the roll and term
// questions the election rules need.
class ElectionStore
{
public:
    explicit ElectionStore(Database& db);

    // Writes the election with its candidates and exclusions (derived fields included); ids
    // are written back.
    Status insert(Election& election);
    // Replaces the record, its candidates and its exclusions (same id).
    Status update(Election& election);
    // Deletes the election, its candidates and exclusions (its post effects must be undone
    // first).
    Status remove(qint64 electionId);
    Result<std::optional<Election>> findById(qint64 electionId);
    Result<std::optional<Election>> find(qint64 orgId, const QDate& heldOn);
    // With candidates and exclusions, by date.
    Result<QList<Election>> electionsOf(qint64 orgId);
    // Every election with its candidates (not exclusions), by organization and date.
    Status forEach(const std::function<bool(const Election&)>& visit);
    // The derived fields only: verdict, failures, expiry, each candidate's elected flag.
    Status saveDerived(const Election& election);
    // Organizations that have at least one election.
    Result<QList<qint64>> organizationsWithElections();

    Result<qint64> insertPostponement(const Postponement& postponement);
    Status removePostponement(qint64 id);
    Result<std::optional<Postponement>> findPostponement(qint64 id);
    Result<QList<Postponement>> postponementsOf(qint64 orgId);

    // Stored values over the defaults (a missing or unreadable value keeps its default).
    Result<ElectionSettings> settings();
    Status saveSettings(const ElectionSettings& settings);

    // What an election did to a post: created it, or ended it (previousTo: its end before,
    // null = it was held).
    enum class EffectKind : int { Created = 1, Ended = 2 };
    struct Effect
    {
        qint64 electionId = 0;
        qint64 postId = 0;
        EffectKind kind = EffectKind::Created;
        QDate previousTo;
    };
    Result<QList<Effect>> effectsOfOrganization(qint64 orgId);
    Status insertEffect(const Effect& effect);
    Status clearEffectsOfOrganization(qint64 orgId);
    // The election effects that concern a post (the history panels say where a post came from).
    Result<QList<Effect>> effectsOfPost(qint64 postId);
    Status deletePost(qint64 postId);

    // Term questions for many organizations at once: every organization that can have a term
    // (committee, general branch or branch, not temporary; with its current name), its valid
    // term elections held on or before asOf and its postponements approved on or before asOf.
    // onlyOrgId != 0 limits it to one organization.
    struct TermRecord
    {
        Organization org;
        QList<TermRules::TermElection> elections;
        QList<Postponement> postponements;
    };
    Result<QList<TermRecord>> termRecords(const QDate& asOf, qint64 onlyOrgId = 0);

    // Term elections held from..to (inclusive): organization and verdict of each.
    struct HeldElection
    {
        qint64 orgId = 0;
        int verdict = 0;
    };
    Result<QList<HeldElection>> termElectionsHeld(const QDate& from, const QDate& to);

    // A member on a roll on a date, with the fields the election forms show.
    using RollMember = ::RollMember;
    // The members on the roll of these organizations on a date, by name.
    Result<QList<RollMember>> onRollOn(const QList<qint64>& orgIds, const QDate& date);
    // A member's roll organization and category on a date (nullopt: on no roll then).
    Result<std::optional<RollMember>> memberOn(qint64 memberId, const QDate& date);

    // Many new elections in one transaction (generate): the statements are prepared once. The
    // records are written as given, derived fields included (the caller applied the verdict);
    // ids are written back.
    class BulkInsert
    {
    public:
        explicit BulkInsert(Database& db);
        Status insert(Election& election);

    private:
        SqliteStatement m_election;
        SqliteStatement m_candidate;
        SqliteStatement m_exclusion;
    };

private:
    Status writeChildren(Election& election);
    Status loadChildren(Election& election, bool withExclusions);
    Result<QList<Election>> select(const QString& where, const QVariantList& values, bool withChildren);

    Database& m_db;
};
