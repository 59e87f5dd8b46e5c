#include "StatisticsJson.h"

#include "StatisticsFigures.h"
#include "core/Dates.h"

#include <QJsonValue>
#include <QLocale>
#include <QStringList>

namespace {

void insertAt(QJsonObject& object, const QStringList& path, qsizetype index, const QJsonValue& value)
{
    const QString& name = path.at(index);
    if (index + 1 == path.size()) {
        object.insert(name, value);
        return;
    }
    QJsonObject child = object.value(name).toObject();
    insertAt(child, path, index + 1, value);
    object.insert(name, child);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString averageText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QJsonObject StatisticsJson::toJson(const Statistics& statistics)
{
    QJsonObject root;
    root.insert(QStringLiteral("org"), QJsonObject{{QStringLiteral("code"), textOrNull(statistics.orgCode)},
                                                   {QStringLiteral("name"), textOrNull(statistics.orgName)}});
    root.insert(QStringLiteral("as_of"), Dates::toText(statistics.asOf));
    root.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), Dates::toText(statistics.from)},
                                                      {QStringLiteral("to"), Dates::toText(statistics.to)}});
    for (const StatisticsFigures::Figure& f : StatisticsFigures::of(statistics)) {
        if (!f.contract) {
            continue;
        }
        const QStringList path = f.key.split(u'.');
        if (f.heading) {
            insertAt(root, path, 0, QJsonObject());
        } else if (f.average) {
            insertAt(root, path, 0, f.averageValue());
        } else {
            insertAt(root, path, 0, QJsonValue(f.value)); // qint64: an integer in the text
        }
    }
    return root;
}

QList<QPair<QString, QString>> StatisticsJson::toKeyValues(const Statistics& statistics)
{
    QList<QPair<QString, QString>> rows{
        {QStringLiteral("org.code"), statistics.orgCode},
        {QStringLiteral("org.name"), statistics.orgName},
        {QStringLiteral("as_of"), Dates::toText(statistics.asOf)},
        {QStringLiteral("period.from"), Dates::toText(statistics.from)},
        {QStringLiteral("period.to"), Dates::toText(statistics.to)},
    };
    for (const StatisticsFigures::Figure& f : StatisticsFigures::of(statistics)) {
        if (!f.contract || f.heading) {
            continue;
        }
        rows.append({f.key, f.average ? averageText(f.averageValue()) : QString::number(f.value)});
    }
    return rows;
}
