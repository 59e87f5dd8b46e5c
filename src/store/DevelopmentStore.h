#pragma once

#include "core/Applicant.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// SQL for applicants (the development of new members) with their contacts, sponsors and
// approved exceptions, and the questions of the pipeline view and the statistics.
class DevelopmentStore
{
public:
    explicit DevelopmentStore(Database& db);

    // Writes the record with its contacts, sponsors and exceptions (id written back).
    Status insert(Applicant& applicant);
    Status update(const Applicant& applicant);
    Result<std::optional<Applicant>> findById(qint64 id);
    Result<std::optional<Applicant>> findByIdNumber(const QString& idNumber);
    // Applicants recorded with these organizations (empty list = all), by application date.
    // includeDone: also the admitted and those who left the development.
    Result<QList<Applicant>> applicantsOf(const QList<qint64>& orgIds, bool includeDone);
    // Every applicant (export), by id; stop by returning false.
    Status forEach(const std::function<bool(const Applicant&)>& visit);

    // The dates the statistics count, of every applicant.
    struct StageDates
    {
        qint64 orgId = 0;
        QDate appliedOn;
        QDate activistOn;
        QDate targetOn;
        QDate admittedOn;
        QDate closedOn;
    };
    Status forEachStageDates(const std::function<void(const StageDates&)>& visit);

    // A probationary member on a roll today.
    struct Probationer
    {
        qint64 memberId = 0;
        QString name;
        QString idNumber;
        qint64 orgId = 0;
        QDate admittedOn;
        bool extended = false; // the probation was extended
    };
    Result<QList<Probationer>> probationersOf(const QList<qint64>& orgIds);
    // The member's category on a roll on the date (from the membership events); Unknown when
    // the member was on no roll that day.
    Result<MemberCategory> categoryOn(qint64 memberId, const QDate& date);

private:
    // The applicants matching a WHERE clause over `applicants`, with their people and exceptions.
    Result<QList<Applicant>> select(const QString& where, const QString& orderBy);
    Status writePeople(const Applicant& applicant);
    Status readPeople(Applicant& applicant);

    Database& m_db;
};
