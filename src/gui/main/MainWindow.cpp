#include "MainWindow.h"

#include "core/AppPaths.h"
#include "core/Settings.h"
#include "core/UserContext.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "gui/members/RosterWidget.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QUrl>

namespace {

constexpr int MaxRecentDatabases = 8;

QString databaseFilter()
{
    return QCoreApplication::translate("MainWindow", "PartyRoll databases (*.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    statusBar()->addWidget(m_shown, 1);
    statusBar()->addPermanentWidget(m_summary);
    createMenus();
    showDatabase(std::move(database));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New database..."), this, &MainWindow::chooseAndCreate);
    create->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction* open = file->addAction(tr("&Open database..."), this, &MainWindow::chooseAndOpen);
    open->setObjectName(QStringLiteral("actionOpenDatabase"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find members"), this, [this] {
        m_roster->searchEdit()->setFocus();
        m_roster->searchEdit()->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);

    // Language: a setting read at start-up (--lang overrides it); switching a running window's
    // language would leave half the texts in the old one, so it applies at the next start.
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString chosen = Settings::value(Settings::Key::Language).toString();
    for (const auto& [code, label] : {std::pair{QStringLiteral("zh"), QStringLiteral("中文")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = language->addAction(label);
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setCheckable(true);
        action->setChecked(chosen == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Settings::setValue(Settings::Key::Language, code);
            Dialogs::information(this, tr("PartyRoll"), tr("The language changes when PartyRoll starts again."));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* logs = help->addAction(tr("Open &log folder"), this, [] {
        QDir().mkpath(AppPaths::logFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(AppPaths::logFolder()));
    });
    logs->setObjectName(QStringLiteral("actionOpenLogFolder"));
    QAction* about = help->addAction(tr("&About PartyRoll"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    rebuildRecentMenu();
}

void MainWindow::showDatabase(std::shared_ptr<Database> database)
{
    // The feature widgets hold queries on the old connection: delete them (now, not later)
    // before the old database is released.
    if (m_splitter) {
        delete takeCentralWidget();
        m_splitter = nullptr;
    }
    m_database = std::move(database);
    setWindowTitle(tr("PartyRoll - %1").arg(QDir::toNativeSeparators(m_database->path())));
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tree = new OrganizationTreeWidget(m_database, m_splitter);
    m_roster = new RosterWidget(m_database, m_splitter);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_roster);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);
    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_roster, &RosterWidget::showOrganization);
    connect(m_roster, &RosterWidget::countChanged, this, [this](qint64 count) {
        m_shown->setText(count < 0 ? tr("Counting…") : tr("%n member(s) shown", nullptr, int(count)));
    });
    connect(m_roster, &RosterWidget::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_roster->showOrganization(0);
    refresh();
}

bool MainWindow::openDatabase(const QString& path, bool createIfMissing)
{
    // Opening may migrate the schema (after a backup copy) or wait for a lock: seconds on a big
    // file, so it runs on a worker; the worker's connection is released, this thread opens its own.
    std::optional<Result<std::shared_ptr<Database>>> result;
    const bool finished = BackgroundTask::run(
        this, tr("Opening %1…").arg(QFileInfo(path).fileName()), nullptr, [&](const BackgroundTask::Progress&) {
            result = Database::open(path, createIfMissing ? Database::OpenMode::CreateOrMigrate
                                                          : Database::OpenMode::ExistingOnly);
            if (result->ok()) {
                result->value()->releaseThreadConnection();
            }
        });
    if (!finished) {
        return false;
    }
    auto& opened = *result;
    if (!opened.ok()) {
        Dialogs::critical(this, tr("PartyRoll"), opened.error().message());
        return false;
    }
    QStringList recent = Settings::value(Settings::Key::RecentDatabases).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    Settings::setValue(Settings::Key::RecentDatabases, QStringList(recent.mid(0, MaxRecentDatabases)));
    rebuildRecentMenu();
    showDatabase(*opened);
    return true;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::value(Settings::Key::RecentDatabases).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseAndOpen()
{
    const QString path = Dialogs::openFileName(this, tr("Open database"), databaseFilter());
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::chooseAndCreate()
{
    QString path = Dialogs::saveFileName(this, tr("New database"), databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".db");
    }
    if (QFileInfo::exists(path)) {
        Dialogs::critical(this, tr("PartyRoll"), tr("%1 already exists; open it instead.").arg(path));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PartyRoll"),
                       tr("<h3>PartyRoll %1</h3><p>The party member roster of grassroots organizations: members and "
                          "their history, organizations, posts, imports and exports.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_database->path().toHtmlEscaped()));
}

void MainWindow::refresh()
{
    const UserContext user = UserContext::localUser();
    OrganizationService orgs(*m_database);
    MemberService members(*m_database);
    const auto orgCount = orgs.count(user);
    const auto onRoll = members.countOnRoll(user);
    if (!orgCount.ok() || !onRoll.ok()) {
        const Error& error = !orgCount.ok() ? orgCount.error() : onRoll.error();
        m_summary->setText(error.message());
        return;
    }
    m_summary->setText(tr("%1 members on the roll in %2 organizations").arg(*onRoll).arg(*orgCount));
}
