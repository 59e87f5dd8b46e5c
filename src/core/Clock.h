#pragma once

#include <QDate>

// Today's date for rules and defaults; tests pin it so that results do not depend on when
// they run (KeePassXC core/Clock.h does the same).
namespace Clock {

QDate today();
void setFixedToday(const QDate& date); // a null date returns to the system clock

} // namespace Clock
