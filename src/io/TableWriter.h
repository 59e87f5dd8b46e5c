#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

// Writes a table (header row + data rows) to CSV or XLSX. Every cell is written as text so
// that ID numbers, phone numbers and dates read back exactly as they were.
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Picks the writer by file extension: .xlsx -> XlsxTableWriter, anything else -> CsvWriter.
    // sheetName is used by XLSX only.
    static Result<std::unique_ptr<TableWriter>> create(const QString& path, const QString& sheetName);

    virtual Status writeRow(const QStringList& cells) = 0;
    // Flushes and closes the file; nothing is guaranteed on disk before this returns ok.
    virtual Status finish() = 0;
};
