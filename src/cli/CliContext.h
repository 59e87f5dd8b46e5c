#pragma once

#include "core/Result.h"
#include "core/UserContext.h"
#include "store/Database.h"

#include <QString>
#include <QTextStream>

#include <memory>

// What every command gets: the global options and the output streams (swappable in tests).
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    QString databasePath; // --db, PARTYROLL_DB, or the GUI's default
    QString login;        // --user; signed in with PARTYROLL_PASSWORD when access control is on
    UserContext user = UserContext::localUser();
    bool verbose = false;

    // Opens the database and, when access control is on, signs in as --user with the password
    // in PARTYROLL_PASSWORD (a Permission error, exit code 5, without them or when refused).
    Result<std::shared_ptr<Database>> openDatabase(Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    // Prints "partyroll-cli: message" on stderr and returns the exit code for the error.
    int fail(const Error& error);
    int usage(const QString& message);

private:
    Status signIn(Database& db);

    QTextStream& m_out;
    QTextStream& m_err;
};
