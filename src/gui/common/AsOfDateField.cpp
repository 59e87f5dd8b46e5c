#include "AsOfDateField.h"

#include "core/Clock.h"
#include "core/Dates.h"

#include <QLabel>

AsOfDateField::AsOfDateField(QWidget* parent)
    : QLineEdit(Dates::toText(Clock::today()), parent)
{
    setObjectName(QStringLiteral("asOfEdit"));
    setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
}

QDate AsOfDateField::date() const
{
    return Dates::parse(text()).value_or(QDate());
}

void AsOfDateField::setDate(const QDate& date)
{
    setText(Dates::toText(date));
}

QString AsOfDateField::problem() const
{
    return date().isValid() ? QString() : tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text());
}

QLabel* AsOfDateField::createLabel(QWidget* parent) const
{
    auto* label = new QLabel(tr("&As of"), parent);
    label->setBuddy(const_cast<AsOfDateField*>(this));
    return label;
}
