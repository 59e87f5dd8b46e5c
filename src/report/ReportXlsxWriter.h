#pragma once

#include "core/Result.h"

#include <QString>

class AnnualReport;

// Writes the annual report as an XLSX workbook: one worksheet with the title block, every
// table (caption, then item / number / share or rate / base, and the figure's key so that a
// script can find it) and the signature footer. Through the repo's XlsxTableWriter (QuaZip),
// so the workbook reads back with XlsxReader; every cell is text, exactly as printed.
class ReportXlsxWriter
{
public:
    static Status write(const AnnualReport& report, const QString& path);
    // The heading of the key column (its cells are the JSON contract's key paths).
    static QString keyHeading();
};
