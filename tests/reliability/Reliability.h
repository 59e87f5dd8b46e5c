#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

// Helpers of the reliability tests: run the real partyroll-cli, make import files, and look
// into a database file without migrating it (a raw SQLite connection, not Database::open).
namespace Reliability {

struct Run
{
    int exitCode = -1; // -1 when the process crashed or was killed
    QString out;
    QString err;
    qint64 ms = 0;
};

struct RunOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    std::function<void()> childSetup; // runs in the child between fork and exec
    QStringList wrapper;              // a program (and its arguments) that runs the CLI
    int timeoutMs = 300000;
};

// The environment every run starts from: C.UTF-8, English messages, no PARTYROLL_DB.
QProcessEnvironment cliEnvironment();
// Starts partyroll-cli --db database --lang en arguments... without waiting.
void start(QProcess& process, const QString& database, const QStringList& arguments,
           const RunOptions& options = RunOptions());
Run cli(const QString& database, const QStringList& arguments, const RunOptions& options = RunOptions());

// A valid citizen ID number for index 0..299,999 (distinct for distinct indexes).
QString idNumber(int index);
// A members CSV (UTF-8, Chinese headers) of count members index first..first+count-1 on the
// roll of the fixture branches BR1..BR3 (tests/data/orgs.csv).
void writeMembersCsv(const QString& path, int count, int first = 0);
// A new database with the fixture organizations, through the CLI; empty string on success.
QString initWithOrganizations(const QString& path);

// A single value read through a raw connection (no migration, no pragmas of ours).
QVariant scalar(const QString& path, const QString& sql);
QString integrity(const QString& path);
// Database::open (which migrates) and DatabaseDump::canonical; the error message instead
// when the file does not open.
QStringList dump(const QString& path);
// A SHA-256 of every row of every table, or of the tables named (tables by name, rows by
// rowid), through the SQLite C API: a fingerprint of the records that costs a fraction of a
// second for 100,000 members.
QByteArray contentHash(const QString& path, const QStringList& tables = {});
// Removes the target's files (with -wal, -shm, -journal) and copies the main file.
bool copyDatabase(const QString& from, const QString& to);
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace Reliability
