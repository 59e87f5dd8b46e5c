#include "LoginDialog.h"

#include "services/AccessService.h"
#include "store/Database.h"
#include "ui_LoginDialog.h"

#include <QFileInfo>
#include <QPushButton>
#include <QtConcurrent>

LoginDialog::LoginDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->introLabel->setText(
        tr("The database %1 has access control. Sign in to open it.").arg(QFileInfo(db.path()).fileName()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<UserContext>>::finished, this, &LoginDialog::finished);
}

LoginDialog::~LoginDialog()
{
    m_watcher.waitForFinished();
}

void LoginDialog::setLockedLogin(const QString& login)
{
    setWindowTitle(tr("Locked"));
    m_ui->introLabel->setText(
        tr("PartyRoll was locked after a time without use. Enter the password of %1 to go on.").arg(login));
    m_ui->loginEdit->setText(login);
    m_ui->loginEdit->setReadOnly(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::accept()
{
    if (m_watcher.isRunning()) {
        return;
    }
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (login.isEmpty()) {
        m_ui->messageLabel->setText(tr("Enter your login."));
        return;
    }
    m_ui->messageLabel->setText(tr("Checking …"));
    m_ui->buttonBox->setEnabled(false);
    m_ui->passwordEdit->setEnabled(false);
    Database* db = &m_db;
    m_watcher.setFuture(QtConcurrent::run([db, login, password]() -> Result<UserContext> {
        auto result = AccessService(*db).login(login, password);
        db->releaseThreadConnection(); // pool threads outlive the task
        return result;
    }));
}

void LoginDialog::finished()
{
    const Result<UserContext> result = m_watcher.result();
    m_ui->buttonBox->setEnabled(true);
    m_ui->passwordEdit->setEnabled(true);
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.error().message());
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        emit refused(result.error().message());
        return;
    }
    m_user = *result;
    UserContext::setCurrent(m_user);
    m_db.setActor(m_user.login);
    m_ui->messageLabel->clear();
    QDialog::accept();
}
