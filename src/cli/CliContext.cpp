#include "CliContext.h"

#include "ExitCode.h"
#include "services/AccessService.h"

#include <QCoreApplication>

CliContext::CliContext(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

Result<std::shared_ptr<Database>> CliContext::openDatabase(Database::OpenMode mode)
{
    if (databasePath.startsWith(QStringLiteral("postgresql:")) ||
        databasePath.startsWith(QStringLiteral("postgres:"))) {
        return Error(Error::Kind::Storage,
                     QCoreApplication::translate("Cli", "PostgreSQL databases are not supported by this version yet."));
    }
    auto db = Database::open(databasePath, mode);
    if (!db.ok()) {
        return db;
    }
    if (auto signedIn = signIn(**db); !signedIn.ok()) {
        return signedIn.error();
    }
    return db;
}

Status CliContext::signIn(Database& db)
{
    AccessService access(db);
    auto on = access.enabled();
    if (!on.ok()) {
        return on.error();
    }
    if (!*on) {
        return {}; // no users: everybody is the local user
    }
    if (login.isEmpty()) {
        return Error(Error::Kind::Permission,
                     QCoreApplication::translate("Cli", "access control is on in this database: give --user LOGIN "
                                                        "and the password in the environment variable "
                                                        "PARTYROLL_PASSWORD"));
    }
    if (!qEnvironmentVariableIsSet("PARTYROLL_PASSWORD")) {
        return Error(Error::Kind::Permission,
                     QCoreApplication::translate("Cli", "--user %1: the password is missing (set the environment "
                                                        "variable PARTYROLL_PASSWORD)")
                         .arg(login));
    }
    auto signedIn = access.login(login, qEnvironmentVariable("PARTYROLL_PASSWORD"));
    if (!signedIn.ok()) {
        return Error(Error::Kind::Permission,
                     QCoreApplication::translate("Cli", "--user %1: %2").arg(login, signedIn.error().message()));
    }
    user = *signedIn;
    // Code that asks UserContext::localUser() acts as the signed-in user too.
    UserContext::setCurrent(user);
    db.setActor(user.login);
    return {};
}

int CliContext::fail(const Error& error)
{
    m_err << "partyroll-cli: " << error.message() << Qt::endl;
    return exitCodeFor(error);
}

int CliContext::usage(const QString& message)
{
    m_err << "partyroll-cli: " << message << Qt::endl
          << QCoreApplication::translate("Cli", "Run \"partyroll-cli --help\" for the commands and options.")
          << Qt::endl;
    return ExitUsage;
}
