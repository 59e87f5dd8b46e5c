#include "IdleLock.h"

#include "LoginDialog.h"
#include "core/UserContext.h"
#include "services/AccessService.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

IdleLock::IdleLock(Database& db, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    const auto minutes = AccessService(db).idleLockMinutes(UserContext::localUser());
    setInterval(std::chrono::minutes(minutes.ok() ? *minutes : AccessService::DefaultIdleLockMinutes));
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    delete m_dialog;
}

bool IdleLock::isLocked() const
{
    return !m_dialog.isNull();
}

LoginDialog* IdleLock::dialog() const
{
    return m_dialog.data();
}

void IdleLock::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    restart();
}

void IdleLock::restart()
{
    if (m_interval.count() > 0 && !isLocked()) {
        m_timer.start(m_interval);
    } else {
        m_timer.stop();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked()) {
            restart();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (isLocked()) {
        return;
    }
    m_timer.stop();
    // What was on the screen (names, ID numbers) is hidden until the password is given again.
    if (m_window) {
        m_window->hide();
    }
    m_dialog = new LoginDialog(m_db);
    m_dialog->setObjectName(QStringLiteral("lockDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setLockedLogin(UserContext::localUser().login);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_window) {
            m_window->show();
        }
        m_dialog = nullptr;
        restart();
        emit unlocked();
    });
    connect(m_dialog, &QDialog::rejected, this, [] { QCoreApplication::quit(); });
    m_dialog->open();
    emit locked();
}
