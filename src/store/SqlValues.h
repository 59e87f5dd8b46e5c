#pragma once

#include "core/Dates.h"

#include <QDate>
#include <QString>
#include <QVariant>

// Bound values for nullable columns: an empty value is stored as NULL, not as "" or 0.
namespace SqlValues {

inline QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(Dates::toText(date)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace SqlValues
