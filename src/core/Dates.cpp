#include "Dates.h"

namespace Dates {

namespace {

// Reads an unsigned decimal number starting at pos; advances pos.
int readNumber(QStringView text, qsizetype& pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && text[pos].isDigit() && text[pos].unicode() < 128) {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

} // namespace

std::optional<QDate> parse(QStringView input)
{
    const QStringView text = input.trimmed();
    qsizetype pos = 0;
    const qsizetype yearStart = pos;
    const int year = readNumber(text, pos, 4);
    if (year < 0 || pos - yearStart != 4 || pos >= text.size()) {
        return std::nullopt;
    }
    const QChar separator = text[pos];
    const bool chinese = separator == u'年';
    if (!chinese && separator != u'-' && separator != u'/' && separator != u'.') {
        return std::nullopt;
    }
    ++pos;
    const int month = readNumber(text, pos, 2);
    if (month < 0 || pos >= text.size()) {
        return std::nullopt;
    }
    if (chinese ? text[pos] != u'月' : text[pos] != separator) {
        return std::nullopt;
    }
    ++pos;
    const int day = readNumber(text, pos, 2);
    if (day < 0) {
        return std::nullopt;
    }
    if (chinese) {
        if (pos >= text.size() || (text[pos] != u'日' && text[pos] != u'号')) {
            return std::nullopt;
        }
        ++pos;
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

int age(const QDate& birth, const QDate& on)
{
    // QDate has no year 0 (the year before 1 is -1): count years astronomically.
    auto astronomical = [](int year) { return year < 0 ? year + 1 : year; };
    int years = astronomical(on.year()) - astronomical(birth.year());
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) {
        --years;
    }
    return years;
}

QDate anniversary(const QDate& birth, int years)
{
    const QDate shifted = birth.addYears(years); // 29 Feb -> 28 Feb in common years
    if (birth.month() == 2 && birth.day() == 29 && shifted.day() == 28) {
        return shifted.addDays(1); // consistent with age(): the year completes on 1 March
    }
    return shifted;
}

QString toText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromText(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace Dates
