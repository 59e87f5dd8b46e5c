#include "CliContext.h"

#include "ExitCode.h"

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
    return Database::open(databasePath, mode);
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
