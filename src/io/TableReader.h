#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

// One data row of an import file. number is the row as a spreadsheet shows it: the header is
// row 1, so the first data row is row 2.
struct TableRow
{
    int number = 0;
    QStringList cells;
};

// Reads a table (header row + data rows) from a CSV or XLSX file, one row at a time, so that
// a million-row file never has to be held as cells all at once.
class TableReader
{
public:
    virtual ~TableReader() = default;

    // Picks the reader by file extension: .xlsx -> XlsxReader, anything else -> CsvReader.
    // Reads the header row; fails with a translated message naming the file.
    static Result<std::unique_ptr<TableReader>> open(const QString& path);

    virtual const QStringList& headers() const = 0;
    // Fills row with the next data row; false at the end of the table or on an error
    // (then error() says what went wrong). Completely empty rows are skipped (numbering
    // still counts them).
    virtual bool next(TableRow& row) = 0;
    virtual const std::optional<Error>& error() const = 0;
    // Fraction of the input consumed so far, 0..1, for progress bars.
    virtual double progress() const = 0;
};
