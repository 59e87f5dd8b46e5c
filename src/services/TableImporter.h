#pragma once

#include "ImportColumns.h"
#include "ImportReport.h"
#include "core/Organization.h"
#include "core/Result.h"
#include "core/UserContext.h"
#include "io/TableReader.h"
#include "store/MemberStore.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <optional>

class Database;

struct ImportOptions
{
    bool dryRun = false;
    bool ignoreUnknown = false;
    // Called now and then with the fraction done; returning false cancels (nothing written).
    std::function<bool(double)> progress;
};

// The frame of every import: reads the file row by row inside one write transaction, lets the
// subclass check and write each row, collects every problem, and commits only when there is
// none (and this is not a dry run). All rows or none.
class TableImporter
{
public:
    TableImporter(Database& db, const UserContext& user, QList<ImportColumns::Spec> columns);
    virtual ~TableImporter();
    TableImporter(const TableImporter&) = delete;
    TableImporter& operator=(const TableImporter&) = delete;

    // Errors are for the file as a whole (cannot be read, cancelled, storage failure); row
    // problems are in the report.
    Result<ImportReport> run(const QString& path, const ImportOptions& options);

protected:
    // Runs before the write transaction starts (connection settings that SQLite only accepts
    // outside a transaction).
    virtual Status beforeTransaction() { return {}; }
    virtual Status begin() { return {}; }
    virtual Status processRow(const TableRow& row) = 0; // an Error here aborts the import
    virtual Status finish() { return {}; }
    // Reads every data row; the default hands each to processRow() in turn.
    virtual Status readRows(TableReader& reader);

    // Counts a row read and reports cells beyond the header.
    void countRow(const TableRow& row, qsizetype width);
    // Calls the progress callback now and then; false when the user cancelled.
    bool keepGoing(const TableReader& reader);
    static Error cancelled();

    void report(int row, const QString& key, const QString& message);
    // Reports a service error at its field's column (fallbackKey when it names none).
    // Returns false for storage errors, which must abort the import.
    bool reportError(int row, const Error& error, const QString& fallbackKey);
    bool hasIssues() const { return !m_report.issues.isEmpty(); }

    // Every organization by code (imports resolve codes in memory, not row by row).
    Result<QHash<QString, Organization>> loadOrganizations();
    // The recorded member named by the row's id_number column; reports a missing or unknown
    // number and returns 0 then.
    Result<qint64> recordedMember(const TableRow& row, MemberStore& members);

    // Cell readers: each reports a bad value at its column and returns nullopt/empty.
    QString text(const TableRow& row, const char* key) const;
    std::optional<QDate> date(const TableRow& row, const char* key); // empty cell -> null QDate
    std::optional<bool> flag(const TableRow& row, const char* key);  // empty cell -> false
    template <typename E>
    std::optional<E> term(const TableRow& row, const char* key, const class Vocabulary& vocabulary, E ifEmpty);

    Database& m_db;
    UserContext m_user;
    ImportColumns m_columns;
    ImportReport m_report;
    ImportOptions m_options;
};

#include "core/Vocabulary.h"

#include <QCoreApplication>

template <typename E>
std::optional<E> TableImporter::term(const TableRow& row, const char* key, const Vocabulary& vocabulary, E ifEmpty)
{
    const QString value = text(row, key);
    if (value.isEmpty()) {
        return ifEmpty;
    }
    const auto parsed = parseTerm<E>(vocabulary, value);
    if (!parsed) {
        report(
            row.number, QLatin1String(key),
            QCoreApplication::translate("TableImporter", "\"%1\" is not one of: %2").arg(value, vocabulary.choices()));
    }
    return parsed;
}
