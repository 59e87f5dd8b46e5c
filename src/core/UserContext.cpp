#include "UserContext.h"

#include <QMutex>
#include <QMutexLocker>

namespace {

QMutex& currentMutex()
{
    static QMutex mutex;
    return mutex;
}

UserContext local()
{
    UserContext user;
    user.login = QStringLiteral("local");
    return user;
}

UserContext& currentUser()
{
    static UserContext user = local();
    return user;
}

} // namespace

UserContext UserContext::localUser()
{
    // Worker threads ask too (GUI models load off the GUI thread).
    QMutexLocker lock(&currentMutex());
    return currentUser();
}

void UserContext::setCurrent(const UserContext& user)
{
    QMutexLocker lock(&currentMutex());
    currentUser() = user;
}

void UserContext::clearCurrent()
{
    QMutexLocker lock(&currentMutex());
    currentUser() = local();
}
