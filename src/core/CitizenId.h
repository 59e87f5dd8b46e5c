#pragma once

#include "Enums.h"
#include "Result.h"

#include <QDate>
#include <QString>

// A citizen ID number (公民身份号码) per GB 11643-1999: 6 address digits, 8 birth-date digits,
// 3 sequence digits (odd = male) and a check character over the first 17 digits.
class CitizenId
{
public:
    // Accepts an 18-character number (lower-case x allowed, stored upper case). A 15-digit
    // number is refused with a message offering its 18-character form; see fromLegacy().
    // today bounds the birth date (a birth date in the future is refused).
    static Result<CitizenId> parse(const QString& text, const QDate& today);

    // Converts an old 15-digit number: inserts "19" before YYMMDD and computes the check
    // character. Returns an empty string when the text is not 15 digits.
    static QString fromLegacy(const QString& fifteenDigits);

    // The check character for the first 17 digits ('0'-'9' or 'X'); a null QChar if invalid.
    static QChar checkCharacter(QStringView first17);

    const QString& text() const { return m_text; }
    QDate birthDate() const { return m_birthDate; }
    Gender gender() const { return m_gender; }

private:
    CitizenId() = default;
    QString m_text;
    QDate m_birthDate;
    Gender m_gender = Gender::Unknown;
};
