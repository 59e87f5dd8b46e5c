#include "CsvWriter.h"

#include <QCoreApplication>
#include <QDir>

#include <cstring>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CsvWriter", text);
}

constexpr qsizetype flushBytes = 1024 * 1024;

// Must match what CsvReader trims from unquoted cells.
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x3000);
}

bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    if (isBlank(cell.front()) || isBlank(cell.back())) {
        return true;
    }
    for (const QChar c : cell) {
        // A tab outside quotes would count towards CsvReader's tab-or-comma guess.
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u'\t') {
            return true;
        }
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(const QString& path)
    : m_path(QDir::toNativeSeparators(path))
    , m_file(path)
    // Stateless: each piece is complete text, nothing may wait in the encoder between calls.
    , m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
}

CsvWriter::~CsvWriter() = default; // QSaveFile discards the file unless finish() committed it

Result<std::unique_ptr<CsvWriter>> CsvWriter::create(const QString& path)
{
    std::unique_ptr<CsvWriter> writer(new CsvWriter(path));
    if (!writer->m_file.open(QIODevice::WriteOnly)) {
        return Error(Error::Kind::Storage,
                     tr("%1: the file cannot be created: %2").arg(writer->m_path, writer->m_file.errorString()));
    }
    writer->m_buf.resize(2 * flushBytes);
    std::memcpy(writer->m_buf.data(), "\xEF\xBB\xBF", 3);
    writer->m_used = 3;
    return writer;
}

Status CsvWriter::fail(const QString& message)
{
    m_error = Error(Error::Kind::Storage, message);
    m_file.cancelWriting();
    return *m_error;
}

void CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes <= m_buf.size()) {
        return;
    }
    m_buf.resize(std::max(m_buf.size() * 2, m_used + bytes));
}

void CsvWriter::encode(QStringView text)
{
    reserve(m_encoder.requiredSpace(text.size()));
    char* const out = m_encoder.appendToBuffer(m_buf.data() + m_used, text);
    m_used = out - m_buf.constData();
}

void CsvWriter::writeCell(QStringView cell)
{
    if (!needsQuotes(cell)) {
        encode(cell);
        return;
    }
    reserve(1);
    m_buf[m_used++] = '"';
    qsizetype start = 0;
    for (qsizetype quote = cell.indexOf(u'"'); quote >= 0; quote = cell.indexOf(u'"', start)) {
        encode(cell.sliced(start, quote + 1 - start)); // up to and including the quote ...
        reserve(1);
        m_buf[m_used++] = '"'; // ... which is doubled
        start = quote + 1;
    }
    encode(cell.sliced(start));
    reserve(1);
    m_buf[m_used++] = '"';
}

Status CsvWriter::writeRow(const QStringList& cells)
{
    if (m_error) {
        return *m_error;
    }
    if (m_finished) {
        return Error(Error::Kind::Invalid, tr("%1: the file is already closed").arg(m_path));
    }
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            reserve(1);
            m_buf[m_used++] = ',';
        }
        writeCell(cells[i]);
    }
    reserve(2);
    m_buf[m_used++] = '\r';
    m_buf[m_used++] = '\n';
    if (m_used >= flushBytes) {
        return flush();
    }
    return {};
}

Status CsvWriter::flush()
{
    if (m_used > 0 && m_file.write(m_buf.constData(), m_used) != m_used) {
        return fail(tr("%1: the file cannot be written: %2").arg(m_path, m_file.errorString()));
    }
    m_used = 0;
    return {};
}

Status CsvWriter::finish()
{
    if (m_error) {
        return *m_error;
    }
    if (m_finished) {
        return {};
    }
    if (Status status = flush(); !status) {
        return status;
    }
    m_finished = true;
    if (!m_file.commit()) {
        m_error =
            Error(Error::Kind::Storage, tr("%1: the file cannot be written: %2").arg(m_path, m_file.errorString()));
        return *m_error;
    }
    return {};
}
