#pragma once

#include "core/Result.h"
#include "core/UserContext.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class Database;

namespace Ui {
class LoginDialog;
}

// Signs in to a database with access control: login and password, checked off the GUI thread
// (an Argon2id hash and the growing delay after failures must not freeze the window). On
// success the signed-in user becomes the process's (UserContext::setCurrent), the database's
// actor for the audit trail is set, and the dialog is accepted. In lock mode the login is fixed
// to the user who was signed in: only they unlock (or the program is closed).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Database& db, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Lock mode: the login of the signed-in user, not editable.
    void setLockedLogin(const QString& login);
    const UserContext& user() const { return m_user; }
    bool busy() const { return m_watcher.isRunning(); }

    void accept() override;

signals:
    // A sign-in was refused; the message is shown in the dialog too.
    void refused(const QString& message);

private:
    void finished();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Database& m_db;
    UserContext m_user;
    QFutureWatcher<Result<UserContext>> m_watcher;
};
