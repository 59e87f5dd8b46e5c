#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class AnnualReport;
class QPagedPaintDevice;
class QTextDocument;

// Lays out the annual report as an A4 document (the title block, one table per section with
// its caption, organization and period, the signature footer) and writes it as a PDF with a
// CJK font embedded, or prints it on any paged device (the GUI's print preview).
class ReportPdfWriter
{
public:
    // The report as HTML for QTextDocument (also the GUI window's view of the tables).
    static QString html(const AnnualReport& report);
    // The laid-out document, in the CJK font, for a page of the device's size.
    static std::unique_ptr<QTextDocument> document(const AnnualReport& report);
    // Prints the report on device (a QPrinter, a QPdfWriter).
    static void print(const AnnualReport& report, QPagedPaintDevice* device);
    // Writes the report to path as an A4 PDF; the file appears only when complete.
    static Status write(const AnnualReport& report, const QString& path);
    // The font family the report is set in: Noto Sans CJK SC when installed.
    static QString fontFamily();
};
