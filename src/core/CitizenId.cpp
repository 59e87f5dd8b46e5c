#include "CitizenId.h"

#include <QCoreApplication>

#include <array>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CitizenId", text);
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

} // namespace

QChar CitizenId::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    if (first17.size() != 17 || !allDigits(first17)) {
        return {};
    }
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        sum += (first17[i].unicode() - u'0') * weights[static_cast<size_t>(i)];
    }
    return QChar(checks[sum % 11]);
}

QString CitizenId::fromLegacy(const QString& fifteenDigits)
{
    const QString text = fifteenDigits.trimmed();
    if (text.size() != 15 || !allDigits(text)) {
        return {};
    }
    const QString first17 = text.left(6) + QStringLiteral("19") + text.mid(6);
    return first17 + checkCharacter(first17);
}

Result<CitizenId> CitizenId::parse(const QString& input, const QDate& today)
{
    const QString text = input.trimmed().toUpper();
    if (text.isEmpty()) {
        return Error(Error::Kind::Invalid, tr("the citizen ID number is missing"));
    }
    if (text.size() == 15 && allDigits(text)) {
        return Error(Error::Kind::Invalid,
                     tr("old 15-digit citizen ID number; its 18-character form is %1").arg(fromLegacy(text)));
    }
    if (text.size() != 18) {
        return Error(Error::Kind::Invalid,
                     tr("a citizen ID number has 18 characters, this one has %1").arg(text.size()));
    }
    const QStringView first17 = QStringView(text).left(17);
    const QChar last = text.at(17);
    if (!allDigits(first17) || !(last.isDigit() || last == u'X')) {
        return Error(Error::Kind::Invalid, tr("a citizen ID number holds 17 digits and a digit or X at the end"));
    }
    auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            value = value * 10 + (text.at(i).unicode() - u'0');
        }
        return value;
    };
    const QDate birth(digits(6, 4), digits(10, 2), digits(12, 2));
    if (!birth.isValid()) {
        return Error(Error::Kind::Invalid,
                     tr("the birth date %1 in the citizen ID number is not a real date").arg(text.mid(6, 8)));
    }
    if (today.isValid() && birth > today) {
        return Error(
            Error::Kind::Invalid,
            tr("the birth date %1 in the citizen ID number is in the future").arg(birth.toString(Qt::ISODate)));
    }
    const QChar expected = checkCharacter(first17);
    if (expected != last) {
        return Error(Error::Kind::Invalid,
                     tr("wrong check character: the last character should be %1, not %2").arg(expected).arg(last));
    }
    CitizenId id;
    id.m_text = text;
    id.m_birthDate = birth;
    id.m_gender = ((text.at(16).unicode() - u'0') % 2 == 1) ? Gender::Male : Gender::Female;
    return id;
}
