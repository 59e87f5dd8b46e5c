#include "DatabaseDump.h"
#include "Fixtures.h"
#include "core/Clock.h"
#include "core/UserContext.h"
#include "services/BackupService.h"
#include "services/DataGenerator.h"
#include "services/OrganizationService.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// BackupService against real files: a backup is the database of one moment even while another
// connection writes; a restore brings back every record of a damaged database and keeps the file
// it replaces; bad backups are refused with the database untouched; automatic backups are kept
// up to their number; every file made is readable by its owner only.
class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void backupIsOneMomentWhileAnotherConnectionWrites();
    void writerIsNotHeldUpByABackup();
    void backupRefusesToOverwrite();
    void corruptLiveFileRestoredFromBackup();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void restoreRefusedWhileTheDatabaseIsOpen();
    void restoreKeepsTheWalOfTheReplacedFile();
    void restoreOntoAMissingFile();
    void cancelledWorkLeavesNothing();
    void automaticBackupsKeepTheLastN();
    void dailyBackupOnceADay();
    void filesAreOwnerOnly();

private:
    std::shared_ptr<Database> open(const QString& path,
                                   Database::OpenMode mode = Database::OpenMode::ExistingOnly) const;
    void generate(Database& db, qint64 members) const;
    QStringList dumpOf(const QString& path) const;

    const UserContext m_user = UserContext::localUser();
};

namespace {

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFileInfo::exists(path) && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & others);
}

QByteArray sha(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Overwrites 16 pages in the middle of the file with garbage: table and index pages.
void corruptMiddle(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 page = 8192;
    const qint64 offset = (file.size() / 2 / page) * page;
    QVERIFY(offset > page);
    QVERIFY(file.seek(offset));
    QVERIFY(file.write(QByteArray(int(16 * page), '\xA5')) == 16 * page);
}

// Runs SQL on a file through a plain Qt connection (to make files that are not PartyRoll's).
void rawExec(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& statement : statements) {
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QStringList filesIn(const QString& folder, const QString& pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files);
}

Organization newCommittee(const QString& code)
{
    Organization org;
    org.code = code;
    org.name = QStringLiteral("并发写入党委") + code;
    org.type = OrgType::Committee;
    org.establishedOn = QDate(2020, 1, 1);
    return org;
}

} // namespace

void TestBackupService::initTestCase()
{
    Clock::setFixedToday(QDate(2026, 11, 21));
#ifdef Q_OS_UNIX
    // A permissive umask, so that owner-only files are not the umask's doing.
    ::umask(022);
#endif
}

void TestBackupService::cleanupTestCase()
{
    Clock::setFixedToday(QDate());
}

std::shared_ptr<Database> TestBackupService::open(const QString& path, Database::OpenMode mode) const
{
    auto db = Database::open(path, mode);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.error().message()));
        return {};
    }
    return *db;
}

void TestBackupService::generate(Database& db, qint64 members) const
{
    GeneratorOptions options;
    options.members = members;
    options.seed = 11;
    options.today = Clock::today();
    const auto made = DataGenerator(db).generate(m_user, options);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
}

QStringList TestBackupService::dumpOf(const QString& path) const
{
    const auto db = open(path);
    return db ? DatabaseDump::canonical(*db) : QStringList{QStringLiteral("cannot open ") + path};
}

void TestBackupService::backupIsOneMomentWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const auto db = open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db);
    generate(*db, 3000);
    const QStringList before = DatabaseDump::canonical(*db);
    // Another connection on the same file, as another program would have.
    const auto other = open(path);
    QVERIFY(other);
    int steps = 0;
    int writes = 0;
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        OrganizationService writer(*other);
        // Between the backup's steps the other connection writes, and every write succeeds.
        const auto made = BackupService(*db).backup(m_user, target, false, [&](double fraction) {
            if (fraction < 0.85) {
                ++steps;
                writes += writer.create(m_user, newCommittee(QStringLiteral("W%1").arg(steps))).ok() ? 1 : 0;
            }
            return true;
        });
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
        QCOMPARE(made->file, target);
        QCOMPARE(made->schemaVersion, Schema::currentVersion());
        QCOMPARE(made->bytes, QFileInfo(target).size());
    }
    QVERIFY2(steps >= 3, qPrintable(QStringLiteral("%1 steps").arg(steps)));
    QCOMPARE(writes, steps);
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    QVERIFY(ownerOnly(target));
    // One self-contained file: rollback-journal mode in its header (bytes 18 and 19), no companions.
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(20).mid(18), QByteArray("\x01\x01", 2));
    }
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-journal")));
    // The copy is the database as the backup began, nothing of the writes made meanwhile.
    QCOMPARE(dumpOf(target), before);
    const QStringList after = DatabaseDump::canonical(*db);
    QCOMPARE(after.size(), before.size() + 2 * writes); // an organization and its link each
}

void TestBackupService::writerIsNotHeldUpByABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const auto db = open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db);
    generate(*db, 3000);
    std::atomic<bool> stop{false};
    std::atomic<bool> backingUp{false};
    std::atomic<int> written{0};
    std::atomic<int> duringBackup{0};
    std::atomic<int> failed{0};
    // A thread of its own with its own connection, like a GUI worker or a second program.
    std::thread writer([&] {
        {
            OrganizationService service(*db);
            for (int i = 0; !stop; ++i) {
                if (service.create(m_user, newCommittee(QStringLiteral("T%1").arg(i))).ok()) {
                    ++written;
                    duringBackup += backingUp ? 1 : 0;
                } else {
                    ++failed;
                }
            }
        }
        db->releaseThreadConnection();
    });
    QTRY_VERIFY(written > 0);
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    backingUp = true;
    const auto made = BackupService(*db).backup(m_user, target, false, [](double) {
        QThread::msleep(20); // a slow disk: the writer has time to write
        return true;
    });
    backingUp = false;
    stop = true;
    writer.join();
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
    QCOMPARE(failed.load(), 0);
    QVERIFY2(duringBackup > 0, "no write was made while the backup ran");
    const auto copy = open(target);
    QVERIFY(copy);
    QVERIFY(copy->quickCheck().ok());
}

void TestBackupService::backupRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const auto db = open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db);
    QVERIFY(Fixtures::import(*db));
    BackupService service(*db);
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile(target).open(QIODevice::WriteOnly)); // an empty file of the user's
    const auto refused = service.backup(m_user, target);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
    QCOMPARE(QFileInfo(target).size(), 0);
    const auto replaced = service.backup(m_user, target, true);
    QVERIFY(replaced.ok());
    QCOMPARE(dumpOf(target), DatabaseDump::canonical(*db));
    // Never the database itself or its companions.
    for (const QString& own : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        const auto itself = service.backup(m_user, own, true);
        QVERIFY(!itself.ok());
        QCOMPARE(itself.error().kind(), Error::Kind::Conflict);
    }
    QVERIFY(db->quickCheck().ok());
}

void TestBackupService::corruptLiveFileRestoredFromBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const QString backupFile = dir.filePath(QStringLiteral("saved/roll-backup.sqlite"));
    QStringList before;
    {
        const auto db = open(path, Database::OpenMode::CreateOrMigrate);
        QVERIFY(db);
        generate(*db, 2000);
        before = DatabaseDump::canonical(*db);
        QVERIFY(before.size() > 2000);
        const auto made = BackupService(*db).backup(m_user, backupFile);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
        // Written after the backup: the restore loses it.
        QVERIFY(OrganizationService(*db).create(m_user, newCommittee(QStringLiteral("LATE"))).ok());
    }
    // The last connection has moved the WAL into the file.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    corruptMiddle(path);
    const QByteArray damagedHash = sha(path);
    {
        auto damaged = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(!damaged.ok() || !(*damaged)->quickCheck().ok());
    }

    const auto restored = BackupService::restore(m_user, path, backupFile);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message()));
    QCOMPARE(restored->schemaVersion, Schema::currentVersion());
    QVERIFY2(restored->previousFile.startsWith(path + QStringLiteral(".before-restore-20261121-")),
             qPrintable(restored->previousFile));
    // The replaced file is kept as it was, damage and all.
    QCOMPARE(sha(restored->previousFile), damagedHash);
    QVERIFY(filesIn(dir.path(), QStringLiteral("*.part")).isEmpty());
    QVERIFY(ownerOnly(path));
    const auto db = open(path);
    QVERIFY(db);
    QVERIFY(db->quickCheck().ok());
    QCOMPARE(DatabaseDump::canonical(*db), before);
    // The backup itself is untouched (it was only read).
    QVERIFY(filesIn(dir.filePath(QStringLiteral("saved")), QStringLiteral("*")).size() == 1);
}

void TestBackupService::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file") << "text" << int(Error::Kind::Storage) << "is not a PartyRoll database";
    QTest::newRow("an empty file") << "empty" << int(Error::Kind::Storage) << "is not a PartyRoll database";
    QTest::newRow("another SQLite database") << "foreign" << int(Error::Kind::Storage) << "is not a PartyRoll database";
    QTest::newRow("a damaged backup") << "corrupt" << int(Error::Kind::Storage) << "is damaged";
    QTest::newRow("a newer schema") << "newer" << int(Error::Kind::SchemaTooNew) << "newer version of PartyRoll";
    QTest::newRow("no such file") << "missing" << int(Error::Kind::NotFound) << "There is no file";
    QTest::newRow("the database itself") << "itself" << int(Error::Kind::Conflict) << "from itself";
}

void TestBackupService::restoreRefusesBadBackups()
{
    QFETCH(QString, kind);
    QFETCH(int, errorKind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    QString backupFile = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        const auto db = open(path, Database::OpenMode::CreateOrMigrate);
        QVERIFY(db);
        generate(*db, 500);
        QVERIFY(BackupService(*db).backup(m_user, backupFile).ok());
    }
    const QStringList before = dumpOf(path);
    const QByteArray liveHash = sha(path);
    if (kind == u"text" || kind == u"empty") {
        QFile file(backupFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kind == u"text" ? QByteArray("代码,名称\nA,a\n") : QByteArray());
    } else if (kind == u"foreign") {
        QFile::remove(backupFile);
        rawExec(backupFile,
                {QStringLiteral("CREATE TABLE notes (text TEXT)"), QStringLiteral("PRAGMA user_version=3")});
    } else if (kind == u"corrupt") {
        corruptMiddle(backupFile);
    } else if (kind == u"newer") {
        rawExec(backupFile, {QStringLiteral("PRAGMA user_version=%1").arg(Schema::currentVersion() + 1)});
    } else if (kind == u"missing") {
        backupFile = dir.filePath(QStringLiteral("no-such-backup.sqlite"));
    } else if (kind == u"itself") {
        backupFile = path;
    }
    const auto restored = BackupService::restore(m_user, path, backupFile);
    QVERIFY(!restored.ok());
    QCOMPARE(int(restored.error().kind()), errorKind);
    QVERIFY2(restored.error().message().contains(message), qPrintable(restored.error().message()));
    QVERIFY2(restored.error().message().contains(QStringLiteral("The database was not changed.")) || kind == u"itself",
             qPrintable(restored.error().message()));
    // Nothing moved, nothing left behind, the database as it was.
    QCOMPARE(sha(path), liveHash);
    QVERIFY(filesIn(dir.path(), QStringLiteral("*.before-restore-*")).isEmpty());
    QVERIFY(filesIn(dir.path(), QStringLiteral("*.part")).isEmpty());
    QCOMPARE(dumpOf(path), before);
    // inspect() gives the same verdict for the files it can judge without reading them through.
    if (kind != u"corrupt" && kind != u"itself") {
        const auto inspected = BackupService::inspect(backupFile);
        QVERIFY(!inspected.ok());
        QCOMPARE(int(inspected.error().kind()), errorKind);
    }
}

void TestBackupService::restoreRefusedWhileTheDatabaseIsOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const QString backupFile = dir.filePath(QStringLiteral("backup.sqlite"));
    const auto db = open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db);
    QVERIFY(Fixtures::import(*db));
    QVERIFY(BackupService(*db).backup(m_user, backupFile).ok());
    QVERIFY(OrganizationService(*db).create(m_user, newCommittee(QStringLiteral("KEPT"))).ok());
    const QStringList before = DatabaseDump::canonical(*db);

    // Open here (as the GUI would have it): refused, after waiting a moment for it to close.
    const auto restored = BackupService::restore(m_user, path, backupFile);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind(), Error::Kind::Storage);
    QVERIFY2(restored.error().message().contains(QStringLiteral("is open in PartyRoll or another program")),
             qPrintable(restored.error().message()));
    QVERIFY(filesIn(dir.path(), QStringLiteral("*.before-restore-*")).isEmpty());
    QVERIFY(filesIn(dir.path(), QStringLiteral("*.part")).isEmpty());
    // The open connection goes on as if nothing happened.
    QCOMPARE(DatabaseDump::canonical(*db), before);
    QVERIFY(OrganizationService(*db).create(m_user, newCommittee(QStringLiteral("AFTER"))).ok());
}

void TestBackupService::restoreKeepsTheWalOfTheReplacedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const QString backupFile = dir.filePath(QStringLiteral("backup.sqlite"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
    QStringList backedUp;
    QStringList latest;
    {
        const auto db = open(path, Database::OpenMode::CreateOrMigrate);
        QVERIFY(db);
        QVERIFY(Fixtures::import(*db));
        backedUp = DatabaseDump::canonical(*db);
        QVERIFY(BackupService(*db).backup(m_user, backupFile).ok());
        QVERIFY(OrganizationService(*db).create(m_user, newCommittee(QStringLiteral("INWAL"))).ok());
        latest = DatabaseDump::canonical(*db);
        // What a crash leaves: the file and a WAL holding the latest writes (no -shm needed).
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(path + QStringLiteral("-shm"), crashed + QStringLiteral("-shm")));
    }
    const auto restored = BackupService::restore(m_user, crashed, backupFile);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message()));
    // The restored file starts without companions: the old WAL went with the old file.
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-shm")));
    QCOMPARE(dumpOf(crashed), backedUp);
    // And the kept file still holds the writes that were only in its WAL (moved with it, or
    // checkpointed into it when the restore opened the live file to check the user's rights).
    QCOMPARE(dumpOf(restored->previousFile), latest);
}

void TestBackupService::restoreOntoAMissingFile()
{
    QTemporaryDir dir;
    const QString backupFile = dir.filePath(QStringLiteral("backup.sqlite"));
    QStringList before;
    {
        const auto db = open(dir.filePath(QStringLiteral("roll.db")), Database::OpenMode::CreateOrMigrate);
        QVERIFY(db);
        QVERIFY(Fixtures::import(*db));
        before = DatabaseDump::canonical(*db);
        QVERIFY(BackupService(*db).backup(m_user, backupFile).ok());
    }
    // A new machine: the database's folder does not exist yet.
    const QString path = dir.filePath(QStringLiteral("new/place/roll.db"));
    const auto restored = BackupService::restore(m_user, path, backupFile);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message()));
    QVERIFY(restored->previousFile.isEmpty());
    QVERIFY(ownerOnly(path));
    QCOMPARE(dumpOf(path), before);
}

void TestBackupService::cancelledWorkLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const QString backupFile = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        const auto db = open(path, Database::OpenMode::CreateOrMigrate);
        QVERIFY(db);
        generate(*db, 1000);
        const auto stopped = BackupService(*db).backup(m_user, backupFile, false, [](double) { return false; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().kind(), Error::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(backupFile));
        QVERIFY(filesIn(dir.path(), QStringLiteral("*.part")).isEmpty());
        QVERIFY(BackupService(*db).backup(m_user, backupFile).ok());
        QVERIFY(OrganizationService(*db).create(m_user, newCommittee(QStringLiteral("STAYS"))).ok());
    }
    const QByteArray liveHash = sha(path);
    // Stopped at each stage in turn: the check of the backup, the copy, the check of the copy.
    for (const double stopAt : {0.0, 0.5, 0.92}) {
        const auto stopped =
            BackupService::restore(m_user, path, backupFile, [stopAt](double fraction) { return fraction < stopAt; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().kind(), Error::Kind::Cancelled);
        QCOMPARE(sha(path), liveHash);
        QVERIFY(filesIn(dir.path(), QStringLiteral("*.part")).isEmpty());
        QVERIFY(filesIn(dir.path(), QStringLiteral("*.before-restore-*")).isEmpty());
    }
}

void TestBackupService::automaticBackupsKeepTheLastN()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const auto db = open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db);
    QVERIFY(Fixtures::import(*db));
    const QString folder = BackupService::backupFolder(path);
    QCOMPARE(folder, dir.filePath(QStringLiteral("backups")));
    QVERIFY(QDir().mkpath(folder));
    // Older automatic backups (the content does not matter to pruning), a migration's copy beside
    // the database, and files that are not automatic backups of this database.
    const QStringList old{
        QStringLiteral("backups/roll-20261101-080000.sqlite"), QStringLiteral("backups/roll-20261102-080000.sqlite"),
        QStringLiteral("backups/roll-20261102-080000-2.sqlite"), QStringLiteral("roll.db.schema5-20261103080000.bak")};
    const QStringList foreign{QStringLiteral("backups/roll-notes.txt"),
                              QStringLiteral("backups/other-20261101-080000.sqlite"),
                              QStringLiteral("backups/roll-2024-20261101-080000.sqlite"),
                              QStringLiteral("roll.db.before-restore-20261101-080000")};
    for (const QString& name : old + foreign) {
        QVERIFY(QFile(dir.filePath(name)).open(QIODevice::WriteOnly));
    }
    QCOMPARE(BackupService::automaticBackups(path).size(), old.size());

    const auto made = BackupService(*db).automaticBackup(m_user, 3);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
    QVERIFY2(QFileInfo(made->file).fileName().startsWith(QStringLiteral("roll-20261121-")), qPrintable(made->file));
    QCOMPARE(QFileInfo(made->file).absolutePath(), folder);
    QCOMPARE(dumpOf(made->file), DatabaseDump::canonical(*db));
    // The three newest are left, oldest first; nothing else was touched.
    QCOMPARE(BackupService::automaticBackups(path),
             QStringList({dir.filePath(old.at(2)), dir.filePath(old.at(3)), made->file}));
    for (const QString& name : foreign) {
        QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    }
    // Two in the same second get their own names.
    const auto second = BackupService(*db).automaticBackup(m_user, 10);
    QVERIFY(second.ok());
    QVERIFY(second->file != made->file);
    QCOMPARE(BackupService::automaticBackups(path).size(), 4);
    QCOMPARE(BackupService::automaticBackups(path).constLast(), second->file);
    QVERIFY(BackupService::pruneAutomaticBackups(path, 1).ok());
    QCOMPARE(BackupService::automaticBackups(path), QStringList{second->file});
    QVERIFY(BackupService::pruneAutomaticBackups(path, 0).ok()); // at least one stays
    QCOMPARE(BackupService::automaticBackups(path), QStringList{second->file});
}

void TestBackupService::dailyBackupOnceADay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.db"));
    const auto db = open(path, Database::OpenMode::CreateOrMigrate);
    QVERIFY(db);
    QVERIFY(Fixtures::import(*db));
    BackupService service(*db);
    // Yesterday's backup does not count, a migration's copy made today does not either.
    QVERIFY(QDir().mkpath(BackupService::backupFolder(path)));
    QVERIFY(QFile(dir.filePath(QStringLiteral("backups/roll-20261120-235959.sqlite"))).open(QIODevice::WriteOnly));
    QVERIFY(QFile(dir.filePath(QStringLiteral("roll.db.schema5-20261121080000.bak"))).open(QIODevice::WriteOnly));
    const auto first = service.dailyBackup(m_user, 10);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message()));
    QVERIFY(first->has_value());
    QVERIFY(QFileInfo((*first)->file).fileName().startsWith(QStringLiteral("roll-20261121-")));
    const auto again = service.dailyBackup(m_user, 10);
    QVERIFY(again.ok());
    QVERIFY(!again->has_value());
    QCOMPARE(BackupService::automaticBackups(path).size(), 3);
    // The next day there is another.
    Clock::setFixedToday(QDate(2026, 11, 22));
    const auto nextDay = service.dailyBackup(m_user, 2);
    Clock::setFixedToday(QDate(2026, 11, 21));
    QVERIFY(nextDay.ok() && nextDay->has_value());
    // Pruned to two: the newest is the next day's, yesterday's is gone.
    const QStringList kept = BackupService::automaticBackups(path);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.constLast(), (*nextDay)->file);
    QVERIFY(!kept.contains(dir.filePath(QStringLiteral("backups/roll-20261120-235959.sqlite"))));
}

void TestBackupService::filesAreOwnerOnly()
{
    QTemporaryDir dir;
    // A new database, its WAL and shared-memory index.
    const QString path = dir.filePath(QStringLiteral("new/roll.db"));
    {
        const auto db = open(path, Database::OpenMode::CreateOrMigrate);
        QVERIFY(db);
        QVERIFY(Fixtures::import(*db));
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(ownerOnly(file), qPrintable(file));
        }
        const auto backup = BackupService(*db).backup(m_user, dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(backup.ok() && ownerOnly(backup->file));
        const auto automatic = BackupService(*db).automaticBackup(m_user, 10);
        QVERIFY(automatic.ok() && ownerOnly(automatic->file));
        const QFileDevice::Permissions folder = QFileInfo(BackupService::backupFolder(path)).permissions();
        QVERIFY(folder & QFileDevice::ExeOwner);
        QVERIFY(!(folder &
                  (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    }
    // The copy a migration makes of an older file (made by another program, readable by all).
    const QString old = dir.filePath(QStringLiteral("old.db"));
    rawExec(old, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    QVERIFY(!ownerOnly(old));
    QVERIFY(open(old));
    const QStringList migrationCopies = filesIn(dir.path(), QStringLiteral("old.db.schema0-*.bak"));
    QCOMPARE(migrationCopies.size(), 1);
    QVERIFY(ownerOnly(dir.filePath(migrationCopies.first())));
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
