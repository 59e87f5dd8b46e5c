#include "AnnualReport.h"

#include "core/Dates.h"
#include "services/statistics/StatisticsFigures.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AnnualReport", text);
}

} // namespace

AnnualReport AnnualReport::of(const Statistics& statistics, const QDate& filledOn)
{
    AnnualReport report;
    report.m_year = statistics.to.year();
    // A period that is not a calendar year (the GUI may ask for one) still says which it is.
    const bool calendarYear =
        statistics.from == QDate(report.m_year, 1, 1) && statistics.to == QDate(report.m_year, 12, 31);
    report.m_title =
        calendarYear
            ? tr("Annual party statistics %1").arg(report.m_year)
            : tr("Party statistics %1 to %2").arg(Dates::toText(statistics.from), Dates::toText(statistics.to));
    const QString unit = statistics.orgCode.isEmpty() ? tr("All organizations in the database") : statistics.orgName;
    report.m_organization =
        statistics.orgCode.isEmpty() ? unit : tr("%1 (%2)").arg(statistics.orgName, statistics.orgCode);
    report.m_period =
        tr("Period %1 to %2, members as of %3")
            .arg(Dates::toText(statistics.from), Dates::toText(statistics.to), Dates::toText(statistics.asOf));

    const QList<StatisticsFigures::Figure> figures = StatisticsFigures::of(statistics);
    QHash<QString, QString> labels; // key -> label, to name the base of a ratio
    for (const auto& f : figures) {
        labels.insert(f.key, f.label);
    }
    for (const auto& f : figures) {
        if (f.depth == 0) {
            Table table;
            table.key = f.key;
            table.caption = tr("Table %1  %2").arg(report.m_tables.size() + 1).arg(f.label);
            report.m_tables.append(table);
            continue;
        }
        if (report.m_tables.isEmpty()) {
            continue; // every figure belongs to a section; StatisticsFigures starts with one
        }
        Row row;
        row.key = f.key;
        row.label = f.label;
        row.depth = f.depth;
        row.heading = f.heading;
        row.value = f.valueText();
        row.ratio = f.ratioText();
        if (f.ratio != StatisticsFigures::Ratio::None) {
            row.base = QString::number(f.base);
            row.baseLabel = labels.value(f.baseKey);
        }
        report.m_tables.last().rows.append(row);
    }

    report.m_footer = {tr("Reporting unit: %1").arg(unit), tr("Prepared by:"), tr("Checked by:"),
                       tr("Date: %1").arg(Dates::toText(filledOn))};
    return report;
}

QStringList AnnualReport::columnHeadings()
{
    return {tr("Item"), tr("Number"), tr("Share or rate"), tr("Base")};
}
