#pragma once

#include "core/Result.h"
#include "core/UserContext.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

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
    // The statistics audit (issue 4): each year's opening roll equals the previous year's
    // closing roll; increases minus decreases equal the change of the roll; nobody is on two
    // rolls at once.
    Status auditStatistics(const UserContext& user, qint64 rootId, const QString& orgCode, const QDate& date,
                           const std::function<bool(const QString&)>& codeInScope, QList<Finding>& findings);

    Database& m_db;
};
