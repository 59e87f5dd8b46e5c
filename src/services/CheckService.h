#pragma once

#include "core/Result.h"
#include "core/UserContext.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The data-quality check (partyroll-cli check, the GUI's data check): invalid or incomplete
// records, impossible histories and the organization rules of domain.md that apply to the
// records so far. Errors are records that break a rule; warnings need a look.
class CheckService
{
public:
    struct Finding
    {
        enum class Severity { Error, Warning };
        Severity severity = Severity::Warning;
        QString subject; // organization code, or ID number and name
        QString message; // translated
    };

    explicit CheckService(Database& db);

    // orgCode limits the check to that organization's subtree on the date (empty = everything).
    Result<QList<Finding>> run(const UserContext& user, const QString& orgCode, const QDate& date);

private:
    Database& m_db;
};
