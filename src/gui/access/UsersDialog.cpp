#include "UsersDialog.h"

#include "core/Clock.h"
#include "core/UserContext.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "services/AccessService.h"
#include "store/Database.h"
#include "ui_UsersDialog.h"

#include <QHeaderView>
#include <QPushButton>

UsersDialog::UsersDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UsersDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_picker = new OrganizationPicker(db, this);
    m_picker->setObjectName(QStringLiteral("organizationPicker"));
    m_picker->setDate(Clock::today());
    m_ui->organizationSlot->addWidget(m_picker);
    m_ui->organizationCaption->setBuddy(m_picker);
    for (const Role role : {Role::Secretary, Role::Viewer, Role::Department, Role::Administrator}) {
        m_ui->roleCombo->addItem(Roles::label(role), int(role));
    }
    m_ui->usersTable->setColumnCount(6);
    m_ui->usersTable->setHorizontalHeaderLabels(
        {tr("Login"), tr("Role"), tr("Organization"), tr("State"), tr("Last sign-in"), tr("Failed sign-ins")});
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTable->verticalHeader()->hide();
    const auto minutes = AccessService(db).idleLockMinutes(UserContext::localUser());
    m_ui->idleSpin->setValue(minutes.ok() ? *minutes : AccessService::DefaultIdleLockMinutes);

    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(m_ui->idleSaveButton, &QPushButton::clicked, this, &UsersDialog::saveIdleLock);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    auto users = AccessService(m_db).users(UserContext::localUser());
    if (!users.ok()) {
        Dialogs::critical(this, windowTitle(), users.error().message());
        return;
    }
    m_users = *users;
    m_ui->usersTable->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User& u = m_users.at(row);
        const QStringList cells{u.login,
                                Roles::label(u.role),
                                u.orgCode,
                                u.disabled ? tr("disabled") : tr("enabled"),
                                QLocale().toString(u.lastLoginAt.toLocalTime(), QLocale::ShortFormat),
                                QString::number(u.failedLogins)};
        for (int column = 0; column < cells.size(); ++column) {
            m_ui->usersTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

QString UsersDialog::selectedLogin() const
{
    const int row = m_ui->usersTable->currentRow();
    return row >= 0 && row < m_users.size() ? m_users.at(row).login : QString();
}

QString UsersDialog::newPassword()
{
    const QString password = m_ui->passwordEdit->text();
    if (password != m_ui->repeatEdit->text()) {
        Dialogs::critical(this, windowTitle(), tr("The two passwords differ."));
        return {};
    }
    if (password.size() < AccessService::MinPasswordLength) {
        Dialogs::critical(this, windowTitle(),
                          tr("The password must have at least %1 characters.").arg(AccessService::MinPasswordLength));
        return {};
    }
    return password;
}

void UsersDialog::addUser()
{
    const QString password = newPassword();
    if (password.isEmpty()) {
        return;
    }
    const Role role = Role(m_ui->roleCombo->currentData().toInt());
    AccessService access(m_db);
    const auto wasOn = access.enabled();
    const QString login = m_ui->loginEdit->text().trimmed();
    auto added = access.addUser(UserContext::localUser(), login, role, m_picker->organizationId(), password);
    if (!added.ok()) {
        Dialogs::critical(this, windowTitle(), added.error().message());
        return;
    }
    if (wasOn.ok() && !*wasOn) {
        // The first administrator turned access control on: from now on the services refuse the
        // local user, so the program signs in as that administrator at once.
        auto signedIn = access.login(login, password);
        if (signedIn.ok()) {
            UserContext::setCurrent(*signedIn);
            m_db.setActor(signedIn->login);
        }
        Dialogs::information(this, windowTitle(),
                             tr("Access control is now on. You are signed in as %1; from the next start PartyRoll "
                                "asks for a login.")
                                 .arg(login));
    }
    m_ui->loginEdit->clear();
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    reload();
}

void UsersDialog::toggleDisabled()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        return;
    }
    const bool disabled = m_users.at(m_ui->usersTable->currentRow()).disabled;
    if (auto done = AccessService(m_db).setDisabled(UserContext::localUser(), login, !disabled); !done.ok()) {
        Dialogs::critical(this, windowTitle(), done.error().message());
        return;
    }
    reload();
}

void UsersDialog::setPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        return;
    }
    const QString password = newPassword();
    if (password.isEmpty()) {
        return;
    }
    if (auto done = AccessService(m_db).setPassword(UserContext::localUser(), login, password); !done.ok()) {
        Dialogs::critical(this, windowTitle(), done.error().message());
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    Dialogs::information(this, windowTitle(), tr("The password of %1 was changed.").arg(login));
}

void UsersDialog::saveIdleLock()
{
    if (auto done = AccessService(m_db).setIdleLockMinutes(UserContext::localUser(), m_ui->idleSpin->value());
        !done.ok()) {
        Dialogs::critical(this, windowTitle(), done.error().message());
    }
}
