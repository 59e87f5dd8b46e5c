#pragma once

#include "io/TableWriter.h"

#include <QByteArray>
#include <QList>
#include <QSaveFile>
#include <QStringEncoder>

#include <vector>

class QuaZip;
class QuaZipFile;

// Writes one worksheet as an .xlsx workbook, streaming the sheet XML into the zip entry so
// memory stays flat however many rows come. The first row is the header: bold and frozen.
// Every cell is an inline string, so ID numbers and leading zeros survive. The workbook goes
// through a QSaveFile: a failed or abandoned export never leaves a half-written file.
//
// Not built on libxlsxwriter: its zip code (system minizip) and QuaZip export the same C
// symbols (zipOpen, zipClose ...), so in a process that also loads QuaZip, libxlsxwriter's
// calls land in QuaZip's copies and crash.
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
    explicit XlsxTableWriter(const QString& path);

    Status start(const QString& sheetName);
    Status writePart(const QString& name, const QByteArray& content);
    // Writes the sheet up to <sheetData>, with column widths from the rows held so far.
    Status beginSheet();
    Status appendRow(const QStringList& cells);
    void appendText(QStringView text);
    Status flush(bool force);
    Status fail(Error::Kind kind, const QString& message);
    Status zipError(int code);

    QString m_path; // for messages
    QSaveFile m_file;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QStringEncoder m_encoder;
    QByteArray m_buf; // sheet XML not yet handed to the zip; [0, m_used) is filled
    qsizetype m_used = 0;
    qint64 m_sheetBytes = 0;
    QList<QStringList> m_held; // first rows, kept until the column widths are known
    bool m_sheetBegun = false;
    unsigned m_row = 0; // rows written or held
    std::vector<QByteArray> m_columnNames;
    std::optional<Error> m_error;
    bool m_finished = false;
};
