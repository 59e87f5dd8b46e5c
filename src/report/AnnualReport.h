#pragma once

#include "core/Statistics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The annual statistics report (statistics.md, "The printed annual report") as plain tables:
// a title with the organization and year, one table per section of the statistics, each
// count with its share or rate and the base of that ratio, and the 填报单位 / 填报人 / 审核人 /
// 填报日期 footer. Built from one Statistics value through StatisticsFigures, so the PDF, the
// XLSX workbook and the GUI window print the same labels, numbers and percentages and none
// of them computes a figure.
class AnnualReport
{
public:
    struct Row
    {
        QString key;   // the figure's key path ("members.female")
        QString label; // translated
        int depth = 1; // 1 = figure of the section, 2 = nested under the one above ...
        bool heading = false;
        QString value;     // "263", an average "41.3"; empty for a heading
        QString ratio;     // "30.4%" (share, one decimal) / "98.18%" (rate, two decimals) / ""
        QString base;      // the count the ratio is taken of, "" without a ratio
        QString baseLabel; // the label of the figure holding the base
    };

    struct Table
    {
        QString key;     // the section: "organizations", "members" ...
        QString caption; // "Table 2  Members"
        QList<Row> rows;
    };

    // The report of these statistics, dated filledOn (the 填报日期).
    static AnnualReport of(const Statistics& statistics, const QDate& filledOn);

    QString title() const { return m_title; }               // "Annual party statistics 2025"
    QString organization() const { return m_organization; } // "name (code)" or the whole database
    QString period() const { return m_period; }             // "2025-01-01 to 2025-12-31, as of 2025-12-31"
    int year() const { return m_year; }
    const QList<Table>& tables() const { return m_tables; }
    // "Reporting unit: ...", "Prepared by:", "Checked by:", "Date: ..." (translated).
    const QStringList& footer() const { return m_footer; }

    // The column headings of every table: item, number, share or rate, base.
    static QStringList columnHeadings();

private:
    QString m_title;
    QString m_organization;
    QString m_period;
    int m_year = 0;
    QList<Table> m_tables;
    QStringList m_footer;
};
