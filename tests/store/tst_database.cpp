#include "TempDatabase.h"
#include "store/Schema.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void pragmas();
    void missingFileIsRefused();
    void newerSchemaIsRefused();
    void notADatabase();
    void migrationBacksUpFirst();
    void transactionsNest();
    void copyIsConsistent();
    void connectionPerThread();
};

namespace {

int scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    if (!q.ok() || !q->next()) {
        return -1;
    }
    return q->value(0).toInt();
}

} // namespace

void TestDatabase::pragmas()
{
    TempDatabase temp;
    QCOMPARE(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")), 1);
    auto mode = temp.db().exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode->next());
    QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
    QVERIFY(scalar(temp.db(), QStringLiteral("PRAGMA busy_timeout")) >= 5000);
    QCOMPARE(temp.db().schemaVersion(), Schema::currentVersion());
    // Foreign keys are enforced.
    const auto orphan = temp.db().exec(QStringLiteral("INSERT INTO membership_events (member_id, date, kind, category,"
                                                      " ends_on) VALUES (4242, '2020-01-01', 1, 1, '9999-12-31')"));
    QVERIFY(!orphan.ok());
    QCOMPARE(int(orphan.error().kind()), int(Error::Kind::Storage));
}

void TestDatabase::missingFileIsRefused()
{
    QTemporaryDir dir;
    const auto opened = Database::open(dir.filePath(QStringLiteral("nothing.db")), Database::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message().contains(QStringLiteral("init")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nothing.db"))));
}

void TestDatabase::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateOrMigrate);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::currentVersion() + 1)).ok());
    }
    const auto reopened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!reopened.ok());
    QCOMPARE(int(reopened.error().kind()), int(Error::Kind::SchemaTooNew));
    QVERIFY(reopened.error().message().contains(QStringLiteral("newer")));
}

void TestDatabase::notADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind()), int(Error::Kind::Storage));
    QVERIFY(opened.error().message().contains(QStringLiteral("damaged")));
}

void TestDatabase::migrationBacksUpFirst()
{
    // An older schema (version 0 with a table in it) is migrated; a backup is taken first.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('kept')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM notes")), 1);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM members")), 0);
    // The file had content, so it was backed up before the migration, content and all.
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.db.schema0-*.bak")});
    QCOMPARE(backups.size(), 1);
    QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    copy.setDatabaseName(dir.filePath(backups.first()));
    QVERIFY(copy.open());
    QSqlQuery kept(copy);
    QVERIFY(kept.exec(QStringLiteral("SELECT text FROM notes")) && kept.next());
    QCOMPARE(kept.value(0).toString(), QStringLiteral("kept"));
    QVERIFY(!kept.exec(QStringLiteral("SELECT count(*) FROM members"))); // the old schema, untouched
    kept.finish();
    copy.close();
}

void TestDatabase::transactionsNest()
{
    TempDatabase temp;
    Database& db = temp.db();
    {
        WriteTransaction outer(db);
        QVERIFY(outer.started().ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO organizations (code, name, type, current_name) VALUES"
                                       " ('A', 'a', 4, 'a')"))
                    .ok());
        {
            WriteTransaction inner(db);
            QVERIFY(inner.started().ok());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO organizations (code, name, type, current_name) VALUES"
                                           " ('B', 'b', 4, 'b')"))
                        .ok());
            // not committed: rolled back to the savepoint
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organizations")), 1);
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organizations")), 1);
    {
        WriteTransaction abandoned(db);
        QVERIFY(db.exec(QStringLiteral("DELETE FROM organizations")).ok());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organizations")), 1);
    QVERIFY(!db.inTransaction());
}

void TestDatabase::copyIsConsistent()
{
    TempDatabase temp;
    QVERIFY(
        temp.db()
            .exec(QStringLiteral("INSERT INTO organizations (code, name, type, current_name) VALUES ('A','a',4,'a')"))
            .ok());
    const QString copy = temp.file(QStringLiteral("copy.db"));
    QVERIFY(temp.db().copyTo(copy).ok());
    QVERIFY(!temp.db().copyTo(copy).ok()); // never overwrites
    auto opened = Database::open(copy, Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    QCOMPARE(scalar(**opened, QStringLiteral("SELECT count(*) FROM organizations")), 1);
}

void TestDatabase::connectionPerThread()
{
    TempDatabase temp;
    const QString mainName = temp.db().connection().connectionName();
    QString workerName;
    int workerCount = -1;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        workerName = temp.db().connection().connectionName();
        workerCount = scalar(temp.db(), QStringLiteral("SELECT count(*) FROM organizations"));
        temp.db().releaseThreadConnection();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerCount, 0);
    QVERIFY(!QSqlDatabase::contains(workerName));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
