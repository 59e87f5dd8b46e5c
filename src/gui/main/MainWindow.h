#pragma once

#include <QFuture>
#include <QMainWindow>

#include <memory>

class BackupActions;
class Database;
class DevelopmentActions;
class ElectionActions;
class ReviewActions;
class MemberActions;
class MemberHistoryWidget;
class OrganizationActions;
class OrganizationTreeWidget;
class QLabel;
class QMenu;
class QSplitter;
class RosterWidget;

// The main window: the organization tree on the left, the roster of the selected organization
// in the centre with the selected member's history under it, counts in the status bar, the
// menus and the toolbar. Each feature is its own widget or action set (MemberActions,
// OrganizationActions, ElectionActions, ReviewActions, DevelopmentActions, BackupActions); this class only places and
// connects them, and switches databases.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens another database file (refused with a message when it cannot be opened; the
    // current one then stays). createIfMissing makes a new, empty database.
    bool openDatabase(const QString& path, bool createIfMissing = false);
    // Re-reads the counts shown in the status bar (on a worker thread).
    void refresh();

    MemberActions* memberActions() const { return m_memberActions; }
    OrganizationActions* organizationActions() const { return m_organizationActions; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showDatabase(std::shared_ptr<Database> database);
    void rebuildRecentMenu();
    void chooseAndOpen();
    void chooseAndCreate();
    void showImport();
    void showExport();
    void printRoster();
    void showStatistics();
    void showAbout();
    void showAuditTrail();
    // After records changed: re-read the tree, the roster, the member shown and the counts.
    void recordsChanged(qint64 orgId, qint64 memberId);
    void restoreSplitters();
    // Lets go of the database: every widget, action set and worker that holds a connection
    // (a restore replaces the file and is refused while any connection is open).
    void closeDatabase();

    std::shared_ptr<Database> m_database;
    QSplitter* m_splitter = nullptr;
    OrganizationTreeWidget* m_tree = nullptr;
    RosterWidget* m_roster = nullptr;
    MemberHistoryWidget* m_history = nullptr;
    MemberActions* m_memberActions = nullptr;
    OrganizationActions* m_organizationActions = nullptr;
    ElectionActions* m_electionActions = nullptr;
    ReviewActions* m_reviewActions = nullptr;
    BackupActions* m_backupActions = nullptr;
    DevelopmentActions* m_developmentActions = nullptr;
    QMenu* m_eventMenu = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_shown = nullptr;
    QMenu* m_recentMenu = nullptr;
    QFuture<void> m_counting;
};
