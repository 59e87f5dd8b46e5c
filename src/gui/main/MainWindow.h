#pragma once

#include <QMainWindow>

#include <memory>

class Database;
class QLabel;

// The main window. Feature widgets (organization tree, roster, member record) plug in here;
// until they land it shows what the open database holds.
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
    QLabel* m_summary = nullptr;
};
