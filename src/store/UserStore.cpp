#include "UserStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

const QString SelectSql = QStringLiteral(
    "SELECT u.id, u.login, u.role, u.org_id, o.code, u.password_hash, u.disabled, u.created_at, u.failed_logins,"
    " u.last_failed_at, u.last_login_at FROM users u LEFT JOIN organizations o ON o.id = u.org_id ");

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

User fromQuery(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.role = Roles::fromInt(q.value(2).toInt()).value_or(Role::Viewer); // an unknown role gets the least rights
    u.orgId = q.value(3).toLongLong();
    u.orgCode = q.value(4).toString();
    u.passwordHash = q.value(5).toString();
    u.disabled = q.value(6).toBool();
    u.createdAt = timeFrom(q.value(7));
    u.failedLogins = q.value(8).toInt();
    u.lastFailedAt = timeFrom(q.value(9));
    u.lastLoginAt = timeFrom(q.value(10));
    return u;
}

Status done(const Result<QSqlQuery>& q)
{
    if (!q.ok()) {
        return q.error();
    }
    return {};
}

} // namespace

UserStore::UserStore(Database& db)
    : m_db(db)
{
}

Result<bool> UserStore::any()
{
    auto q = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    if (!q.ok()) {
        return q.error();
    }
    return q->next() && q->value(0).toBool();
}

Result<qint64> UserStore::insert(const User& user)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO users (login, role, org_id, password_hash, disabled, created_at)"
                                      " VALUES (?,?,?,?,?,?)"),
                       {user.login, int(user.role),
                        user.orgId != 0 ? QVariant(user.orgId) : QVariant(QMetaType::fromType<qint64>()),
                        user.passwordHash, user.disabled ? 1 : 0, timeOrNull(user.createdAt)});
    if (!q.ok()) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Result<std::optional<User>> UserStore::findByLogin(const QString& login)
{
    auto q = m_db.exec(SelectSql + QStringLiteral("WHERE u.login = ?"), {login});
    if (!q.ok()) {
        return q.error();
    }
    return q->next() ? std::optional<User>(fromQuery(*q)) : std::nullopt;
}

Result<std::optional<User>> UserStore::findById(qint64 id)
{
    auto q = m_db.exec(SelectSql + QStringLiteral("WHERE u.id = ?"), {id});
    if (!q.ok()) {
        return q.error();
    }
    return q->next() ? std::optional<User>(fromQuery(*q)) : std::nullopt;
}

Result<QList<User>> UserStore::all()
{
    auto q = m_db.exec(SelectSql + QStringLiteral("ORDER BY u.login"));
    if (!q.ok()) {
        return q.error();
    }
    QList<User> users;
    while (q->next()) {
        users.append(fromQuery(*q));
    }
    return users;
}

Status UserStore::setPasswordHash(qint64 id, const QString& hash)
{
    return done(
        m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0 WHERE id = ?"), {hash, id}));
}

Status UserStore::setDisabled(qint64 id, bool disabled)
{
    return done(m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, id}));
}

Status UserStore::recordFailure(qint64 id, const QDateTime& at)
{
    return done(
        m_db.exec(QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = ? WHERE id = ?"),
                  {timeOrNull(at), id}));
}

Status UserStore::recordLogin(qint64 id, const QDateTime& at)
{
    return done(m_db.exec(QStringLiteral("UPDATE users SET failed_logins = 0, last_login_at = ? WHERE id = ?"),
                          {timeOrNull(at), id}));
}

Result<int> UserStore::enabledAdministrators()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND disabled = 0"),
                       {int(Role::Administrator)});
    if (!q.ok()) {
        return q.error();
    }
    return q->next() ? q->value(0).toInt() : 0;
}

Result<std::optional<QString>> UserStore::setting(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM access_settings WHERE name = ?"), {name});
    if (!q.ok()) {
        return q.error();
    }
    return q->next() ? std::optional<QString>(q->value(0).toString()) : std::nullopt;
}

Status UserStore::setSetting(const QString& name, const QString& value)
{
    return done(m_db.exec(QStringLiteral("INSERT INTO access_settings (name, value) VALUES (?, ?)"
                                         " ON CONFLICT(name) DO UPDATE SET value = excluded.value"),
                          {name, value}));
}
