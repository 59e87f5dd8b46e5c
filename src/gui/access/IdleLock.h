#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class Database;
class LoginDialog;
class QWidget;

// Locks the program after a time without input (access_settings idle_lock_minutes, 15 by
// default, 0 = never): the window is hidden and the login dialog asks the signed-in user's
// password again; cancelling it quits. Watches the input events of the whole application.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    // Reads the interval from the database's settings.
    IdleLock(Database& db, QWidget* window, QObject* parent = nullptr);
    ~IdleLock() override;

    void setInterval(std::chrono::milliseconds interval); // 0 = never
    std::chrono::milliseconds interval() const { return m_interval; }
    bool isLocked() const;
    LoginDialog* dialog() const; // while locked
    // Locks now (also what the timer does).
    void lock();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    Database& m_db;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
    QPointer<LoginDialog> m_dialog;
};
