#pragma once

#include "io/TableWriter.h"

#include <QByteArray>
#include <QSaveFile>
#include <QStringEncoder>

// Writes CSV the way Excel opens it without asking: UTF-8 with a BOM (so Chinese text is not
// read as the ANSI code page), commas, CRLF line ends. Cells holding a comma, quote, CR, LF or
// tab, or starting or ending with a blank, are quoted so CsvReader gives back exactly the same
// text. The file appears only when finish() succeeds.
class CsvWriter : public TableWriter
{
public:
    static Result<std::unique_ptr<CsvWriter>> create(const QString& path);
    ~CsvWriter() override;

    Status writeRow(const QStringList& cells) override;
    Status finish() override;

private:
    explicit CsvWriter(const QString& path);

    void writeCell(QStringView cell);
    void encode(QStringView text);
    void reserve(qsizetype bytes);
    Status flush();
    Status fail(const QString& message);

    QString m_path;
    QSaveFile m_file;
    QStringEncoder m_encoder;
    QByteArray m_buf; // pending output; [0, m_used) is filled
    qsizetype m_used = 0;
    std::optional<Error> m_error;
    bool m_finished = false;
};
