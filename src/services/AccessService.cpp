#include "AccessService.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "store/Database.h"
#include "store/OrganizationStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <atomic>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AccessService", text);
}

const QString IdleLockSetting = QStringLiteral("idle_lock_minutes");

std::atomic<bool> delaysEnabled{true};

bool sodiumReady()
{
    // sodium_init() is idempotent and thread-safe; call it once anyway.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error wrongCredentials()
{
    return Error(Error::Kind::Permission, tr("wrong login or password"));
}

} // namespace

AccessService::AccessService(Database& db)
    : m_db(db)
    , m_store(db)
    , m_access(db)
{
}

Result<bool> AccessService::enabled()
{
    return m_access.enabled();
}

Result<QString> AccessService::hashPassword(const QString& password)
{
    if (!sodiumReady()) {
        return Error(Error::Kind::Storage, tr("the password library could not be started"));
    }
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return Error(Error::Kind::Storage, tr("not enough memory to hash the password"));
    }
    return QString::fromLatin1(hash);
}

bool AccessService::verifyPassword(const QString& hash, const QString& password)
{
    if (!sodiumReady()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

std::chrono::milliseconds AccessService::failureDelay(int failures)
{
    // 0.5 s, 1 s, 2 s ... capped at 8 s: a person retyping barely notices, a guessing script
    // gets a few hundred tries an hour.
    if (failures <= 0) {
        return std::chrono::milliseconds(0);
    }
    const int doublings = std::min(failures - 1, 4);
    return std::chrono::milliseconds(500 << doublings);
}

void AccessService::setDelaysEnabled(bool enabled)
{
    delaysEnabled = enabled;
}

void AccessService::delayAfterFailure(int failures)
{
    if (delaysEnabled) {
        QThread::msleep(static_cast<unsigned long>(failureDelay(failures).count()));
    }
}

Result<UserContext> AccessService::login(const QString& login, const QString& password)
{
    auto log = Log::get("access");
    auto found = m_store.findByLogin(login.trimmed());
    if (!found.ok()) {
        return found.error();
    }
    if (!found->has_value()) {
        log->warn("failed sign-in: unknown login \"{}\" ({})", login, m_db.path());
        delayAfterFailure(1);
        return wrongCredentials();
    }
    const User user = **found;
    if (!verifyPassword(user.passwordHash, password)) {
        const int failures = user.failedLogins + 1;
        if (auto counted = m_store.recordFailure(user.id, QDateTime::currentDateTimeUtc()); !counted.ok()) {
            return counted.error();
        }
        log->warn("failed sign-in of \"{}\": wrong password ({} in a row)", user.login, failures);
        delayAfterFailure(failures);
        return wrongCredentials();
    }
    if (user.disabled) {
        log->warn("refused sign-in of \"{}\": the account is disabled", user.login);
        return Error(Error::Kind::Permission, tr("the account %1 is disabled").arg(user.login));
    }
    if (auto recorded = m_store.recordLogin(user.id, QDateTime::currentDateTimeUtc()); !recorded.ok()) {
        return recorded.error();
    }
    log->info("\"{}\" signed in ({})", user.login, Roles::key(user.role));
    UserContext context;
    context.login = user.login;
    context.role = user.role;
    context.orgId = user.orgId;
    context.orgCode = user.orgCode;
    context.session = AccessControl::openSession(m_db.path(), user);
    return context;
}

void AccessService::logout(const UserContext& user)
{
    if (user.session != 0) {
        AccessControl::closeSession(user.session);
    }
}

Status AccessService::checkNewPassword(const QString& password) const
{
    if (password.size() < MinPasswordLength) {
        return Error(Error::Kind::Invalid, tr("the password must have at least %1 characters").arg(MinPasswordLength),
                     QStringLiteral("password"));
    }
    return {};
}

Result<User> AccessService::existingUser(const QString& login)
{
    auto found = m_store.findByLogin(login.trimmed());
    if (!found.ok()) {
        return found.error();
    }
    if (!found->has_value()) {
        return Error(Error::Kind::NotFound, tr("there is no user %1").arg(login), QStringLiteral("login"));
    }
    return **found;
}

Result<qint64> AccessService::addUser(const UserContext& actor, const QString& login, Role role, qint64 orgId,
                                      const QString& password)
{
    auto on = m_access.enabled();
    if (!on.ok()) {
        return on.error();
    }
    if (!*on && role != Role::Administrator) {
        return Error(Error::Kind::Invalid,
                     tr("the first user must be an administrator (adding them turns access control on)"),
                     QStringLiteral("role"));
    }
    if (auto allowed = m_access.canManageUsers(actor); !allowed.ok()) {
        return allowed.error();
    }
    static const QRegularExpression loginPattern(QStringLiteral("^[^\\s]{1,64}$"));
    const QString name = login.trimmed();
    if (!loginPattern.match(name).hasMatch() || name == QStringLiteral("local")) {
        return Error(Error::Kind::Invalid,
                     tr("\"%1\" cannot be a login (1 to 64 characters, no spaces, not "
                        "\"local\")")
                         .arg(login),
                     QStringLiteral("login"));
    }
    if (role == Role::Secretary && orgId == 0) {
        return Error(Error::Kind::Invalid, tr("a branch secretary needs an organization"), QStringLiteral("org"));
    }
    if (role == Role::Administrator || role == Role::Department) {
        orgId = 0; // their scope is the whole database
    }
    if (orgId != 0) {
        auto org = OrganizationStore(m_db).findById(orgId);
        if (!org.ok()) {
            return org.error();
        }
        if (!org->has_value()) {
            return Error(Error::Kind::NotFound, tr("the organization does not exist"), QStringLiteral("org"));
        }
    }
    if (auto good = checkNewPassword(password); !good.ok()) {
        return good.error();
    }
    auto existing = m_store.findByLogin(name);
    if (!existing.ok()) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error(Error::Kind::Conflict, tr("the user %1 exists already").arg(name), QStringLiteral("login"));
    }
    auto hash = hashPassword(password);
    if (!hash.ok()) {
        return hash.error();
    }
    User user;
    user.login = name;
    user.role = role;
    user.orgId = orgId;
    user.passwordHash = *hash;
    user.createdAt = QDateTime::currentDateTimeUtc();
    WriteTransaction transaction(m_db);
    if (!transaction.started().ok()) {
        return transaction.started().error();
    }
    auto id = m_store.insert(user);
    if (!id.ok()) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed.error();
    }
    AccessControl::noteUsersChanged(m_db.path());
    Log::get("access")->info("user \"{}\" ({}) added by \"{}\"", name, Roles::key(role), actor.login);
    return *id;
}

Result<QList<User>> AccessService::users(const UserContext& actor)
{
    if (auto allowed = m_access.canManageUsers(actor); !allowed.ok()) {
        return allowed.error();
    }
    auto users = m_store.all();
    if (!users.ok()) {
        return users.error();
    }
    for (User& user : users.value()) {
        user.passwordHash.clear(); // never leaves the service
    }
    return users;
}

Status AccessService::setPassword(const UserContext& actor, const QString& login, const QString& password)
{
    auto user = existingUser(login);
    if (!user.ok()) {
        return user.error();
    }
    // Anybody signed in may change their own password; other passwords are the administrator's.
    const bool own = actor.signedIn() && actor.login == user->login;
    if (own) {
        if (auto session = m_access.scope(actor); !session.ok()) { // still signed in to this database
            return session.error();
        }
    } else if (auto allowed = m_access.canManageUsers(actor); !allowed.ok()) {
        return allowed;
    }
    if (auto good = checkNewPassword(password); !good.ok()) {
        return good;
    }
    auto hash = hashPassword(password);
    if (!hash.ok()) {
        return hash.error();
    }
    if (auto done = m_store.setPasswordHash(user->id, *hash); !done.ok()) {
        return done;
    }
    Log::get("access")->info("password of \"{}\" changed by \"{}\"", user->login, actor.login);
    return {};
}

Status AccessService::setDisabled(const UserContext& actor, const QString& login, bool disabled)
{
    if (auto allowed = m_access.canManageUsers(actor); !allowed.ok()) {
        return allowed;
    }
    auto user = existingUser(login);
    if (!user.ok()) {
        return user.error();
    }
    if (disabled && user->role == Role::Administrator && !user->disabled) {
        auto admins = m_store.enabledAdministrators();
        if (!admins.ok()) {
            return admins.error();
        }
        if (*admins <= 1) {
            return Error(Error::Kind::Conflict,
                         tr("%1 is the last administrator: add another one before disabling this one").arg(login));
        }
    }
    if (auto done = m_store.setDisabled(user->id, disabled); !done.ok()) {
        return done;
    }
    Log::get("access")->info("user \"{}\" {} by \"{}\"", user->login, disabled ? "disabled" : "enabled", actor.login);
    return {};
}

Result<int> AccessService::idleLockMinutes(const UserContext&)
{
    // Read before sign-in too: the login dialog's lock timer needs it.
    auto value = m_store.setting(IdleLockSetting);
    if (!value.ok()) {
        return value.error();
    }
    bool ok = false;
    const int minutes = value->has_value() ? (*value)->toInt(&ok) : DefaultIdleLockMinutes;
    return value->has_value() && !ok ? DefaultIdleLockMinutes : minutes;
}

Status AccessService::setIdleLockMinutes(const UserContext& actor, int minutes)
{
    if (auto allowed = m_access.canManageUsers(actor); !allowed.ok()) {
        return allowed;
    }
    if (minutes < 0 || minutes > 24 * 60) {
        return Error(Error::Kind::Invalid, tr("the idle lock takes 0 (never) to 1440 minutes"),
                     QStringLiteral("idle_lock_minutes"));
    }
    return m_store.setSetting(IdleLockSetting, QString::number(minutes));
}
