#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// Date helpers shared by imports, rules and statistics.
namespace Dates {

// Accepts YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD and YYYY年M月D日 (one- or two-digit month and day).
// Returns nullopt for anything else, including impossible dates such as 2001-02-30.
std::optional<QDate> parse(QStringView text);

// Whole years completed on `on` (a 29 February birthday completes its year on 1 March in
// common years). Negative when `on` precedes `birth`.
int age(const QDate& birth, const QDate& on);

// The date on which someone born on `birth` completes `years` years.
QDate anniversary(const QDate& birth, int years);

// ISO text as stored in the database; empty for a null date.
QString toText(const QDate& date);
QDate fromText(const QString& text);

} // namespace Dates
