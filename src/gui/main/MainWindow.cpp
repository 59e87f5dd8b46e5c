#include "MainWindow.h"

#include "core/AppPaths.h"
#include "core/Settings.h"
#include "core/UserContext.h"
#include "gui/access/UsersDialog.h"
#include "gui/audit/AuditViewer.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "gui/common/FeatureDialog.h"
#include "gui/common/WorkerPool.h"
#include "gui/development/DevelopmentActions.h"
#include "gui/elections/ElectionActions.h"
#include "gui/importexport/ExportDialog.h"
#include "gui/importexport/ImportDialog.h"
#include "gui/main/BackupActions.h"
#include "gui/main/StartupDatabase.h"
#include "gui/members/MemberActions.h"
#include "gui/members/MemberHistoryWidget.h"
#include "gui/members/RosterModel.h"
#include "gui/members/RosterPrinter.h"
#include "gui/members/RosterWidget.h"
#include "gui/organizations/OrganizationActions.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "gui/review/ReviewActions.h"
#include "gui/statistics/StatisticsWindow.h"
#include "services/BackupService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    // The window's connections (its own and its workers') share 32 MiB of page cache: as fast
    // as 64 MiB per connection on a million members (docs/benchmarks.md), half the memory.
    Database::limitCacheMemory(32LL * 1024 * 1024);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    statusBar()->addWidget(m_shown, 1);
    statusBar()->addPermanentWidget(m_summary);
    m_memberActions = new MemberActions(this);
    m_organizationActions = new OrganizationActions(this);
    m_electionActions = new ElectionActions(this);
    m_reviewActions = new ReviewActions(this);
    m_developmentActions = new DevelopmentActions(this);
    m_backupActions = new BackupActions(this);
    m_backupActions->setBackupsToKeep(
        Settings::value(Settings::Key::BackupsToKeep, BackupService::DefaultKeep).toInt());
    connect(m_backupActions, &BackupActions::closeDatabaseRequested, this, &MainWindow::closeDatabase);
    connect(m_backupActions, &BackupActions::openDatabaseRequested, this,
            [this](const QString& path) { openDatabase(path); });
    connect(m_memberActions, &MemberActions::memberSaved, this,
            [this](qint64 memberId) { recordsChanged(0, memberId); });
    connect(m_organizationActions, &OrganizationActions::organizationsChanged, this,
            [this](qint64 orgId) { recordsChanged(orgId, m_history ? m_history->memberId() : 0); });
    connect(m_electionActions, &ElectionActions::electionsChanged, this,
            [this](qint64 orgId) { recordsChanged(orgId, m_history ? m_history->memberId() : 0); });
    connect(m_reviewActions, &ReviewActions::reviewChanged, this,
            [this](qint64 orgId) { recordsChanged(orgId, m_history ? m_history->memberId() : 0); });
    connect(m_reviewActions, &ReviewActions::membershipChanged, this,
            [this](qint64 memberId) { recordsChanged(0, memberId); });
    connect(m_developmentActions, &DevelopmentActions::memberAdmitted, this,
            [this](qint64 memberId) { recordsChanged(0, memberId); });
    connect(m_developmentActions, &DevelopmentActions::memberActivated, this, [this](qint64 memberId) {
        m_history->showMember(memberId);
        m_memberActions->setMember(memberId);
    });
    connect(m_electionActions, &ElectionActions::organizationActivated, this,
            [this](qint64 orgId) { m_tree->selectOrganization(orgId); });
    createMenus();
    showDatabase(std::move(database));
    restoreGeometry(Settings::value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(Settings::value(Settings::Key::MainWindowState).toByteArray());
}

void MainWindow::restoreSplitters()
{
    // Both splitters in one setting: [main, centre] as saved by closeEvent.
    const QList<QVariant> states = Settings::value(Settings::Key::SplitterState).toList();
    auto* centre = m_splitter->findChild<QSplitter*>(QStringLiteral("rosterSplitter"));
    if (states.size() == 2 && centre) {
        m_splitter->restoreState(states[0].toByteArray());
        centre->restoreState(states[1].toByteArray());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_backupActions->backUpOnExit();
    if (auto* centre = m_splitter ? m_splitter->findChild<QSplitter*>(QStringLiteral("rosterSplitter")) : nullptr) {
        Settings::setValue(Settings::Key::SplitterState, QVariantList{m_splitter->saveState(), centre->saveState()});
    }
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::MainWindowState, saveState());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    m_counting.waitForFinished(); // it reads the database this window holds
}

void MainWindow::showAuditTrail()
{
    if (m_database) {
        FeatureDialog::exec(this, new AuditViewer(*m_database, UserContext::localUser()), tr("Audit trail"),
                            QStringLiteral("auditWindow"), QSize(1100, 680));
    }
}

void MainWindow::closeDatabase()
{
    if (m_splitter) {
        m_eventMenu->clear();
        delete takeCentralWidget();
        m_splitter = nullptr;
        m_tree = nullptr;
        m_roster = nullptr;
        m_history = nullptr;
    }
    m_counting.waitForFinished();
    m_memberActions->setDatabase(nullptr);
    m_organizationActions->setDatabase(nullptr);
    m_electionActions->setDatabase(nullptr);
    m_reviewActions->setDatabase(nullptr);
    m_developmentActions->setDatabase(nullptr);
    m_backupActions->setDatabase(nullptr);
    m_database.reset();
}

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
    QAction* users = file->addAction(tr("&Users..."), this, [this] {
        if (m_database) {
            UsersDialog(*m_database, this).exec();
        }
    });
    users->setObjectName(QStringLiteral("actionUsers"));
    QAction* auditTrail = file->addAction(tr("Audit &trail..."), this, &MainWindow::showAuditTrail);
    auditTrail->setObjectName(QStringLiteral("actionAuditTrail"));
    file->addSeparator();
    QAction* import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import..."), this,
                                      &MainWindow::showImport);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setIconText(tr("Import"));
    QAction* exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export..."), this,
                                            &MainWindow::showExport);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setIconText(tr("Export"));
    QAction* print = file->addAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print roster..."), this,
                                     &MainWindow::printRoster);
    print->setObjectName(QStringLiteral("actionPrint"));
    print->setShortcut(QKeySequence::Print);
    print->setIconText(tr("Print roster"));
    file->addSeparator();
    file->addAction(m_backupActions->backupAction());
    file->addAction(m_backupActions->restoreAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* all = edit->addAction(tr("&All members"), this, [this] { m_tree->clearOrganization(); });
    all->setObjectName(QStringLiteral("actionAllMembers"));
    all->setToolTip(tr("The roll of the whole database (no organization selected)"));
    all->setIconText(tr("All members"));
    QAction* find = edit->addAction(tr("&Find members"), this, [this] {
        m_roster->searchEdit()->setFocus();
        m_roster->searchEdit()->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);

    QMenu* members = menuBar()->addMenu(tr("&Members"));
    members->setObjectName(QStringLiteral("membersMenu"));
    members->addAction(m_memberActions->newMemberAction());
    members->addAction(m_memberActions->editMemberAction());
    // The events of the member shown in the history panel: its own actions (showDatabase()
    // fills the menu), so the wording and the enabled state are the panel's.
    m_eventMenu = members->addMenu(tr("Record &event"));
    m_eventMenu->setObjectName(QStringLiteral("recordEventMenu"));

    QMenu* organizations = menuBar()->addMenu(tr("&Organizations"));
    organizations->setObjectName(QStringLiteral("organizationsMenu"));
    organizations->addActions(m_organizationActions->actions());
    organizations->addSeparator();
    organizations->addActions(m_electionActions->actions());
    organizations->addSeparator();
    organizations->addActions(m_reviewActions->actions());
    menuBar()->addMenu(m_developmentActions->createMenu(this));

    QMenu* statistics = menuBar()->addMenu(tr("&Statistics"));
    statistics->setObjectName(QStringLiteral("statisticsMenu"));
    QAction* annual = statistics->addAction(tr("&Annual statistics..."), this, &MainWindow::showStatistics);
    annual->setObjectName(QStringLiteral("actionAnnualStatistics"));
    annual->setIconText(tr("Statistics"));

    // Language: a setting read at start-up (--lang overrides it); switching a running window's
    // language would leave half the texts in the old one, so it applies at the next start.
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    // No setting yet means Chinese, the default of gui_main.
    QString chosen = Settings::value(Settings::Key::Language).toString();
    if (chosen.isEmpty()) {
        chosen = QStringLiteral("zh");
    }
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

    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(m_memberActions->newMemberAction());
    toolbar->addAction(m_memberActions->editMemberAction());
    toolbar->addAction(all);
    toolbar->addSeparator();
    toolbar->addAction(m_organizationActions->actions().constFirst());
    toolbar->addAction(m_developmentActions->pipelineAction());
    toolbar->addSeparator();
    toolbar->addAction(import);
    toolbar->addAction(exportAction);
    toolbar->addAction(print);
    toolbar->addAction(annual);
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
    m_counting.waitForFinished();
    m_database = std::move(database);
    setWindowTitle(tr("PartyRoll - %1").arg(QDir::toNativeSeparators(m_database->path())));
    m_memberActions->setDatabase(m_database);
    m_organizationActions->setDatabase(m_database);
    m_electionActions->setDatabase(m_database);
    m_reviewActions->setDatabase(m_database);
    m_developmentActions->setDatabase(m_database);
    m_backupActions->setDatabase(m_database);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tree = new OrganizationTreeWidget(m_database, m_splitter);
    auto* centre = new QSplitter(Qt::Vertical, m_splitter);
    centre->setObjectName(QStringLiteral("rosterSplitter"));
    m_roster = new RosterWidget(m_database, centre);
    m_history = new MemberHistoryWidget(m_database, centre);
    centre->addWidget(m_roster);
    centre->addWidget(m_history);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(centre);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('M')) * 38, width()});
    centre->setSizes({height() * 2 / 3, height() / 3});
    setCentralWidget(m_splitter);

    m_eventMenu->clear();
    m_eventMenu->addActions(m_history->eventActions());
    restoreSplitters();
    m_tree->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->view()->addActions(m_organizationActions->actions());
    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_roster, &RosterWidget::showOrganization);
    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_memberActions, &MemberActions::setOrganization);
    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_organizationActions,
            &OrganizationActions::setOrganization);
    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_electionActions,
            &ElectionActions::setOrganization);
    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_reviewActions, &ReviewActions::setOrganization);
    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_developmentActions,
            &DevelopmentActions::setOrganization);
    connect(m_roster, &RosterWidget::memberSelected, m_history, &MemberHistoryWidget::showMember);
    connect(m_roster, &RosterWidget::memberSelected, m_memberActions, &MemberActions::setMember);
    connect(m_roster, &RosterWidget::memberActivated, m_memberActions, &MemberActions::editMember);
    connect(m_history, &MemberHistoryWidget::historyChanged, this,
            [this](qint64 memberId) { recordsChanged(0, memberId); });
    connect(m_roster, &RosterWidget::countChanged, this, [this](qint64 count) {
        m_shown->setText(count < 0 ? tr("Counting…") : tr("%n member(s) shown", nullptr, int(count)));
    });
    connect(m_roster, &RosterWidget::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_history, &MemberHistoryWidget::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_roster->showOrganization(0);
    refresh();
}

void MainWindow::recordsChanged(qint64 orgId, qint64 memberId)
{
    const qint64 current = orgId != 0 ? orgId : m_tree->currentOrganization();
    m_tree->reload();
    if (current != 0) {
        m_tree->selectOrganization(current);
    }
    m_roster->refresh();
    m_history->showMember(memberId);
    m_memberActions->setMember(memberId);
    refresh();
}

void MainWindow::showImport()
{
    ImportDialog dialog(*m_database, this);
    connect(&dialog, &ImportDialog::imported, this, [this] { recordsChanged(0, 0); });
    dialog.exec();
}

void MainWindow::showExport()
{
    QString code;
    QString name;
    if (const qint64 orgId = m_tree->currentOrganization(); orgId != 0) {
        const auto org = OrganizationService(*m_database).findById(UserContext::localUser(), orgId);
        if (org.ok() && org->has_value()) {
            code = (*org)->code;
            name = (*org)->name;
        }
    }
    ExportDialog dialog(*m_database, code, name, this);
    dialog.exec();
}

void MainWindow::showStatistics()
{
    // Modal: the window holds the database by reference, which File > Open would replace.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("statisticsDialog"));
    dialog.setWindowTitle(tr("Annual statistics"));
    auto* window = new StatisticsWindow(*m_database, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(window);
    dialog.resize(1100, 760);
    window->showOrganization(m_tree->currentOrganization()); // of the year just ended
    dialog.exec();
}

void MainWindow::printRoster()
{
    QString title = tr("Member roster");
    if (const qint64 orgId = m_tree->currentOrganization(); orgId != 0) {
        const auto org = OrganizationService(*m_database).findById(UserContext::localUser(), orgId);
        if (org.ok() && org->has_value()) {
            title = tr("Member roster of %1").arg((*org)->name);
        }
    }
    auto* model = m_roster->model();
    RosterPrinter(*m_database, model->query(), title).preview(this);
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
    // A database with users asks who is working (docs/access.md); cancelled: nothing opens.
    if (!StartupDatabase::signIn(**opened, this)) {
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
    // Counting every member on a roll takes a fraction of a second at a million members.
    m_summary->setText(tr("Counting…"));
    QPointer<MainWindow> self(this);
    QFuture<void> previous = m_counting;
    m_counting = QtConcurrent::run(WorkerPool::instance(), [self, previous, database = m_database]() mutable {
        previous.waitForFinished();
        const UserContext user = UserContext::localUser();
        const auto orgCount = OrganizationService(*database).count(user);
        const auto onRoll = MemberService(*database).countOnRoll(user);
        database->releaseThreadConnection();
        QString text;
        if (!orgCount.ok() || !onRoll.ok()) {
            text = (!orgCount.ok() ? orgCount.error() : onRoll.error()).message();
        } else {
            text = tr("%1 members on the roll in %2 organizations").arg(*onRoll).arg(*orgCount);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, database, text] {
                if (self && self->m_database == database) {
                    self->m_summary->setText(text);
                }
            },
            Qt::QueuedConnection);
    });
}
