#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// SQL for the users table and the access settings (access_settings: name -> value).
class UserStore
{
public:
    explicit UserStore(Database& db);

    // True once any user exists: access control is on.
    Result<bool> any();
    Result<qint64> insert(const User& user);
    Result<std::optional<User>> findByLogin(const QString& login);
    Result<std::optional<User>> findById(qint64 id);
    Result<QList<User>> all(); // by login
    Status setPasswordHash(qint64 id, const QString& hash);
    Status setDisabled(qint64 id, bool disabled);
    Status recordFailure(qint64 id, const QDateTime& at);
    Status recordLogin(qint64 id, const QDateTime& at); // also resets the failure count
    // How many enabled administrators there are (the last one may not be disabled).
    Result<int> enabledAdministrators();

    Result<std::optional<QString>> setting(const QString& name);
    Status setSetting(const QString& name, const QString& value);

private:
    Database& m_db;
};
