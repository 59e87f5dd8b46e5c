#pragma once

#include <QMainWindow>

#include <memory>

class Database;
class OrganizationTreeWidget;
class QLabel;
class RosterWidget;

// The main window: the organization tree on the left, the roster of the selected organization
// in the centre, counts in the status bar. Each feature is its own widget; this class only
// places and connects them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Re-reads the counts shown in the status bar.
    void refresh();

private:
    std::shared_ptr<Database> m_database;
    OrganizationTreeWidget* m_tree = nullptr;
    RosterWidget* m_roster = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_shown = nullptr;
};
