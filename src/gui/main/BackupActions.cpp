#include "BackupActions.h"

#include "core/UserContext.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "services/BackupService.h"
#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

#include <algorithm>
#include <optional>

BackupActions::BackupActions(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_keep(BackupService::DefaultKeep)
{
    m_backup = new QAction(tr("&Back up database..."), this);
    m_backup->setObjectName(QStringLiteral("actionBackUpDatabase"));
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUp);
    m_restore = new QAction(tr("Res&tore database..."), this);
    m_restore->setObjectName(QStringLiteral("actionRestoreDatabase"));
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
    setDatabase(nullptr);
}

void BackupActions::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    m_backup->setEnabled(m_database != nullptr);
    m_restore->setEnabled(m_database != nullptr);
}

void BackupActions::setBackupsToKeep(int keep)
{
    m_keep = std::max(1, keep);
}

void BackupActions::backUp()
{
    if (!m_database) {
        return;
    }
    const QString title = tr("Back up database");
    QString target = Dialogs::saveFileName(m_window, title, tr("Backups (*.sqlite);;All files (*)"));
    if (target.isEmpty()) {
        return;
    }
    // The file dialog asked before replacing the name it returned, not one with a suffix added.
    if (QFileInfo(target).suffix().isEmpty()) {
        target += QStringLiteral(".sqlite");
        if (QFileInfo::exists(target) &&
            !Dialogs::question(m_window, title,
                               tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target)))) {
            return;
        }
    }
    const std::shared_ptr<Database> database = m_database;
    std::optional<Result<BackupService::Backup>> result;
    BackgroundTask::run(m_window, tr("Backing up the database…"), database.get(),
                        [&](const BackgroundTask::Progress& progress) {
                            result = BackupService(*database).backup(UserContext::localUser(), target, true, progress);
                        });
    if (!result || (!result->ok() && result->error().kind() == Error::Kind::Cancelled)) {
        return; // cancelled: nothing was written
    }
    if (!result->ok()) {
        Dialogs::critical(m_window, title, result->error().message());
        return;
    }
    Dialogs::information(m_window, title,
                         tr("The database was backed up to %1.").arg(QDir::toNativeSeparators(result->value().file)));
}

void BackupActions::restore()
{
    if (!m_database) {
        return;
    }
    const QString title = tr("Restore database");
    const QString file = Dialogs::openFileName(m_window, title, tr("Backups (*.sqlite *.bak *.db);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    // A file that is no backup at all is refused before anything is closed.
    const auto backup = BackupService::inspect(file);
    if (!backup.ok()) {
        Dialogs::critical(m_window, title, backup.error().message());
        return;
    }
    const QString path = m_database->path();
    const QString saved = QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat);
    if (!Dialogs::question(m_window, title,
                           tr("Replace the database %1 with the backup %2 (saved %3)?\n\nEvery change made since "
                              "that backup will be lost. The current file is kept beside the database as "
                              "%4.before-restore-….")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(file), saved,
                                    QFileInfo(path).fileName()))) {
        return;
    }
    // No connection may stay open on the file: this object's, the window's, their workers'.
    setDatabase(nullptr);
    emit closeDatabaseRequested();
    std::optional<Result<BackupService::Restored>> result;
    BackgroundTask::run(m_window, tr("Restoring the database…"), nullptr,
                        [&](const BackgroundTask::Progress& progress) {
                            result = BackupService::restore(UserContext::localUser(), path, file, progress);
                        });
    // The restored file, or the untouched one when the restore was refused.
    emit openDatabaseRequested(path);
    if (!result || (!result->ok() && result->error().kind() == Error::Kind::Cancelled)) {
        return;
    }
    if (!result->ok()) {
        Dialogs::critical(m_window, title, result->error().message());
        return;
    }
    const QString previous = result->value().previousFile;
    Dialogs::information(m_window, title,
                         previous.isEmpty()
                             ? tr("The database was restored from %1.").arg(QDir::toNativeSeparators(file))
                             : tr("The database was restored from %1. The replaced file is kept as %2.")
                                   .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(previous)));
}

void BackupActions::backUpOnExit()
{
    if (!m_database) {
        return;
    }
    const std::shared_ptr<Database> database = m_database;
    std::optional<Result<std::optional<BackupService::Backup>>> result;
    BackgroundTask::run(m_window, tr("Daily backup of the database…"), database.get(),
                        [&](const BackgroundTask::Progress& progress) {
                            result = BackupService(*database).dailyBackup(UserContext::localUser(), m_keep, progress);
                        });
    if (result && !result->ok() && result->error().kind() != Error::Kind::Cancelled) {
        Dialogs::critical(m_window, tr("Daily backup"),
                          tr("The daily backup of the database failed: %1").arg(result->error().message()));
    }
}
