#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/access/IdleLock.h"
#include "gui/access/LoginDialog.h"
#include "gui/access/UsersDialog.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/main/StartupDatabase.h"
#include "services/AccessService.h"
#include "services/OrganizationService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

// The login dialog (wrong and right password, off the GUI thread), the idle lock and the
// users dialog, driven by objectName (offscreen).
class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noLoginWhileAccessControlIsOff();
    void wrongThenRightPassword();
    void idleLockAsksForThePasswordAgain();
    void administratorAddsAndDisablesUsers();
    void usersDialogIsTheAdministrators();
    void firstAdministratorFromTheGui();

private:
    void signIn(LoginDialog& dialog, const QString& login, const QString& password);

    std::unique_ptr<TempDatabase> m_temp;
};

namespace {
const QString Password = QStringLiteral("correct horse");
} // namespace

void TestLoginDialog::initTestCase()
{
    Language::install(QStringLiteral("en"));
    AccessService::setDelaysEnabled(false);
}

void TestLoginDialog::init()
{
    UserContext::clearCurrent();
    Dialogs::resetForTests();
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(Fixtures::import(m_temp->db()));
}

void TestLoginDialog::cleanup()
{
    m_temp.reset();
    UserContext::clearCurrent();
}

void TestLoginDialog::signIn(LoginDialog& dialog, const QString& login, const QString& password)
{
    auto* loginEdit = dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    auto* passwordEdit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QVERIFY(loginEdit && passwordEdit);
    if (!loginEdit->isReadOnly()) {
        loginEdit->clear();
        QTest::keyClicks(loginEdit, login);
    }
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestLoginDialog::noLoginWhileAccessControlIsOff()
{
    QVERIFY(StartupDatabase::signIn(m_temp->db()));
    QVERIFY(!UserContext::localUser().signedIn());
    QVERIFY(OrganizationService(m_temp->db()).all(UserContext::localUser()).ok());
}

void TestLoginDialog::wrongThenRightPassword()
{
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    LoginDialog dialog(m_temp->db());
    dialog.show();
    QSignalSpy refused(&dialog, &LoginDialog::refused);
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    signIn(dialog, QStringLiteral("admin"), QStringLiteral("wrong password"));
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.constFirst().constFirst().toString(), QStringLiteral("wrong login or password"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text(),
             QStringLiteral("wrong login or password"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!UserContext::localUser().signedIn());

    signIn(dialog, QStringLiteral("admin"), Password);
    QVERIFY(accepted.wait(10000));
    QVERIFY(dialog.user().signedIn());
    QCOMPARE(UserContext::localUser().login, QStringLiteral("admin"));
    QVERIFY(UserContext::localUser().signedIn());
    QCOMPARE(m_temp->db().actor(), QStringLiteral("admin"));
    // The services accept the process's user now.
    QVERIFY(OrganizationService(m_temp->db()).all(UserContext::localUser()).ok());
}

void TestLoginDialog::idleLockAsksForThePasswordAgain()
{
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    UserContext::setCurrent(*access.login(QStringLiteral("admin"), Password));
    QCOMPARE(*access.idleLockMinutes(UserContext::localUser()), AccessService::DefaultIdleLockMinutes);

    QWidget window;
    window.show();
    IdleLock lock(m_temp->db(), &window);
    QCOMPARE(lock.interval(), std::chrono::milliseconds(std::chrono::minutes(15)));
    QSignalSpy locked(&lock, &IdleLock::locked);
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    lock.setInterval(std::chrono::milliseconds(300));
    // Input keeps it open.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        QTest::mouseMove(&window, QPoint(10 + i, 10));
    }
    QCOMPARE(locked.count(), 0);
    QVERIFY(locked.wait(3000));
    QVERIFY(lock.isLocked());
    QVERIFY(!window.isVisible());
    LoginDialog* dialog = lock.dialog();
    QVERIFY(dialog);
    auto* loginEdit = dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    QCOMPARE(loginEdit->text(), QStringLiteral("admin"));
    QVERIFY(loginEdit->isReadOnly());

    QSignalSpy refused(dialog, &LoginDialog::refused);
    signIn(*dialog, {}, QStringLiteral("not it"));
    QVERIFY(refused.wait(10000));
    QVERIFY(lock.isLocked());
    signIn(*dialog, {}, Password);
    QVERIFY(unlocked.wait(10000));
    QVERIFY(!lock.isLocked());
    QVERIFY(window.isVisible());
}

void TestLoginDialog::administratorAddsAndDisablesUsers()
{
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    UserContext::setCurrent(*access.login(QStringLiteral("admin"), Password));

    UsersDialog dialog(m_temp->db());
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    QCOMPARE(table->rowCount(), 1);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit")), QStringLiteral("wang"));
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(int(Role::Secretary)));
    auto* picker = dialog.findChild<QComboBox*>(QStringLiteral("organizationPicker"));
    QVERIFY(picker);
    const qint64 br2 =
        (*OrganizationService(m_temp->db()).findByCode(UserContext::localUser(), QStringLiteral("BR2")))->id;
    static_cast<OrganizationPicker*>(picker)->setOrganizationId(br2);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Password);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("repeatEdit")), QStringLiteral("different"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(Dialogs::shownMessages().size(), 1); // the passwords differ
    QCOMPARE(table->rowCount(), 1);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatEdit"))->clear();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("repeatEdit")), Password);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("wang"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("BR2"));
    auto wang = access.login(QStringLiteral("wang"), Password);
    QVERIFY(wang.ok());
    QCOMPARE(wang->role, Role::Secretary);

    table->setCurrentCell(1, 0);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("disableButton")), Qt::LeftButton);
    QVERIFY(dialog.users().at(1).disabled);
    QCOMPARE(access.login(QStringLiteral("wang"), Password).error().kind(), Error::Kind::Permission);
}

void TestLoginDialog::usersDialogIsTheAdministrators()
{
    AccessService access(m_temp->db());
    QVERIFY(access.addUser(UserContext::localUser(), QStringLiteral("admin"), Role::Administrator, 0, Password).ok());
    const UserContext admin = *access.login(QStringLiteral("admin"), Password);
    QVERIFY(access.addUser(admin, QStringLiteral("dept"), Role::Department, 0, Password).ok());
    UserContext::setCurrent(*access.login(QStringLiteral("dept"), Password));
    UsersDialog dialog(m_temp->db());
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().constFirst().contains(QStringLiteral("only administrators")));
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"))->rowCount(), 0);
}

void TestLoginDialog::firstAdministratorFromTheGui()
{
    // Access control off: the users dialog adds the first administrator and signs in as them.
    UsersDialog dialog(m_temp->db());
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(int(Role::Administrator)));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit")), QStringLiteral("boss"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Password);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("repeatEdit")), Password);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY(*AccessService(m_temp->db()).enabled());
    QCOMPARE(UserContext::localUser().login, QStringLiteral("boss"));
    QVERIFY(UserContext::localUser().signedIn());
    QVERIFY(OrganizationService(m_temp->db()).all(UserContext::localUser()).ok());
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"))->rowCount(), 1);
    QVERIFY(Dialogs::shownMessages().constLast().contains(QStringLiteral("Access control is now on")));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
