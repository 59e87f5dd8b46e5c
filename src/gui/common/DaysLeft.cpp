#include "DaysLeft.h"

#include "TextColors.h"

#include <QColor>

QString DaysLeft::text(int daysLeft, Wording wording)
{
    if (daysLeft < 0) {
        switch (wording) {
        case Wording::TermDue:
            return tr("overdue by %n day(s)", "term election", -daysLeft);
        case Wording::StepDue:
            return tr("overdue by %n day(s)", "development step", -daysLeft);
        case Wording::Deadline:
            return tr("overdue by %n day(s)", "correction deadline", -daysLeft);
        }
    }
    if (daysLeft == 0) {
        return tr("due today");
    }
    switch (wording) {
    case Wording::TermDue:
        return tr("due in %n day(s)", nullptr, daysLeft);
    case Wording::StepDue:
        return tr("%n day(s)", nullptr, daysLeft);
    case Wording::Deadline:
        return tr("%n day(s) left", nullptr, daysLeft);
    }
    return {};
}

QVariant DaysLeft::foreground(bool overdue)
{
    return overdue ? QVariant(TextColors::error()) : QVariant();
}
