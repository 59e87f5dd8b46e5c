#include "ReportXlsxWriter.h"

#include "AnnualReport.h"
#include "io/XlsxTableWriter.h"

#include <QCoreApplication>

QString ReportXlsxWriter::keyHeading()
{
    return QCoreApplication::translate("ReportXlsxWriter", "Key");
}

Status ReportXlsxWriter::write(const AnnualReport& report, const QString& path)
{
    auto writer = XlsxTableWriter::create(path, report.title());
    if (!writer.ok()) {
        return writer.error();
    }
    XlsxTableWriter& sheet = **writer;
    // The first row is the (bold, frozen) column heading; the title block follows it.
    QList<QStringList> rows;
    rows.append(AnnualReport::columnHeadings() + QStringList{keyHeading()});
    rows.append({report.title()});
    rows.append({report.organization()});
    rows.append({report.period()});
    for (const AnnualReport::Table& table : report.tables()) {
        rows.append(QStringList());
        rows.append({table.caption, QString(), QString(), QString(), table.key});
        for (const AnnualReport::Row& row : table.rows) {
            const QString label = QString(2 * (row.depth - 1), u' ') + row.label;
            rows.append({label, row.value, row.ratio, row.base, row.key});
        }
    }
    rows.append(QStringList());
    for (const QString& line : report.footer()) {
        rows.append({line});
    }
    for (const QStringList& row : std::as_const(rows)) {
        if (Status status = sheet.writeRow(row); !status) {
            return status;
        }
    }
    return sheet.finish();
}
