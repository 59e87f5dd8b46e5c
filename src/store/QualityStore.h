#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The queries behind the data-quality check (CheckService): each returns the raw facts, the
// service decides what is a problem.
class QualityStore
{
public:
    struct OrgRoll
    {
        qint64 orgId = 0;
        QString code;
        int type = 0;
        int full = 0;
        int probationary = 0;
        int secretaries = 0;      // secretary posts held on the date
        int committeeMembers = 0; // committee posts (not secretary/deputy) held on the date
    };

    struct MemberFact
    {
        qint64 memberId = 0;
        QString idNumber;
        QString name;
        QString code; // organization code, when relevant
        QDate date;
    };

    explicit QualityStore(Database& db);

    // Every organization existing on the date with its roll and posts on that date.
    Result<QList<OrgRoll>> rolls(const QDate& date);
    // Members on the roll of an organization dissolved on or before the date.
    Result<QList<MemberFact>> onRollOfDissolved(const QDate& date);
    // Members on the roll who lost contact on or before the cut-off (date = since when).
    Result<QList<MemberFact>> lostContactSince(const QDate& cutoff);
    // Members whose standing was suspended on or before the cut-off and not restored.
    Result<QList<MemberFact>> suspendedSince(const QDate& cutoff);
    // Secretaries holding the post on the date whose full membership began less than a year
    // before the post (date = start of the post).
    Result<QList<MemberFact>> juniorSecretaries(const QDate& date);
    // Posts still open on the date whose holder is no longer on any roll.
    Result<QList<MemberFact>> postsOfLeftMembers(const QDate& date);
    // Pairs of records with the same name and birth date (possible duplicates).
    Result<QList<MemberFact>> possibleDuplicates();

private:
    Result<QList<MemberFact>> facts(const QString& sql, const QVariantList& values);
    Database& m_db;
};
