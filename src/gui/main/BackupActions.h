#pragma once

#include <QObject>

#include <memory>

class Database;
class QAction;
class QWidget;

// File > Back up database…, File > Restore database… and the backup once a day on exit
// (docs/backups.md). The work runs through BackgroundTask with progress and Cancel.
//
// A restore replaces the database file, which no connection may have open meanwhile: the window
// lets go of its database when closeDatabaseRequested() is emitted (every widget, model, action
// and worker that holds it) and opens the file again on openDatabaseRequested(), which follows
// whether the restore succeeded or not. Both are meant for direct connections.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    explicit BackupActions(QWidget* window);

    void setDatabase(std::shared_ptr<Database> database);
    // How many automatic backups are kept (the user's setting; BackupService::DefaultKeep).
    void setBackupsToKeep(int keep);
    int backupsToKeep() const { return m_keep; }

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }
    QList<QAction*> actions() const { return {m_backup, m_restore}; }

    void backUp();
    void restore();
    // For MainWindow::closeEvent: an automatic backup unless one was made today. Errors are
    // shown; the window closes either way.
    void backUpOnExit();

signals:
    void closeDatabaseRequested();
    void openDatabaseRequested(const QString& path);

private:
    QWidget* m_window;
    std::shared_ptr<Database> m_database;
    int m_keep;
    QAction* m_backup = nullptr;
    QAction* m_restore = nullptr;
};
