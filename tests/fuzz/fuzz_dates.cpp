// libFuzzer target: Dates::parse over any text, and the age rules on the dates it accepts.
// A parsed date is valid, reads back from its stored ISO text, and has 4-digit years; the
// anniversary of n years is the first day on which age() reaches n.
#include "FuzzSupport.h"
#include "core/Dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096) {
        return 0;
    }
    const QString input = FuzzSupport::textOf(data, size);
    const std::optional<QDate> date = Dates::parse(input);
    if (!date) {
        return 0;
    }
    const QString what = QStringLiteral("\"%1\" -> %2").arg(input, date->toString(Qt::ISODate));
    FUZZ_CHECK(date->isValid(), what);
    FUZZ_CHECK(date->year() >= 1 && date->year() <= 9999, what);
    const QString stored = Dates::toText(*date);
    FUZZ_CHECK(stored.size() == 10, what);
    FUZZ_CHECK(Dates::fromText(stored) == *date, what);
    FUZZ_CHECK(Dates::parse(stored) == date, what);
    // The same date in each accepted spelling parses to the same day.
    const QString slashes = QString(stored).replace(u'-', u'/');
    FUZZ_CHECK(Dates::parse(slashes) == date, what);
    const QString chinese = QStringLiteral("%1年%2月%3日").arg(date->year()).arg(date->month()).arg(date->day());
    FUZZ_CHECK(date->year() < 1000 || Dates::parse(chinese) == date, what);

    const int years = (data[0] >> 1) % 100; // the first byte also chose the encoding
    const QDate anniversary = Dates::anniversary(*date, years);
    FUZZ_CHECK(anniversary.isValid(), what);
    FUZZ_CHECK(Dates::age(*date, anniversary) == years, what);
    FUZZ_CHECK(Dates::age(*date, anniversary.addDays(-1)) == years - 1, what);
    FUZZ_CHECK(Dates::age(*date, *date) == 0, what);
    return 0;
}
