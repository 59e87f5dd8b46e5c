#pragma once

#include "io/TableReader.h"

#include <QByteArray>
#include <QFile>
#include <QStringDecoder>

// Reads a CSV or tab-separated file (RFC 4180 quoting) in chunks. Text is UTF-8 (with or
// without BOM), UTF-16 with a BOM, or else GB18030 as written by Chinese Excel and WPS.
// Unquoted cells are trimmed of surrounding blanks; quoted cells are kept exactly.
class CsvReader : public TableReader
{
public:
    // Defaults guard against hostile input; tests lower them to reach the limits cheaply.
    struct Options
    {
        qsizetype maxCellChars = 1024 * 1024;
        qsizetype maxColumns = 1000;
        qsizetype maxRowChars = 32 * 1024 * 1024; // one record, all cells and quotes included
        qsizetype chunkBytes = 2 * 1024 * 1024;   // bytes read and decoded at a time
        qsizetype sampleBytes = 4 * 1024 * 1024;  // bytes used to guess the encoding
    };

    // Opens the file as CSV whatever its extension and reads the header row.
    static Result<std::unique_ptr<CsvReader>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<CsvReader>> open(const QString& path) { return open(path, Options()); }

    const QStringList& headers() const override { return m_headers; }
    bool next(TableRow& row) override;
    const std::optional<Error>& error() const override { return m_error; }
    double progress() const override;

    // What detection chose: u',' or u'\t', and "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030".
    QChar delimiter() const { return QChar(m_delimiter); }
    QString encodingName() const { return m_encodingName; }

private:
    enum class Parse { Record, End, NeedMore, Failed };

    CsvReader(const QString& path, const Options& options);

    Status start();
    Status detectEncoding();
    // Counts tabs and commas on the first line; false if the buffer ends before that line does.
    bool detectDelimiter();
    // Parses one record at m_pos into cells; count is the number of cells and lastFilled the
    // index after the last non-empty one (0 for an empty row).
    Parse parseRecord(QStringList& cells, qsizetype& count, qsizetype& lastFilled);
    // Reads and decodes the next chunk behind the unparsed rest of the buffer.
    bool fill();
    // Parses the next record that has any text, refilling the buffer as needed.
    bool nextRecord(QStringList& cells, qsizetype& count, qsizetype& lastFilled);
    bool isBlank(char16_t c) const { return c == u' ' || c == 0x3000 || (c == u'\t' && m_delimiter != u'\t'); }
    bool fail(Error::Kind kind, const QString& message);
    bool failAtRow(const QString& message);

    QString m_path;
    Options m_options;
    QFile m_file;
    qint64 m_fileSize = 0;
    qint64 m_bytesRead = 0;
    qint64 m_lastFillBytes = 0;              // bytes behind the text decoded by the last fill()
    QByteArray m_raw;                        // chunk read from the file, reused
    QByteArray m_sample;                     // bytes read for detection, decoded by the first fill()
    std::optional<QStringDecoder> m_decoder; // chosen by detectEncoding()
    QString m_encodingName;
    QString m_buf; // decoded text; [m_pos, size) is not parsed yet
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_decodeFailed = false; // m_buf ends where undecodable bytes began
    bool m_decodedAny = false;   // a chunk went through the decoder (which dropped a BOM)
    QByteArray m_utf8Pending;    // UTF-8 only: the start of a character cut by the chunk's end
    char16_t m_delimiter = u',';
    bool m_special[128] = {}; // characters that end an unquoted cell
    int m_record = 0;         // records completed, empty ones included
    QStringList m_headers;
    std::optional<Error> m_error;
};
