#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "services/AccessService.h"
#include "services/OrganizationService.h"
#include "store/UserStore.h"

#include <QTest>

// Users, Argon2id hashes, sign-in, failures, the idle-lock setting.
class TestAccessService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offUntilTheFirstAdministrator();
    void hashesAreArgon2id();
    void wrongPasswordRefusedAndCounted();
    void disabledUserRefused();
    void failureDelayGrowsAndIsCapped();
    void newUsersAreChecked();
    void idleLockSetting();

private:
    std::unique_ptr<TempDatabase> m_temp;
};

namespace {
const QString Password = QStringLiteral("correct horse");
} // namespace

void TestAccessService::initTestCase()
{
    Language::install(QStringLiteral("en"));
    AccessService::setDelaysEnabled(false);
}

void TestAccessService::init()
{
    UserContext::clearCurrent();
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(Fixtures::import(m_temp->db()));
}

void TestAccessService::cleanup()
{
    m_temp.reset();
    UserContext::clearCurrent();
}

void TestAccessService::offUntilTheFirstAdministrator()
{
    AccessService access(m_temp->db());
    QCOMPARE(*access.enabled(), false);
    // Off: the local user does everything.
    QVERIFY(OrganizationService(m_temp->db()).all(UserContext::localUser()).ok());
    auto viewer = access.addUser(UserContext::localUser(), QStringLiteral("zhao"), Role::Viewer, 0, Password);
    QCOMPARE(viewer.error().kind(), Error::Kind::Invalid);
    QCOMPARE(*access.enabled(), false);
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    QCOMPARE(*access.enabled(), true);
    QCOMPARE(OrganizationService(m_temp->db()).all(UserContext::localUser()).error().kind(), Error::Kind::Permission);
    // The GUI and CLI make the signed-in user the process's: localUser() is then that user.
    auto admin = access.login(QStringLiteral("admin"), Password);
    QVERIFY(admin.ok());
    UserContext::setCurrent(*admin);
    QVERIFY(OrganizationService(m_temp->db()).all(UserContext::localUser()).ok());
    UserContext::clearCurrent();
    QCOMPARE(OrganizationService(m_temp->db()).all(UserContext::localUser()).error().kind(), Error::Kind::Permission);
}

void TestAccessService::hashesAreArgon2id()
{
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    auto stored = UserStore(m_temp->db()).findByLogin(QStringLiteral("admin"));
    QVERIFY(stored.ok() && stored->has_value());
    const QString hash = (*stored)->passwordHash;
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(Password));
    QVERIFY(AccessService::verifyPassword(hash, Password));
    QVERIFY(!AccessService::verifyPassword(hash, QStringLiteral("correct horse ")));
    // Salted: the same password hashes differently each time.
    QVERIFY(*AccessService::hashPassword(Password) != *AccessService::hashPassword(Password));
}

void TestAccessService::wrongPasswordRefusedAndCounted()
{
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    for (int i = 1; i <= 3; ++i) {
        auto refused = access.login(QStringLiteral("admin"), QStringLiteral("wrong"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Permission);
        QCOMPARE(refused.error().message(), QStringLiteral("wrong login or password"));
        auto user = UserStore(m_temp->db()).findByLogin(QStringLiteral("admin"));
        QCOMPARE((*user)->failedLogins, i);
        QVERIFY((*user)->lastFailedAt.isValid());
    }
    // An unknown login gets the same answer (no hint which logins exist).
    QCOMPARE(access.login(QStringLiteral("nobody"), Password).error().message(),
             QStringLiteral("wrong login or password"));
    auto admin = access.login(QStringLiteral("admin"), Password);
    QVERIFY(admin.ok());
    QVERIFY(admin->signedIn());
    QCOMPARE(admin->role, Role::Administrator);
    auto user = UserStore(m_temp->db()).findByLogin(QStringLiteral("admin"));
    QCOMPARE((*user)->failedLogins, 0);
    QVERIFY((*user)->lastLoginAt.isValid());
}

void TestAccessService::disabledUserRefused()
{
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    const UserContext admin = *access.login(QStringLiteral("admin"), Password);
    QVERIFY(access.addUser(admin, QStringLiteral("dept"), Role::Department, 0, Password).ok());
    QVERIFY(access.login(QStringLiteral("dept"), Password).ok());
    QVERIFY(access.setDisabled(admin, QStringLiteral("dept"), true).ok());
    auto refused = access.login(QStringLiteral("dept"), Password);
    QCOMPARE(refused.error().kind(), Error::Kind::Permission);
    QVERIFY(refused.error().message().contains(QStringLiteral("disabled")));
    QVERIFY(access.setDisabled(admin, QStringLiteral("dept"), false).ok());
    QVERIFY(access.login(QStringLiteral("dept"), Password).ok());
    // Department staff manage no users.
    const UserContext dept = *access.login(QStringLiteral("dept"), Password);
    QCOMPARE(access.setDisabled(dept, QStringLiteral("admin"), true).error().kind(), Error::Kind::Permission);
}

void TestAccessService::failureDelayGrowsAndIsCapped()
{
    using std::chrono::milliseconds;
    QCOMPARE(AccessService::failureDelay(0), milliseconds(0));
    QCOMPARE(AccessService::failureDelay(1), milliseconds(500));
    QCOMPARE(AccessService::failureDelay(2), milliseconds(1000));
    QCOMPARE(AccessService::failureDelay(3), milliseconds(2000));
    QCOMPARE(AccessService::failureDelay(5), milliseconds(8000));
    QCOMPARE(AccessService::failureDelay(50), milliseconds(8000));
    // The wait really happens (delays on for this one attempt).
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    AccessService::setDelaysEnabled(true);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!access.login(QStringLiteral("admin"), QStringLiteral("wrong")).ok());
    AccessService::setDelaysEnabled(false);
    QVERIFY(timer.elapsed() >= 450);
}

void TestAccessService::newUsersAreChecked()
{
    AccessService access(m_temp->db());
    const UserContext local = UserContext::localUser();
    QCOMPARE(
        access.addUser(local, QStringLiteral("admin"), Role::Administrator, 0, QStringLiteral("short")).error().kind(),
        Error::Kind::Invalid);
    QCOMPARE(access.addUser(local, QStringLiteral("a b"), Role::Administrator, 0, Password).error().field(),
             QStringLiteral("login"));
    QVERIFY(access.addUser(local, QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    const UserContext admin = *access.login(QStringLiteral("admin"), Password);
    QCOMPARE(access.addUser(admin, QStringLiteral("admin"), Role::Viewer, 0, Password).error().kind(),
             Error::Kind::Conflict);
    QCOMPARE(access.addUser(admin, QStringLiteral("wang"), Role::Secretary, 0, Password).error().field(),
             QStringLiteral("org"));
    QCOMPARE(access.addUser(admin, QStringLiteral("wang"), Role::Secretary, 9999, Password).error().kind(),
             Error::Kind::NotFound);
}

void TestAccessService::idleLockSetting()
{
    AccessService access(m_temp->db());
    const UserContext local = UserContext::localUser();
    QCOMPARE(*access.idleLockMinutes(local), AccessService::DefaultIdleLockMinutes);
    QVERIFY(access.setIdleLockMinutes(local, 5).ok());
    QCOMPARE(*access.idleLockMinutes(local), 5);
    QCOMPARE(access.setIdleLockMinutes(local, -1).error().kind(), Error::Kind::Invalid);
    QVERIFY(access.addUser(local, QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    QCOMPARE(access.setIdleLockMinutes(local, 10).error().kind(), Error::Kind::Permission);
}

QTEST_GUILESS_MAIN(TestAccessService)
#include "tst_accessservice.moc"
