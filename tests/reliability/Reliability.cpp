#include "Reliability.h"

#include "DatabaseDump.h"
#include "core/CitizenId.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace Reliability {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PARTYROLL_DB"));
    return env;
}

void start(QProcess& process, const QString& database, const QStringList& arguments, const RunOptions& options)
{
    QStringList args{QStringLiteral("--db"), database, QStringLiteral("--lang"), QStringLiteral("en")};
    args += arguments;
    QProcessEnvironment env = options.environment;
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PARTYROLL_DB"));
    process.setProcessEnvironment(env);
    if (options.childSetup) {
        process.setChildProcessModifier(options.childSetup);
    }
    if (options.wrapper.isEmpty()) {
        process.start(QStringLiteral(PARTYROLL_CLI_BINARY), args);
    } else {
        process.start(options.wrapper.first(),
                      options.wrapper.mid(1) + QStringList{QStringLiteral(PARTYROLL_CLI_BINARY)} + args);
    }
}

Run cli(const QString& database, const QStringList& arguments, const RunOptions& options)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    start(process, database, arguments, options);
    Run run;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("partyroll-cli did not finish in time");
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    run.ms = timer.elapsed();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString idNumber(int index)
{
    // Birth dates from 1950 on, three sequence digits telling apart up to 20 people a day.
    const QDate birth = QDate(1950, 1, 1).addDays(index % 15000);
    const int sequence = 100 + index / 15000;
    const QString first17 =
        QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) + QString::number(sequence);
    return first17 + CitizenId::checkCharacter(first17);
}

void writeMembersCsv(const QString& path, int count, int first)
{
    static const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                      QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
    static const QStringList given{QStringLiteral("伟"),   QStringLiteral("芳"), QStringLiteral("娜"),
                                   QStringLiteral("秀英"), QStringLiteral("敏"), QStringLiteral("静"),
                                   QStringLiteral("强")};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    QByteArray text = QStringLiteral("姓名,公民身份号码,所在党组织,入党日期,转正日期,联系电话\n").toUtf8();
    for (int i = first; i < first + count; ++i) {
        const QString id = idNumber(i);
        const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
        const bool probationary = i % 50 == 0;
        const QDate admitted = probationary ? QDate(2026, 1, 5) : birth.addYears(25);
        const QString full = probationary ? QString() : admitted.addYears(1).toString(Qt::ISODate);
        const QString name = surnames.at(i % surnames.size()) + given.at((i / 7) % given.size());
        const QString line = QStringLiteral("%1,%2,BR%3,%4,%5,139%6\n")
                                 .arg(name, id)
                                 .arg(1 + i % 3)
                                 .arg(admitted.toString(Qt::ISODate), full)
                                 .arg(i, 8, 10, QLatin1Char('0'));
        text += line.toUtf8();
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
}

QString initWithOrganizations(const QString& path)
{
    const Run init = cli(path, {QStringLiteral("init")});
    if (init.exitCode != 0) {
        return init.err;
    }
    const Run orgs = cli(path, {QStringLiteral("import"), QStringLiteral("orgs"),
                                QStringLiteral(PARTYROLL_TEST_DATA) + QStringLiteral("/orgs.csv")});
    return orgs.exitCode == 0 ? QString() : orgs.err;
}

namespace {

// A raw connection that lives for one call.
template <typename Body> auto withRawConnection(const QString& path, Body body)
{
    const QString name = QStringLiteral("reliability-raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    decltype(body(std::declval<QSqlDatabase&>())) result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            result = body(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QVariant scalar(const QString& path, const QString& sql)
{
    return withRawConnection(path, [&sql](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            return QVariant(QStringLiteral("error: ") + q.lastError().text());
        }
        return q.next() ? q.value(0) : QVariant();
    });
}

QString integrity(const QString& path)
{
    return scalar(path, QStringLiteral("PRAGMA integrity_check")).toString();
}

QStringList dump(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        return {db.error().message()};
    }
    return DatabaseDump::canonical(**db);
}

QByteArray contentHash(const QString& path, const QStringList& only)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    sqlite3_busy_timeout(db, 10000);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto each = [db](const QByteArray& sql, const std::function<void(sqlite3_stmt*)>& row) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
            return false;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            row(statement);
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE;
    };
    QList<QByteArray> tables;
    bool ok =
        each("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
             [&tables](sqlite3_stmt* s) { tables.append(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))); });
    if (!only.isEmpty()) {
        tables.clear();
        for (const QString& table : only) {
            tables.append(table.toUtf8());
        }
        std::sort(tables.begin(), tables.end());
    }
    for (const QByteArray& table : tables) {
        hash.addData(table);
        // The trail's timestamps differ between two runs of the same import: the rest must not.
        const QByteArray select =
            table == "audit_log" ? QByteArray("SELECT id, login, action, record_kind, record_id, member_id, org_id,"
                                              " field, before_value, after_value FROM audit_log ORDER BY rowid")
                                 : "SELECT * FROM \"" + table + "\" ORDER BY rowid";
        ok = ok && each(select, [&hash](sqlite3_stmt* s) {
                 const int columns = sqlite3_column_count(s);
                 for (int i = 0; i < columns; ++i) {
                     const int type = sqlite3_column_type(s, i);
                     const char tag = static_cast<char>('0' + type);
                     hash.addData(QByteArrayView(&tag, 1));
                     if (type != SQLITE_NULL) {
                         const auto* data = static_cast<const char*>(sqlite3_column_blob(s, i));
                         hash.addData(QByteArrayView(data, sqlite3_column_bytes(s, i)));
                     }
                     hash.addData("|");
                 }
             });
    }
    sqlite3_close(db);
    return ok ? QByteArray::number(tables.size()) + ' ' + hash.result().toHex() : QByteArray("cannot read");
}

bool copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(to + suffix);
    }
    return QFile::copy(from, to);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace Reliability
