#include "AccessControl.h"

#include "core/Clock.h"
#include "core/User.h"
#include "store/Database.h"
#include "store/MemberStore.h"
#include "store/OrganizationStore.h"
#include "store/UserStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AccessControl", text);
}

// The subtree is recomputed after this long (a re-affiliation elsewhere shows up soon enough,
// a roster's pages do not each pay a query).
constexpr qint64 ScopeLifetimeMs = 5000;

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// Whether each database has users, and when that was read. Kept for a second: a service call
// does not pay a query, and a change by another process (a first administrator added with the
// CLI, a restored backup) counts soon after.
constexpr qint64 EnabledLifetimeMs = 1000;

struct EnabledState
{
    bool on = false;
    qint64 readAt = 0; // QDateTime::currentMSecsSinceEpoch()
};

QHash<QString, EnabledState>& enabledDatabases()
{
    static QHash<QString, EnabledState> states;
    return states;
}

} // namespace

// The sessions live here (not in the context) so that a copied or edited UserContext cannot
// raise its own role.
namespace AccessSessions {
struct Entry
{
    QString databasePath;
    qint64 userId = 0;
    QString login;
    Role role = Role::Viewer;
    qint64 orgId = 0;
    QString orgCode;
};
QHash<quint64, Entry>& all()
{
    static QHash<quint64, Entry> sessions;
    return sessions;
}
} // namespace AccessSessions

AccessControl::AccessControl(Database& db)
    : m_db(db)
{
}

quint64 AccessControl::openSession(const QString& databasePath, const User& user)
{
    QMutexLocker lock(&registryMutex());
    quint64 id = 0;
    while (id == 0 || AccessSessions::all().contains(id)) {
        id = QRandomGenerator::system()->generate64();
    }
    AccessSessions::all().insert(
        id, AccessSessions::Entry{databasePath, user.id, user.login, user.role, user.orgId, user.orgCode});
    return id;
}

void AccessControl::closeSession(quint64 session)
{
    QMutexLocker lock(&registryMutex());
    AccessSessions::all().remove(session);
}

void AccessControl::noteUsersChanged(const QString& databasePath)
{
    QMutexLocker lock(&registryMutex());
    enabledDatabases().remove(databasePath);
}

Result<bool> AccessControl::enabled()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&registryMutex());
        const auto known = enabledDatabases().constFind(m_db.path());
        if (known != enabledDatabases().constEnd() && now - known->readAt < EnabledLifetimeMs && now >= known->readAt) {
            return known->on;
        }
    }
    auto any = UserStore(m_db).any();
    if (!any.ok()) {
        return any.error();
    }
    QMutexLocker lock(&registryMutex());
    enabledDatabases().insert(m_db.path(), EnabledState{*any, now});
    return *any;
}

Result<std::optional<AccessControl::Session>> AccessControl::resolve(const UserContext& user)
{
    auto on = enabled();
    if (!on.ok()) {
        return on.error();
    }
    if (!*on) {
        return std::optional<Session>();
    }
    {
        QMutexLocker lock(&registryMutex());
        const auto found = AccessSessions::all().constFind(user.session);
        if (user.session != 0 && found != AccessSessions::all().constEnd() && found->databasePath == m_db.path()) {
            return std::optional<Session>(
                Session{found->databasePath, found->userId, found->login, found->role, found->orgId, found->orgCode});
        }
    }
    return Error(Error::Kind::Permission,
                 tr("Access control is on in this database: sign in first (partyroll-cli: --user LOGIN with the "
                    "password in PARTYROLL_PASSWORD)."));
}

QString AccessControl::who(const Session& session) const
{
    if (session.orgId != 0 && (session.role == Role::Secretary || session.role == Role::Viewer)) {
        return tr("user %1 (%2 of %3)").arg(session.login, Roles::label(session.role), session.orgCode);
    }
    return tr("user %1 (%2)").arg(session.login, Roles::label(session.role));
}

Error AccessControl::refusal(const Session& session, const QString& what)
{
    // "user wang (branch secretary of A001) may not change organization B002"
    return Error(Error::Kind::Permission, tr("%1 may not %2").arg(who(session), what));
}

QString AccessControl::orgLabel(qint64 orgId)
{
    auto org = OrganizationStore(m_db).findById(orgId);
    if (org.ok() && org->has_value()) {
        return (*org)->code;
    }
    return QStringLiteral("#%1").arg(orgId);
}

Result<std::optional<QSet<qint64>>> AccessControl::scopeOf(const Session& session)
{
    const bool scoped = session.role == Role::Secretary || (session.role == Role::Viewer && session.orgId != 0);
    if (!scoped) {
        return std::optional<QSet<qint64>>();
    }
    if (session.orgId == 0) {
        return std::optional<QSet<qint64>>(QSet<qint64>()); // a secretary without organization sees nothing
    }
    const QDate today = Clock::today();
    const quint64 key = qHash(session.login) ^ quint64(session.orgId);
    if (m_scopeSession == key && m_scopeDate == today && m_scopeAge.isValid() &&
        m_scopeAge.elapsed() < ScopeLifetimeMs) {
        return std::optional<QSet<qint64>>(m_scope);
    }
    auto ids = OrganizationStore(m_db).subtreeOn(session.orgId, today);
    if (!ids.ok()) {
        return ids.error();
    }
    m_scope = QSet<qint64>(ids->cbegin(), ids->cend());
    m_scope.insert(session.orgId); // even when dissolved today: its own records stay its own
    m_scopeSession = key;
    m_scopeDate = today;
    m_scopeAge.start();
    return std::optional<QSet<qint64>>(m_scope);
}

Result<std::optional<QSet<qint64>>> AccessControl::scope(const UserContext& user)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    if (!session->has_value()) {
        return std::optional<QSet<qint64>>();
    }
    return scopeOf(**session);
}

Status AccessControl::check(const UserContext& user, qint64 orgId, bool write)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    if (!session->has_value()) {
        return {};
    }
    const Session& s = **session;
    if (write && s.role == Role::Viewer) {
        return refusal(s, tr("change organization %1: viewers may only read").arg(orgLabel(orgId)));
    }
    auto scope = scopeOf(s);
    if (!scope.ok()) {
        return scope.error();
    }
    if (!scope->has_value() || (*scope)->contains(orgId)) {
        return {};
    }
    return refusal(s, write ? tr("change organization %1").arg(orgLabel(orgId))
                            : tr("see organization %1").arg(orgLabel(orgId)));
}

Status AccessControl::canRead(const UserContext& user, qint64 orgId)
{
    return check(user, orgId, false);
}

Status AccessControl::canWrite(const UserContext& user, qint64 orgId)
{
    return check(user, orgId, true);
}

Status AccessControl::canReadAll(const UserContext& user)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    if (!session->has_value()) {
        return {};
    }
    const Session& s = **session;
    if (s.role == Role::Administrator || s.role == Role::Department || (s.role == Role::Viewer && s.orgId == 0)) {
        return {};
    }
    return refusal(s, tr("see the whole database, only the organization %1 and those under it").arg(s.orgCode));
}

Status AccessControl::canWriteAll(const UserContext& user)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    if (!session->has_value()) {
        return {};
    }
    const Session& s = **session;
    if (s.role == Role::Administrator || s.role == Role::Department) {
        return {};
    }
    return refusal(s, tr("make changes that concern the whole database (settings, imports): only administrators "
                         "and department staff may"));
}

Status AccessControl::canReadSomething(const UserContext& user)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    return {};
}

Status AccessControl::canWriteSomething(const UserContext& user)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    if (session->has_value() && (*session)->role == Role::Viewer) {
        return refusal(**session, tr("change anything: viewers may only read"));
    }
    return {};
}

Status AccessControl::canManageUsers(const UserContext& user)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    if (!session->has_value() || (*session)->role == Role::Administrator) {
        return {};
    }
    return refusal(**session, tr("manage users: only administrators may"));
}

Status AccessControl::checkMember(const UserContext& user, qint64 memberId, bool write)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return session.error();
    }
    if (!session->has_value()) {
        return {};
    }
    const Session& s = **session;
    if (write && s.role == Role::Viewer) {
        return refusal(s, tr("change members: viewers may only read"));
    }
    auto scope = scopeOf(s);
    if (!scope.ok()) {
        return scope.error();
    }
    if (!scope->has_value()) {
        return {};
    }
    auto member = MemberStore(m_db).findById(memberId);
    if (!member.ok()) {
        return member.error();
    }
    if (!member->has_value()) {
        return {}; // the service reports the unknown member
    }
    if ((*scope)->contains((*member)->orgId) && (*member)->orgId != 0) {
        return {};
    }
    return refusal(
        s, write ? tr("change member %1 (not on a roll of organization %2 or below it)").arg((*member)->name, s.orgCode)
                 : tr("see member %1 (not on a roll of organization %2 or below it)").arg((*member)->name, s.orgCode));
}

Status AccessControl::canReadMember(const UserContext& user, qint64 memberId)
{
    return checkMember(user, memberId, false);
}

Status AccessControl::canWriteMember(const UserContext& user, qint64 memberId)
{
    return checkMember(user, memberId, true);
}

Status AccessControl::canReadMember(const UserContext& user, const Member& member)
{
    auto scope = this->scope(user);
    if (!scope.ok()) {
        return scope.error();
    }
    if (!scope->has_value() || (member.orgId != 0 && (*scope)->contains(member.orgId))) {
        return {};
    }
    return checkMember(user, member.id, false); // builds the message
}

bool AccessControl::masked(const UserContext& user)
{
    auto session = resolve(user);
    if (!session.ok()) {
        return true; // never show what an unknown user may not see
    }
    return session->has_value() && (*session)->role == Role::Viewer;
}

QString AccessControl::maskIdNumber(const QString& idNumber)
{
    if (idNumber.size() <= 10) {
        return QString(idNumber.size(), u'*');
    }
    return idNumber.left(6) + QString(idNumber.size() - 10, u'*') + idNumber.right(4);
}

QString AccessControl::maskPhone(const QString& phone)
{
    if (phone.size() <= 7) {
        return QString(phone.size(), u'*');
    }
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}

void AccessControl::mask(Member& member)
{
    member.idNumber = maskIdNumber(member.idNumber);
    member.phone = maskPhone(member.phone);
}
