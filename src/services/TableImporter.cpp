#include "TableImporter.h"

#include "core/Dates.h"
#include "core/Log.h"
#include "services/AccessControl.h"
#include "store/Database.h"
#include "store/OrganizationStore.h"
#include "store/WriteTransaction.h"

#include <QElapsedTimer>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TableImporter", text);
}

} // namespace

TableImporter::TableImporter(Database& db, const UserContext& user, QList<ImportColumns::Spec> columns)
    : m_db(db)
    , m_user(user)
    , m_columns(std::move(columns))
{
}

TableImporter::~TableImporter() = default;

Result<ImportReport> TableImporter::run(const QString& path, const ImportOptions& options)
{
    // An import writes across organizations in bulk (codes resolved in memory, rows written
    // through the stores): it is a database-wide write, for administrators and department staff.
    if (auto allowed = AccessControl(m_db).canWriteAll(m_user); !allowed.ok()) {
        return allowed.error();
    }
    m_options = options;
    m_report = ImportReport();
    m_report.file = path;
    m_report.dryRun = options.dryRun;

    auto opened = TableReader::open(path);
    if (!opened.ok()) {
        return opened.error();
    }
    TableReader& reader = **opened;
    m_report.issues = m_columns.mapHeaders(reader.headers(), options.ignoreUnknown);
    if (hasIssues()) {
        return m_report; // without the right columns the rows cannot be read meaningfully
    }

    QElapsedTimer timer;
    timer.start();
    auto log = Log::get("services");
    if (auto prepared = beforeTransaction(); !prepared.ok()) {
        return prepared.error();
    }
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    if (auto started = begin(); !started.ok()) {
        return started.error();
    }
    if (auto read = readRows(reader); !read.ok()) {
        return read.error();
    }
    if (reader.error()) {
        return *reader.error();
    }
    log->info("{}: {} rows read and checked in {} ms", path, m_report.rows, timer.elapsed());
    if (auto finished = finish(); !finished.ok()) {
        return finished.error();
    }
    log->info("{}: finished in {} ms", path, timer.elapsed());
    std::stable_sort(m_report.issues.begin(), m_report.issues.end(),
                     [](const RowIssue& a, const RowIssue& b) { return a.row < b.row; });
    if (options.progress && !options.progress(0.95)) {
        return cancelled();
    }
    if (!hasIssues() && !options.dryRun) {
        if (auto committed = transaction.commit(); !committed.ok()) {
            return committed.error();
        }
        m_report.written = true;
        log->info("imported {}: {} rows, {} created, {} updated, committed in {} ms", path, m_report.rows,
                  m_report.created, m_report.updated, timer.elapsed());
    }
    return m_report;
}

Status TableImporter::readRows(TableReader& reader)
{
    TableRow row;
    const qsizetype width = reader.headers().size();
    while (reader.next(row)) {
        countRow(row, width);
        if (auto processed = processRow(row); !processed.ok()) {
            return processed;
        }
        if (!keepGoing(reader)) {
            return cancelled();
        }
    }
    return {};
}

void TableImporter::countRow(const TableRow& row, qsizetype width)
{
    ++m_report.rows;
    for (qsizetype i = width; i < row.cells.size(); ++i) {
        if (!row.cells.at(i).trimmed().isEmpty()) {
            m_report.issues.append(
                {row.number, QString::number(i + 1), tr("this row has more cells than the header has columns")});
            break;
        }
    }
}

bool TableImporter::keepGoing(const TableReader& reader)
{
    return !m_options.progress || m_report.rows % 2000 != 0 || m_options.progress(reader.progress() * 0.9);
}

Error TableImporter::cancelled()
{
    return Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was written."));
}

void TableImporter::report(int row, const QString& key, const QString& message)
{
    m_report.issues.append({row, m_columns.display(key), message});
}

bool TableImporter::reportError(int row, const Error& error, const QString& fallbackKey)
{
    if (error.kind() == Error::Kind::Storage || error.kind() == Error::Kind::Cancelled ||
        error.kind() == Error::Kind::SchemaTooNew) {
        return false;
    }
    report(row, error.field().isEmpty() ? fallbackKey : error.field(), error.message());
    return true;
}

Result<QHash<QString, Organization>> TableImporter::loadOrganizations()
{
    OrganizationStore orgs(m_db);
    auto all = orgs.all();
    if (!all.ok()) {
        return all.error();
    }
    QHash<QString, Organization> byCode;
    for (const Organization& org : std::as_const(*all)) {
        byCode.insert(org.code, org);
    }
    return byCode;
}

Result<qint64> TableImporter::recordedMember(const TableRow& row, MemberStore& members)
{
    const QString idNumber = text(row, "id_number").toUpper();
    if (idNumber.isEmpty()) {
        report(row.number, QStringLiteral("id_number"), tr("the citizen ID number is missing"));
        return qint64(0);
    }
    auto id = members.idOf(idNumber);
    if (!id.ok()) {
        return id.error();
    }
    if (*id == 0) {
        report(row.number, QStringLiteral("id_number"),
               tr("no member has the citizen ID number %1 (import the member first)").arg(idNumber));
    }
    return *id;
}

QString TableImporter::text(const TableRow& row, const char* key) const
{
    return ImportColumns::cell(row.cells, m_columns.index(key));
}

std::optional<QDate> TableImporter::date(const TableRow& row, const char* key)
{
    const QString value = text(row, key);
    if (value.isEmpty()) {
        return QDate();
    }
    const auto parsed = Dates::parse(value);
    if (!parsed) {
        report(row.number, QLatin1String(key), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(value));
    }
    return parsed;
}

std::optional<bool> TableImporter::flag(const TableRow& row, const char* key)
{
    const QString value = text(row, key);
    if (value.isEmpty()) {
        return false;
    }
    const auto parsed = Vocabulary::parseFlag(value);
    if (!parsed) {
        report(row.number, QLatin1String(key), tr("\"%1\" is not 是/否 (yes/no)").arg(value));
    }
    return parsed;
}
