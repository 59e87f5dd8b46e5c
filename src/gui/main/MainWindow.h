#pragma once

#include <QMainWindow>

#include <memory>

class Database;
class OrganizationTreeWidget;
class QLabel;
class QMenu;
class QSplitter;
class RosterWidget;

// The main window: the organization tree on the left, the roster of the selected organization
// in the centre, counts in the status bar, the menus. Each feature is its own widget; this
// class only places and connects them, and switches databases.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens another database file (refused with a message when it cannot be opened; the
    // current one then stays). createIfMissing makes a new, empty database.
    bool openDatabase(const QString& path, bool createIfMissing = false);
    // Re-reads the counts shown in the status bar.
    void refresh();

private:
    void createMenus();
    void showDatabase(std::shared_ptr<Database> database);
    void rebuildRecentMenu();
    void chooseAndOpen();
    void chooseAndCreate();
    void showAbout();

    std::shared_ptr<Database> m_database;
    QSplitter* m_splitter = nullptr;
    OrganizationTreeWidget* m_tree = nullptr;
    RosterWidget* m_roster = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_shown = nullptr;
    QMenu* m_recentMenu = nullptr;
};
