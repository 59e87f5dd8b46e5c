#include "DatabaseDump.h"
#include "Fixtures.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/UserContext.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "gui/main/BackupActions.h"
#include "services/BackupService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

// File > Back up database… / Restore database… and the daily backup on exit, driven through
// the actions by name with the dialogs answered in advance. A small stand-in for MainWindow
// lets go of the database and opens it again when BackupActions asks.
class TestBackupActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void backUpThroughTheMenu();
    void backUpCancelled();
    void restoreClosesReplacesAndReopens();
    void restoreDeclinedChangesNothing();
    void restoreRefusesANonDatabaseBeforeClosing();
    void restoreRefusedWhileTheDatabaseIsStillOpen();
    void backUpOnExitOnceADay();

private:
    // What MainWindow does for BackupActions: holds the database, releases it, reopens it.
    struct Window
    {
        QWidget widget;
        BackupActions* actions = nullptr;
        std::shared_ptr<Database> database;
        QAction* action(const char* name) const { return widget.findChild<QAction*>(QString::fromLatin1(name)); }
    };
    std::unique_ptr<Window> makeWindow(const QString& path, bool releases = true);

    QTemporaryDir m_dir;
};

namespace {

void addCommittee(Database& db, const QString& code)
{
    Organization org;
    org.code = code;
    org.name = QStringLiteral("新党委") + code;
    org.type = OrgType::Committee;
    org.establishedOn = QDate(2022, 5, 1);
    QVERIFY(OrganizationService(db).create(UserContext::localUser(), org).ok());
}

QByteArray sha(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString lastMessage()
{
    const QStringList messages = Dialogs::shownMessages();
    return messages.isEmpty() ? QString() : messages.constLast();
}

} // namespace

void TestBackupActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Language::install(QStringLiteral("en"));
    Clock::setFixedToday(QDate(2026, 11, 21));
}

void TestBackupActions::init()
{
    Dialogs::resetForTests();
}

void TestBackupActions::cleanupTestCase()
{
    Clock::setFixedToday(QDate());
}

std::unique_ptr<TestBackupActions::Window> TestBackupActions::makeWindow(const QString& path, bool releases)
{
    auto window = std::make_unique<Window>();
    auto opened = Database::open(path, Database::OpenMode::CreateOrMigrate);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().message()));
        return {};
    }
    window->database = *opened;
    window->actions = new BackupActions(&window->widget);
    window->actions->setDatabase(window->database);
    Window* w = window.get();
    if (releases) {
        connect(w->actions, &BackupActions::closeDatabaseRequested, w->actions, [w] { w->database.reset(); });
    }
    connect(w->actions, &BackupActions::openDatabaseRequested, w->actions, [w](const QString& reopened) {
        auto db = Database::open(reopened, Database::OpenMode::ExistingOnly);
        w->database = db.ok() ? *db : nullptr;
        w->actions->setDatabase(w->database);
    });
    return window;
}

void TestBackupActions::backUpThroughTheMenu()
{
    const QString path = m_dir.filePath(QStringLiteral("menu/roll.db"));
    auto window = makeWindow(path);
    QVERIFY(window);
    QVERIFY(Fixtures::import(*window->database));
    QAction* backUp = window->action("actionBackUpDatabase");
    QVERIFY(backUp && backUp->isEnabled());

    // A name without suffix gets .sqlite.
    const QString chosen = m_dir.filePath(QStringLiteral("menu/saved"));
    Dialogs::answerFileDialogs({chosen});
    backUp->trigger();
    const QString file = chosen + QStringLiteral(".sqlite");
    QVERIFY(QFileInfo::exists(file));
    QVERIFY2(lastMessage().contains(QStringLiteral("was backed up to")), qPrintable(lastMessage()));
    auto copy = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(copy.ok());
    QCOMPARE(DatabaseDump::canonical(**copy), DatabaseDump::canonical(*window->database));
    copy = Error(Error::Kind::Storage, QString());

    // The same name again: the suffixed file exists, so the user is asked; "no" keeps it.
    addCommittee(*window->database, QStringLiteral("NEW"));
    const QByteArray firstCopy = sha(file);
    Dialogs::answerFileDialogs({chosen});
    Dialogs::answerQuestions({false});
    backUp->trigger();
    QVERIFY2(lastMessage().contains(QStringLiteral("already exists. Replace it?")), qPrintable(lastMessage()));
    QCOMPARE(sha(file), firstCopy);
    // A name the file dialog returned (it asked before replacing) is replaced.
    Dialogs::answerFileDialogs({file});
    backUp->trigger();
    auto replaced = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(replaced.ok());
    QCOMPARE(DatabaseDump::canonical(**replaced), DatabaseDump::canonical(*window->database));

    window->actions->setDatabase(nullptr);
    QVERIFY(!backUp->isEnabled());
    QVERIFY(!window->action("actionRestoreDatabase")->isEnabled());
}

void TestBackupActions::backUpCancelled()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel/roll.db"));
    auto window = makeWindow(path);
    QVERIFY(window);
    QVERIFY(Fixtures::import(*window->database));
    // The file dialog cancelled: nothing happens.
    Dialogs::answerFileDialogs({QString()});
    window->action("actionBackUpDatabase")->trigger();
    QVERIFY(Dialogs::shownMessages().isEmpty());
    // Cancel pressed in the progress dialog: no file, no message.
    const QString file = m_dir.filePath(QStringLiteral("cancel/copy.sqlite"));
    Dialogs::answerFileDialogs({file});
    BackgroundTask::cancelNextForTests();
    window->action("actionBackUpDatabase")->trigger();
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("cancel"))).entryList({QStringLiteral("*.part")}).isEmpty());
    QVERIFY(Dialogs::shownMessages().isEmpty());
}

void TestBackupActions::restoreClosesReplacesAndReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("restore/roll.db"));
    auto window = makeWindow(path);
    QVERIFY(window);
    QVERIFY(Fixtures::import(*window->database));
    const QStringList before = DatabaseDump::canonical(*window->database);
    const QString backup = m_dir.filePath(QStringLiteral("restore/monday.sqlite"));
    QVERIFY(BackupService(*window->database).backup(UserContext::localUser(), backup).ok());
    addCommittee(*window->database, QStringLiteral("LOST"));
    QVERIFY(DatabaseDump::canonical(*window->database) != before);

    QSignalSpy closed(window->actions, &BackupActions::closeDatabaseRequested);
    QSignalSpy opened(window->actions, &BackupActions::openDatabaseRequested);
    Dialogs::answerFileDialogs({backup});
    Dialogs::answerQuestions({true});
    window->action("actionRestoreDatabase")->trigger();
    QCOMPARE(closed.count(), 1);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), QFileInfo(path).absoluteFilePath());
    const QStringList messages = Dialogs::shownMessages();
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.at(0).startsWith(QStringLiteral("Replace the database")) && messages.at(0).contains(backup),
             qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).contains(QStringLiteral("was restored from")), qPrintable(messages.at(1)));
    // The window has the restored records; the replaced file is kept.
    QVERIFY(window->database);
    QCOMPARE(DatabaseDump::canonical(*window->database), before);
    const QStringList kept =
        QDir(m_dir.filePath(QStringLiteral("restore"))).entryList({QStringLiteral("roll.db.before-restore-*")});
    QCOMPARE(kept.size(), 1);
    QVERIFY(messages.at(1).contains(kept.first()));
    QVERIFY(window->action("actionRestoreDatabase")->isEnabled());
}

void TestBackupActions::restoreDeclinedChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("declined/roll.db"));
    auto window = makeWindow(path);
    QVERIFY(window);
    QVERIFY(Fixtures::import(*window->database));
    const QString backup = m_dir.filePath(QStringLiteral("declined/copy.sqlite"));
    QVERIFY(BackupService(*window->database).backup(UserContext::localUser(), backup).ok());
    addCommittee(*window->database, QStringLiteral("STAYS"));
    const QStringList now = DatabaseDump::canonical(*window->database);
    QSignalSpy closed(window->actions, &BackupActions::closeDatabaseRequested);
    Dialogs::answerFileDialogs({backup});
    Dialogs::answerQuestions({false});
    window->action("actionRestoreDatabase")->trigger();
    QCOMPARE(closed.count(), 0);
    QCOMPARE(Dialogs::shownMessages().size(), 1); // the question only
    QCOMPARE(DatabaseDump::canonical(*window->database), now);
    // The file dialog cancelled: not even a question.
    Dialogs::answerFileDialogs({QString()});
    window->action("actionRestoreDatabase")->trigger();
    QCOMPARE(Dialogs::shownMessages().size(), 1);
}

void TestBackupActions::restoreRefusesANonDatabaseBeforeClosing()
{
    const QString path = m_dir.filePath(QStringLiteral("notdb/roll.db"));
    auto window = makeWindow(path);
    QVERIFY(window);
    const QString text = m_dir.filePath(QStringLiteral("notdb/members.csv"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,性别\n张三,男\n");
    }
    QSignalSpy closed(window->actions, &BackupActions::closeDatabaseRequested);
    Dialogs::answerFileDialogs({text});
    Dialogs::answerQuestions({true});
    window->action("actionRestoreDatabase")->trigger();
    QCOMPARE(closed.count(), 0);
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY2(lastMessage().contains(QStringLiteral("is not a PartyRoll database")), qPrintable(lastMessage()));
    QVERIFY(window->database);
}

void TestBackupActions::restoreRefusedWhileTheDatabaseIsStillOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("held/roll.db"));
    // A window that does not let go of its database.
    auto window = makeWindow(path, false);
    QVERIFY(window);
    QVERIFY(Fixtures::import(*window->database));
    const QString backup = m_dir.filePath(QStringLiteral("held/copy.sqlite"));
    QVERIFY(BackupService(*window->database).backup(UserContext::localUser(), backup).ok());
    addCommittee(*window->database, QStringLiteral("HELD"));
    const QStringList now = DatabaseDump::canonical(*window->database);
    QSignalSpy opened(window->actions, &BackupActions::openDatabaseRequested);
    Dialogs::answerFileDialogs({backup});
    Dialogs::answerQuestions({true});
    window->action("actionRestoreDatabase")->trigger();
    QVERIFY2(lastMessage().contains(QStringLiteral("is open in PartyRoll or another program")),
             qPrintable(lastMessage()));
    QVERIFY(lastMessage().contains(QStringLiteral("The database was not changed.")));
    // Opened again (the same file), nothing replaced.
    QCOMPARE(opened.count(), 1);
    QVERIFY(window->database);
    QCOMPARE(DatabaseDump::canonical(*window->database), now);
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("held"))).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());
}

void TestBackupActions::backUpOnExitOnceADay()
{
    const QString path = m_dir.filePath(QStringLiteral("daily/roll.db"));
    auto window = makeWindow(path);
    QVERIFY(window);
    QVERIFY(Fixtures::import(*window->database));
    window->actions->setBackupsToKeep(2);
    QCOMPARE(window->actions->backupsToKeep(), 2);
    const QString folder = BackupService::backupFolder(path);
    QVERIFY(QDir().mkpath(folder));
    for (const QString& name :
         {QStringLiteral("roll-20261118-170000.sqlite"), QStringLiteral("roll-20261119-170000.sqlite"),
          QStringLiteral("roll-20261120-170000.sqlite")}) {
        QVERIFY(QFile(QDir(folder).filePath(name)).open(QIODevice::WriteOnly));
    }
    window->actions->backUpOnExit();
    QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(lastMessage()));
    const QStringList kept = BackupService::automaticBackups(path);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(QFileInfo(kept.first()).fileName(), QStringLiteral("roll-20261120-170000.sqlite"));
    QVERIFY(QFileInfo(kept.last()).fileName().startsWith(QStringLiteral("roll-20261121-")));
    auto copy = Database::open(kept.last(), Database::OpenMode::ExistingOnly);
    QVERIFY(copy.ok());
    QCOMPARE(DatabaseDump::canonical(**copy), DatabaseDump::canonical(*window->database));
    copy = Error(Error::Kind::Storage, QString());
    // Closing again the same day makes no second backup.
    addCommittee(*window->database, QStringLiteral("EVENING"));
    window->actions->backUpOnExit();
    QCOMPARE(BackupService::automaticBackups(path), kept);
    // Without a database there is nothing to do.
    window->actions->setDatabase(nullptr);
    window->actions->backUpOnExit();
    QVERIFY(Dialogs::shownMessages().isEmpty());
}

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
