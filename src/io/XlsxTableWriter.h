#pragma once

#include "io/TableWriter.h"

#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// Writes one worksheet with libxlsxwriter in constant-memory mode (rows go straight to a
// temporary file). The first row is the header: bold and frozen. Every cell is a string, so
// ID numbers and leading zeros survive. The workbook is built next to the target and renamed
// over it in finish(), so a failed export never leaves a half-written file behind.
class XlsxTableWriter : public TableWriter
{
public:
    static Result<std::unique_ptr<XlsxTableWriter>> create(const QString& path, const QString& sheetName);
    ~XlsxTableWriter() override;

    Status writeRow(const QStringList& cells) override;
    Status finish() override;

    // sheetName made acceptable to Excel: no []:*?/\, at most 31 characters, not empty.
    static QString validSheetName(const QString& sheetName);

private:
    XlsxTableWriter(const QString& path, const QString& tempPath);

    Status fail(Error::Kind kind, const QString& message);
    void discard();

    QString m_path;      // as given, for the final rename
    QString m_tempPath;
    QString m_shownPath; // for messages
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_headerFormat = nullptr;
    unsigned m_row = 0;
    std::vector<double> m_widths;  // estimated from the header and the first rows
    std::optional<Error> m_error;
    bool m_finished = false;
};
