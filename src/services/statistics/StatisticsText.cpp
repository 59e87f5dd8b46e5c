#include "StatisticsText.h"

#include "StatisticsFigures.h"
#include "core/Dates.h"

#include <QCoreApplication>

namespace {

} // namespace

QString StatisticsText::render(const Statistics& statistics)
{
    QString text;
    if (statistics.orgCode.isEmpty()) {
        text += QCoreApplication::translate("StatisticsText", "Statistics of the whole database") + u'\n';
    } else {
        text += QCoreApplication::translate("StatisticsText", "Statistics of %1 (%2)")
                    .arg(statistics.orgName, statistics.orgCode) +
                u'\n';
    }
    text += QCoreApplication::translate("StatisticsText", "As of %1; period %2 to %3")
                .arg(Dates::toText(statistics.asOf), Dates::toText(statistics.from), Dates::toText(statistics.to)) +
            u'\n';
    for (const StatisticsFigures::Figure& f : StatisticsFigures::of(statistics)) {
        if (f.depth == 0) {
            text += u'\n' + f.label + u'\n';
            continue;
        }
        QString line = QString(f.depth * 2, u' ') + f.label;
        if (!f.heading) {
            line += QStringLiteral(": ") + f.valueText();
            if (const QString ratio = f.ratioText(); !ratio.isEmpty()) {
                line += QStringLiteral(" (") + ratio + u')';
            }
        }
        text += line + u'\n';
    }
    return text;
}
