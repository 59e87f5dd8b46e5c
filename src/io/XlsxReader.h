#pragma once

#include "io/TableReader.h"

#include <QHash>
#include <QXmlStreamReader>

#include <vector>

class QuaZip;
class QuaZipFile;

// Reads the first worksheet of an .xlsx workbook. The sheet XML is streamed from the zip one
// row at a time; only shared strings and styles are held in memory. Numbers come back as
// their text (integers exactly as stored), date-formatted serial numbers as YYYY-MM-DD.
class XlsxReader : public TableReader
{
public:
    // Defaults guard against zip bombs and hostile sheets; tests lower them.
    struct Options
    {
        qint64 maxEntryBytes = 200LL * 1024 * 1024;  // uncompressed size of one zip entry
        qint64 ratioCheckBytes = 10LL * 1024 * 1024; // the ratio check applies above this size
        qint64 maxRatio = 1000;                      // uncompressed : compressed
        qsizetype maxCellChars = 1024 * 1024;
        qsizetype maxColumns = 1000;
    };

    static Result<std::unique_ptr<XlsxReader>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path) { return open(path, Options()); }
    ~XlsxReader() override;

    const QStringList& headers() const override { return m_headers; }
    bool next(TableRow& row) override;
    const std::optional<Error>& error() const override { return m_error; }
    double progress() const override;

    // The name of the worksheet being read, as shown on its tab.
    const QString& sheetName() const { return m_sheetName; }

private:
    enum class CellType { Number, Shared, Inline, String, Boolean, Date, Error };

    XlsxReader(const QString& path, const Options& options);

    Status start();
    // Makes name the current entry of the zip and opens it, refusing zip bombs.
    Status openEntry(const QString& name);
    Status closeEntry(const QString& name);
    bool hasEntry(const QString& name);
    Error damaged(const QString& part, const QString& reason) const;
    Status readWorkbook(QString& sheetRelId);
    Status readRelationships(const QString& sheetRelId, QString& sheetPart, QString& sharedPart, QString& stylesPart);
    Status readSharedStrings(const QString& part);
    Status readStyles(const QString& part);
    // Reads up to the end of the next <row>; false at the end of the sheet or on an error.
    bool readRow(QStringList& cells, qsizetype& lastFilled);
    bool finishCell(QStringList& cells, qsizetype& lastFilled);
    QString numberText(QStringView value) const;
    bool fail(const QString& message);

    QString m_path;
    Options m_options;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_entry; // the open zip entry; QuaZip allows one at a time
    QXmlStreamReader m_xml;
    QString m_sheetPart;
    QString m_sheetName;
    qint64 m_sheetSize = 0;
    bool m_date1904 = false;
    QStringList m_shared;
    std::vector<bool> m_dateStyles; // by cellXfs index
    QStringList m_headers;
    std::optional<Error> m_error;
    bool m_done = false;

    // The row and cell being parsed.
    int m_rowNumber = 0;
    bool m_inCell = false;
    qsizetype m_column = 0;     // of the current cell
    qsizetype m_nextColumn = 0; // for cells without a reference
    CellType m_cellType = CellType::Number;
    int m_cellStyle = 0;
    QString m_value;
};
