#include "Reliability.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Reliability;

// Kills partyroll-cli with SIGKILL at 20 random moments while it migrates a schema 1 database
// of 50,000 members to the current schema (a backup by VACUUM INTO, then every later
// migration in one transaction). After each kill the file must pass integrity_check and be
// wholly version 1 or wholly the current version, with the same records; a backup file left
// behind under its final name must be complete.
class TestCrashMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringMigration();

private:
    QTemporaryDir m_dir;
    QString m_version1;
    QStringList m_tables;     // of schema 1
    QByteArray m_contentHash; // of their rows in the schema 1 file
    QStringList m_version1Objects;
    QStringList m_currentObjects;
    qint64 m_migrationMs = 0;

    // "v1", "current", or a description of a state in between.
    QString schemaState(const QString& path) const;
};

namespace {

// The tables and indexes of a file, by name.
QStringList schemaObjects(const QString& path)
{
    QStringList names;
    const QString name = QStringLiteral("reliability-objects");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')"
                                       " AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                        db);
            while (q.next()) {
                names.append(q.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return names;
}

// A schema 1 database holding the records of source (a current database): the first
// migration alone, then the rows of its tables copied across.
QString makeVersion1(const QString& source, const QString& target)
{
    const QString name = QStringLiteral("reliability-v1");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(target);
        if (!db.open()) {
            return db.lastError().text();
        }
        QSqlQuery q(db);
        QStringList statements{QStringLiteral("PRAGMA page_size=8192"), QStringLiteral("PRAGMA journal_mode=WAL")};
        statements += Schema::migration(1, SqlDialect());
        statements << QStringLiteral("ATTACH DATABASE '%1' AS source").arg(source) << QStringLiteral("BEGIN");
        for (const QString& statement : statements) {
            if (!q.exec(statement)) {
                error = statement + u": " + q.lastError().text();
                break;
            }
        }
        QStringList tables;
        for (q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table'")); q.next();) {
            tables.append(q.value(0).toString());
        }
        for (const QString& table : tables) {
            if (!error.isEmpty()) {
                break;
            }
            const QStringList columns = [&] {
                QStringList list;
                const QSqlRecord record = db.record(table);
                for (int i = 0; i < record.count(); ++i) {
                    list.append(record.fieldName(i));
                }
                return list;
            }();
            const QString copy = QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM source.%1")
                                     .arg(table, columns.join(QStringLiteral(", ")));
            if (!q.exec(copy)) {
                error = copy + u": " + q.lastError().text();
            }
        }
        if (error.isEmpty()) {
            for (const QString& statement : {QStringLiteral("COMMIT"), QStringLiteral("DETACH DATABASE source"),
                                             QStringLiteral("PRAGMA user_version=1")}) {
                if (!q.exec(statement)) {
                    error = statement + u": " + q.lastError().text();
                    break;
                }
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QStringList backups(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.bak")}, QDir::Files);
}

} // namespace

QString TestCrashMigration::schemaState(const QString& path) const
{
    const int version = scalar(path, QStringLiteral("PRAGMA user_version")).toInt();
    const QStringList objects = schemaObjects(path);
    if (version == 1 && objects == m_version1Objects) {
        return QStringLiteral("v1");
    }
    if (version == Schema::currentVersion() && objects == m_currentObjects) {
        return QStringLiteral("current");
    }
    return QStringLiteral("user_version %1 with tables and indexes %2").arg(version).arg(objects.join(u' '));
}

void TestCrashMigration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString current = m_dir.filePath(QStringLiteral("current.db"));
    QCOMPARE(initWithOrganizations(current), QString());
    const QString members = m_dir.filePath(QStringLiteral("members.csv"));
    writeMembersCsv(members, 50000);
    const Run imported = cli(current, {QStringLiteral("import"), QStringLiteral("members"), members});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    m_currentObjects = schemaObjects(current);
    m_version1 = m_dir.filePath(QStringLiteral("version1.db"));
    QCOMPARE(makeVersion1(current, m_version1), QString());
    m_version1Objects = schemaObjects(m_version1);
    QVERIFY(m_version1Objects.size() < m_currentObjects.size());
    QCOMPARE(scalar(m_version1, QStringLiteral("SELECT count(*) FROM members")).toInt(), 50000);
    QCOMPARE(schemaState(m_version1), QStringLiteral("v1"));
    for (const QString& object : m_version1Objects) {
        if (scalar(m_version1, QStringLiteral("SELECT type FROM sqlite_master WHERE name = '%1'").arg(object)) ==
            QStringLiteral("table")) {
            m_tables.append(object);
        }
    }
    m_contentHash = contentHash(m_version1, m_tables);

    // A command that does little after opening, so the run is mostly the migration.
    const QString folder = m_dir.filePath(QStringLiteral("timing"));
    QDir().mkpath(folder);
    const QString copy = folder + QStringLiteral("/roll.db");
    QVERIFY(copyDatabase(m_version1, copy));
    const Run migrated = cli(copy, {QStringLiteral("export"), QStringLiteral("orgs"), copy + QStringLiteral(".csv")});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    m_migrationMs = migrated.ms;
    QCOMPARE(schemaState(copy), QStringLiteral("current"));
    QCOMPARE(backups(folder).size(), 1);
}

void TestCrashMigration::killDuringMigration()
{
    int sawV1 = 0;
    int sawCurrent = 0;
    int partialBackups = 0;
    for (int round = 0; round < 20; ++round) {
        const QString folder = m_dir.filePath(QStringLiteral("round%1").arg(round));
        QDir().mkpath(folder);
        const QString target = folder + QStringLiteral("/roll.db");
        QVERIFY(copyDatabase(m_version1, target));
        QProcess process;
        start(process, target, {QStringLiteral("export"), QStringLiteral("orgs"), target + QStringLiteral(".csv")});
        QVERIFY(process.waitForStarted());
        const qint64 delay = QRandomGenerator::global()->bounded(m_migrationMs * 11 / 10 + 1);
        QThread::msleep(static_cast<unsigned long>(delay));
        process.kill();
        process.waitForFinished();

        QCOMPARE(integrity(target), QStringLiteral("ok"));
        const QString state = schemaState(target);
        if (state == u"v1") {
            ++sawV1;
        } else if (state == u"current") {
            ++sawCurrent;
        } else {
            QFAIL(qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3").arg(round).arg(delay).arg(state)));
        }
        // A backup under its final name is a whole database.
        for (const QString& backup : backups(folder)) {
            const QString backupPath = folder + u'/' + backup;
            QCOMPARE(integrity(backupPath), QStringLiteral("ok"));
            QCOMPARE(schemaState(backupPath), QStringLiteral("v1"));
        }
        if (!QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty()) {
            ++partialBackups;
        }
        // The records are the same either way.
        // The records are the same either way.
        QCOMPARE(contentHash(target, m_tables), m_contentHash);
        // Opening migrates what is left (again), and the records stay; the next migration
        // clears an unfinished backup away.
        {
            auto reopened = Database::open(target, Database::OpenMode::ExistingOnly);
            QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message()));
        }
        if (state == u"v1") {
            QVERIFY(QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        }
        QCOMPARE(schemaState(target), QStringLiteral("current"));
        QCOMPARE(contentHash(target, m_tables), m_contentHash);
        QDir(folder).removeRecursively();
    }
    qInfo("migration to schema %d took %lld ms; killed 20 times: %d left schema 1, %d the current schema (%d left "
          "an unfinished backup under a .part name)",
          Schema::currentVersion(), m_migrationMs, sawV1, sawCurrent, partialBackups);
}

QTEST_GUILESS_MAIN(TestCrashMigration)
#include "tst_crashmigration.moc"
