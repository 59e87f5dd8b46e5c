#pragma once

#include "core/Result.h"
#include "core/Role.h"
#include "core/User.h"
#include "core/UserContext.h"
#include "services/AccessControl.h"
#include "store/UserStore.h"

#include <QList>
#include <QString>

#include <chrono>

class Database;

// Users, sign-in and the access settings (docs/access.md). Access control is off while the
// database has no user; adding the first user (an administrator) turns it on. Passwords are
// stored as Argon2id hashes (libsodium crypto_pwhash_str). A failed sign-in is counted and
// logged, and answered only after a delay that grows with the consecutive failures.
class AccessService
{
public:
    static constexpr int MinPasswordLength = 8;
    static constexpr int DefaultIdleLockMinutes = 15;

    explicit AccessService(Database& db);

    // True once the database has a user.
    Result<bool> enabled();

    // Checks the password and opens a session: the context every service accepts. Wrong login
    // or password, and disabled users, are refused with Error::Kind::Permission.
    Result<UserContext> login(const QString& login, const QString& password);
    static void logout(const UserContext& user);

    // Adds a user. While access control is off only an administrator can be added (the first
    // one turns it on, no sign-in needed); afterwards only an administrator may add users.
    // A secretary needs an organization; a viewer may have one (then sees only its subtree).
    Result<qint64> addUser(const UserContext& actor, const QString& login, Role role, qint64 orgId,
                           const QString& password);
    Result<QList<User>> users(const UserContext& actor);
    // An administrator sets anybody's password; a signed-in user their own.
    Status setPassword(const UserContext& actor, const QString& login, const QString& password);
    // The last enabled administrator cannot be disabled (nobody could manage users then).
    Status setDisabled(const UserContext& actor, const QString& login, bool disabled);

    // Minutes without input after which the GUI locks (0 = never). Stored in access_settings.
    Result<int> idleLockMinutes(const UserContext& actor);
    Status setIdleLockMinutes(const UserContext& actor, int minutes);

    // Argon2id (crypto_pwhash_str, interactive limits): "$argon2id$v=19$m=...".
    static Result<QString> hashPassword(const QString& password);
    static bool verifyPassword(const QString& hash, const QString& password);
    // The wait before a failed sign-in is answered, after `failures` consecutive failures.
    static std::chrono::milliseconds failureDelay(int failures);
    // Tests: skip the waits (the counting and logging stay).
    static void setDelaysEnabled(bool enabled);

private:
    Status checkNewPassword(const QString& password) const;
    Result<User> existingUser(const QString& login);
    void delayAfterFailure(int failures);

    Database& m_db;
    UserStore m_store;
    AccessControl m_access;
};
