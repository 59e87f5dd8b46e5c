#include "Clock.h"

#include <atomic>

namespace Clock {

namespace {
std::atomic<qint64> fixedJulianDay{0};
} // namespace

QDate today()
{
    const qint64 fixed = fixedJulianDay.load();
    return fixed != 0 ? QDate::fromJulianDay(fixed) : QDate::currentDate();
}

void setFixedToday(const QDate& date)
{
    fixedJulianDay.store(date.isValid() ? date.toJulianDay() : 0);
}

} // namespace Clock
