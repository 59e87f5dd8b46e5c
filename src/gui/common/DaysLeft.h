#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// The "days left" column of the due lists (elections due, development steps due, correction
// deadlines): its text and its colour (red for the rows the list counts as overdue).
class DaysLeft
{
    Q_DECLARE_TR_FUNCTIONS(DaysLeft)

public:
    // How a list words the days before the date (each list has its established wording, and
    // "overdue" has its own Chinese in each).
    enum class Wording {
        TermDue,  // term elections: "overdue by %n day(s)" / "due today" / "due in %n day(s)"
        StepDue,  // development steps: "overdue by %n day(s)" / "due today" / "%n day(s)"
        Deadline, // correction deadlines: "overdue by %n day(s)" / "due today" / "%n day(s) left"
    };

    // daysLeft < 0: overdue by -daysLeft days.
    static QString text(int daysLeft, Wording wording);
    // Qt::ForegroundRole of an overdue row: TextColors::error(); nothing otherwise.
    static QVariant foreground(bool overdue);
};
