#pragma once

#include "core/User.h"

#include <QDialog>
#include <QList>

#include <memory>

class Database;
class OrganizationPicker;

namespace Ui {
class UsersDialog;
}

// The users of the database (administrators only, docs/access.md): the list, a form to add a
// user (login, role, organization, password twice), disable or enable the selected user, set
// their password, and the idle lock. Adding the first administrator here turns access control
// on (Tools menu, while it is off).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database& db, QWidget* parent = nullptr);
    ~UsersDialog() override;

    void reload();
    const QList<User>& users() const { return m_users; }

private:
    void addUser();
    void toggleDisabled();
    void setPassword();
    void saveIdleLock();
    QString selectedLogin() const;
    // The password fields, when both agree and are long enough; an empty string otherwise (the
    // problem was shown).
    QString newPassword();

    std::unique_ptr<Ui::UsersDialog> m_ui;
    Database& m_db;
    OrganizationPicker* m_picker = nullptr;
    QList<User> m_users;
};
