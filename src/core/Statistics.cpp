#include "Statistics.h"

#include <cstdlib>

Statistics::AgeBand Statistics::ageBandOf(int age)
{
    if (age < 0) {
        return AgeUnknown;
    }
    if (age <= 30) {
        return Age30OrUnder;
    }
    if (age >= 71) {
        return Age71OrOver;
    }
    // 31-35 -> 1, 36-40 -> 2, ... 66-70 -> 8
    return static_cast<AgeBand>((age - 31) / 5 + 1);
}

Statistics::JoinedPeriod Statistics::joinedPeriodOf(const QDate& admittedOn)
{
    return joinedPeriodOf(admittedOn.isValid() ? admittedOn.year() * 10000 + admittedOn.month() * 100 + admittedOn.day()
                                               : 0);
}

Statistics::JoinedPeriod Statistics::joinedPeriodOf(int admittedOnYmd)
{
    if (admittedOnYmd <= 0) {
        return JoinedUnknown;
    }
    if (admittedOnYmd < 19491001) {
        return JoinedBefore1949_10;
    }
    if (admittedOnYmd < 19790101) {
        return Joined1949_10To1978_12;
    }
    if (admittedOnYmd < 20121101) {
        return Joined1979_01To2012_10;
    }
    return Joined2012_11On;
}

QString Statistics::decimalText(qint64 sum, qint64 count, int decimals)
{
    if (count <= 0) {
        return QStringLiteral("-");
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    // round(sum * scale / count) half away from zero, in integers: no binary fraction can
    // turn 12.5 into 12.4999.
    const bool negative = (sum < 0) != (count < 0);
    const qint64 numerator = std::llabs(sum) * scale;
    const qint64 denominator = std::llabs(count);
    const qint64 rounded = (2 * numerator + denominator) / (2 * denominator);
    QString digits = QString::number(rounded / scale);
    if (decimals > 0) {
        digits += u'.' + QString::number(rounded % scale).rightJustified(decimals, u'0');
    }
    return negative && rounded != 0 ? u'-' + digits : digits;
}

QString Statistics::percentText(qint64 part, qint64 base, int decimals)
{
    if (base <= 0) {
        return QStringLiteral("-");
    }
    return decimalText(part * 100, base, decimals) + u'%';
}
