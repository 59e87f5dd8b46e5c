#include "CsvReader.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstring>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CsvReader", text);
}

const char16_t* textOf(const QString& s)
{
    return reinterpret_cast<const char16_t*>(s.constData());
}

// Copies text into cell, reusing the cell's buffer when nobody else holds it: the caller
// usually drops the previous row, so most rows cost no allocation at all.
void assignCell(QString& cell, const char16_t* text, qsizetype size)
{
    if (cell.isDetached() && cell.capacity() >= size) {
        cell.resize(size);
        if (size > 0) {
            std::memcpy(static_cast<void*>(cell.data()), text, static_cast<size_t>(size) * sizeof(char16_t));
        }
    } else if (size == 0) {
        cell.clear();
    } else {
        cell = QString(reinterpret_cast<const QChar*>(text), size);
    }
}

// Copies the inside of a quoted cell, turning each "" into ". size is the unescaped length.
void assignUnescaped(QString& cell, const char16_t* begin, const char16_t* end, qsizetype size)
{
    if (!cell.isDetached() || cell.capacity() < size) {
        cell = QString();
    }
    cell.resize(size);
    auto* out = reinterpret_cast<char16_t*>(cell.data());
    for (const char16_t* p = begin; p < end; ++p) {
        *out++ = *p;
        if (*p == u'"') {
            ++p; // skip the second quote of the pair
        }
    }
}

// Counts, in a sample of bytes, the multi-byte UTF-8 sequences that are well formed and the
// bytes that cannot start or continue one. Genuine GB18030 text has almost no well-formed
// sequences; a UTF-8 file with a few rows pasted in another encoding has mostly those.
void countUtf8(QByteArrayView bytes, qsizetype& wellFormed, qsizetype& invalid)
{
    wellFormed = 0;
    invalid = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const qsizetype length = lead < 0x80                    ? 1
                                 : lead >= 0xC2 && lead <= 0xDF ? 2
                                 : lead >= 0xE0 && lead <= 0xEF ? 3
                                 : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                                : 0;
        if (length == 1) {
            ++i;
            continue;
        }
        if (length == 0) {
            ++invalid;
            ++i;
            continue;
        }
        if (i + length > n) {
            break; // cut by the end of the sample
        }
        qsizetype k = 1;
        while (k < length && (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80) {
            ++k;
        }
        if (k == length) {
            ++wellFormed;
            i += length;
        } else {
            ++invalid;
            ++i;
        }
    }
}

qsizetype utf8Length(char16_t first)
{
    return first < 0x80 ? 1 : first < 0x800 ? 2 : QChar::isHighSurrogate(first) ? 4 : 3;
}

// The bytes at the end of pending + bytes that begin a UTF-8 character not finished yet.
QByteArray unfinishedUtf8(const QByteArray& pending, QByteArrayView bytes)
{
    const QByteArray tail = pending + bytes.last(std::min<qsizetype>(3, bytes.size())).toByteArray();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, tail.size()); ++back) {
        const auto c = static_cast<unsigned char>(tail[tail.size() - back]);
        if ((c & 0xC0) == 0x80) {
            continue;
        }
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? tail.last(back) : QByteArray();
    }
    return {};
}

// The index in text, which a UTF-8 decoder made from bytes and reported an error for, of the
// first replacement character that stands for undecodable bytes rather than for a U+FFFD
// written in the file; -1 if none is found. Before the error every character is well formed,
// so its bytes follow from its code point. pending: bytes of the previous chunk that the
// first character completes; skipBom: the decoder dropped a BOM at the start.
qsizetype firstUtf8Error(QStringView text, QByteArrayView bytes, const QByteArray& pending, bool skipBom)
{
    qsizetype b = 0;
    qsizetype i = 0;
    if (skipBom && bytes.startsWith("\xEF\xBB\xBF") && !text.startsWith(QChar(0xFEFF))) {
        b = 3;
    }
    if (!pending.isEmpty() && !text.isEmpty()) {
        const qsizetype rest = 3 - pending.size();
        if (text[0] != QChar::ReplacementCharacter) {
            b = std::max<qsizetype>(utf8Length(text[0].unicode()) - pending.size(), 0);
        } else if (rest > 0 && pending + bytes.first(std::min(rest, bytes.size())).toByteArray() == "\xEF\xBF\xBD") {
            b = rest;
        } else {
            return 0;
        }
        i = utf8Length(text[0].unicode()) == 4 ? 2 : 1;
    }
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c == 0xFFFD && !bytes.sliced(std::min(b, bytes.size())).startsWith("\xEF\xBF\xBD")) {
            return i;
        }
        b += utf8Length(c);
        i += utf8Length(c) == 4 ? 2 : 1;
    }
    return -1;
}

// A zero byte before the end of the first line that has anything else on it.
bool zeroInFirstLine(QByteArrayView bytes)
{
    bool content = false;
    for (const char c : bytes) {
        if (c == '\0') {
            return true;
        }
        if (c == '\n' && content) {
            return false;
        }
        content = content || (c != '\n' && c != '\r' && c != ' ');
    }
    return false;
}

QString& cellAt(QStringList& cells, qsizetype index)
{
    if (index < cells.size()) {
        return cells[index];
    }
    return cells.emplace_back();
}

} // namespace

CsvReader::CsvReader(const QString& path, const Options& options)
    : m_path(QDir::toNativeSeparators(path))
    , m_options(options)
    , m_file(path)
{
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const Options& options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(path, options));
    if (Status status = reader->start(); !status) {
        return status.error();
    }
    return reader;
}

Status CsvReader::start()
{
    // Unbuffered: every read is a large chunk, so QIODevice's own buffer would only add a copy.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error(Error::Kind::Storage, tr("%1: the file cannot be opened: %2").arg(m_path, m_file.errorString()));
    }
    m_fileSize = m_file.size();
    if (Status status = detectEncoding(); !status) {
        return status;
    }
    m_raw.resize(std::max<qsizetype>(m_options.chunkBytes, 1));
    // The guess needs the whole first line (the first chunk nearly always holds it).
    while (!detectDelimiter() && !m_eof && m_buf.size() <= m_options.maxRowChars) {
        if (!fill()) {
            return *m_error;
        }
    }
    for (const char16_t c : {m_delimiter, u'\r', u'\n', u'\0'}) {
        m_special[c] = true;
    }

    qsizetype count = 0;
    qsizetype lastFilled = 0;
    if (!nextRecord(m_headers, count, lastFilled)) {
        if (m_error) {
            return *m_error;
        }
        return Error(Error::Kind::Invalid, tr("%1: the file is empty; a header row is expected").arg(m_path));
    }
    // Trailing empty header cells are left-over separators, not columns.
    m_headers.resize(lastFilled);
    for (QString& header : m_headers) {
        header.remove(QChar(0xFEFF));
        header = header.trimmed();
    }
    return {};
}

Status CsvReader::detectEncoding()
{
    m_sample.resize(std::max<qsizetype>(m_options.sampleBytes, 4));
    qsizetype got = 0;
    while (got < m_sample.size()) {
        const qint64 n = m_file.read(m_sample.data() + got, m_sample.size() - got);
        if (n < 0) {
            return Error(Error::Kind::Storage, tr("%1: the file cannot be read: %2").arg(m_path, m_file.errorString()));
        }
        if (n == 0) {
            break;
        }
        got += n;
    }
    m_sample.resize(got);
    m_bytesRead = got;

    const QByteArrayView head(m_sample);
    if (head.startsWith("PK\x03\x04")) {
        return Error(
            Error::Kind::Invalid,
            tr("%1 is a ZIP archive (an .xlsx workbook?), not CSV text; give it the .xlsx extension").arg(m_path));
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is an old Excel .xls workbook; save it as .xlsx or CSV first").arg(m_path));
    }
    if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        return Error(Error::Kind::Invalid, tr("%1 is UTF-32 text; save it as UTF-8 CSV").arg(m_path));
    }
    // Zero bytes at odd offsets (or even ones) are the high (or low) halves of UTF-16 code
    // units: a UTF-16 file saved without a BOM. Any other zero byte means binary data.
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == '\0') {
            ++(i % 2 == 0 ? evenZeros : oddZeros);
        }
    }
    const bool bom = head.startsWith("\xEF\xBB\xBF") || head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    // The decoders drop the BOM itself.
    // A CSV has commas, digits and line ends, so zeros are a fair share of UTF-16 bytes.
    const bool manyZeros = 16 * (evenZeros + oddZeros) >= head.size() && evenZeros + oddZeros >= 2;
    if (!bom && manyZeros && oddZeros >= 8 * evenZeros) {
        m_decoder.emplace(QStringDecoder::Utf16LE);
        m_encodingName = QStringLiteral("UTF-16LE");
    } else if (!bom && manyZeros && evenZeros >= 8 * oddZeros) {
        m_decoder.emplace(QStringDecoder::Utf16BE);
        m_encodingName = QStringLiteral("UTF-16BE");
    } else if (!bom && (evenZeros + oddZeros >= 8 || zeroInFirstLine(head))) {
        // Binary data: refused here, before its first line is taken for a header. A stray
        // NUL further down is reported with its row by the parser.
        return Error(
            Error::Kind::Invalid,
            tr("%1 contains NUL bytes: it is not a text table (a spreadsheet or another binary file?)").arg(m_path));
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        m_decoder.emplace(QStringDecoder::Utf8);
        m_encodingName = QStringLiteral("UTF-8");
    } else if (head.startsWith("\xFF\xFE")) {
        m_decoder.emplace(QStringDecoder::Utf16LE);
        m_encodingName = QStringLiteral("UTF-16LE");
    } else if (head.startsWith("\xFE\xFF")) {
        m_decoder.emplace(QStringDecoder::Utf16BE);
        m_encodingName = QStringLiteral("UTF-16BE");
    } else {
        // A character cut at the end of the sample stays pending in the stateful probe, no error.
        QStringDecoder probe(QStringDecoder::Utf8);
        const QString ignored = probe.decode(head);
        qsizetype wellFormed = 0;
        qsizetype invalid = 0;
        if (probe.hasError()) {
            countUtf8(head, wellFormed, invalid);
        }
        // Mostly UTF-8 with some bytes that are not: rows pasted from a file in another
        // encoding. Read as UTF-8, so that the error names the first such row, instead of
        // turning every Chinese character of the file into a wrong one as GB18030.
        if (!probe.hasError() || wellFormed > invalid) {
            m_decoder.emplace(QStringDecoder::Utf8);
            m_encodingName = QStringLiteral("UTF-8");
        } else {
            // Built in place: in Qt 6.4 a move-assigned ICU decoder stops reporting errors.
            m_decoder.emplace("GB18030");
            m_encodingName = QStringLiteral("GB18030");
            if (!m_decoder->isValid()) {
                return Error(Error::Kind::Invalid, tr("%1: the text is not UTF-8, and this build cannot read GB18030; "
                                                      "save the file as UTF-8 CSV")
                                                       .arg(m_path));
            }
        }
    }
    return {};
}

bool CsvReader::detectDelimiter()
{
    const char16_t* p = textOf(m_buf) + m_pos;
    const char16_t* const end = textOf(m_buf) + m_buf.size();
    qsizetype commas = 0;
    qsizetype tabs = 0;
    bool inQuotes = false;
    bool content = false;
    // Count on the first line that has anything on it; "" inside quotes toggles twice.
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c == u'"') {
            inQuotes = !inQuotes;
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (c == u',') {
            ++commas;
        } else if (c == u'\t') {
            ++tabs;
        } else if (c == u'\n' || c == u'\r') {
            if (commas > 0 || tabs > 0 || content) {
                break;
            }
        } else if (c != u' ') {
            content = true;
        }
    }
    m_delimiter = tabs > commas ? u'\t' : u',';
    return p < end;
}

bool CsvReader::fail(Error::Kind kind, const QString& message)
{
    m_error = Error(kind, message);
    return false;
}

bool CsvReader::failAtRow(const QString& message)
{
    return fail(Error::Kind::Invalid, message.arg(m_path, QString::number(m_record + 1)));
}

bool CsvReader::fill()
{
    if (m_decodeFailed) {
        return failAtRow(tr("%1: row %2: the text is not valid %3; does the file mix encodings?")
                             .replace(QLatin1String("%3"), m_encodingName));
    }
    const qsizetype rest = m_buf.size() - m_pos;
    if (rest > m_options.maxRowChars) {
        return failAtRow(tr("%1: row %2: the row is longer than %3 characters; is a quote not closed?")
                             .replace(QLatin1String("%3"), QString::number(m_options.maxRowChars)));
    }
    if (m_pos > 0) {
        if (rest > 0) {
            std::memmove(m_buf.data(), m_buf.constData() + m_pos, static_cast<size_t>(rest) * sizeof(QChar));
        }
        m_buf.resize(rest);
        m_pos = 0;
    }

    QByteArrayView bytes;
    if (!m_sample.isEmpty()) {
        bytes = m_sample;
    } else {
        const qint64 n = m_file.read(m_raw.data(), m_raw.size());
        if (n < 0) {
            return fail(Error::Kind::Storage, tr("%1: the file cannot be read: %2").arg(m_path, m_file.errorString()));
        }
        m_bytesRead += n;
        bytes = QByteArrayView(m_raw.constData(), n);
    }

    if (bytes.isEmpty()) {
        m_eof = true;
        // A multi-byte character cut off by the end of the file is pending in the decoder; a
        // newline behind it turns it into a decoding error.
        const QString ignored = m_decoder->decode(QByteArrayView("\n", 1));
        if (m_decoder->hasError()) {
            m_decodeFailed = true;
            return fill();
        }
        return true;
    }

    const qsizetype old = m_buf.size();
    m_buf.resize(old + m_decoder->requiredSpace(bytes.size()));
    const QChar* const out = m_decoder->appendToBuffer(m_buf.data() + old, bytes);
    qsizetype size = out - m_buf.constData();
    if (m_decoder->hasError()) {
        // Keep the text up to the first bad character so that the rows before it still come
        // through and the error names the row that holds it.
        const QStringView added = QStringView(m_buf).sliced(old, size - old);
        qsizetype bad = m_encodingName == u"UTF-8" ? firstUtf8Error(added, bytes, m_utf8Pending, !m_decodedAny) : -1;
        if (bad < 0) {
            bad = added.indexOf(QChar::ReplacementCharacter);
        }
        size = bad < 0 ? old : old + bad;
        m_decodeFailed = true;
    }
    if (m_encodingName == u"UTF-8") {
        m_utf8Pending = unfinishedUtf8(m_utf8Pending, bytes);
    }
    m_decodedAny = true;
    m_buf.resize(size);
    m_lastFillBytes = bytes.size();
    m_sample = QByteArray();
    return true;
}

CsvReader::Parse CsvReader::parseRecord(QStringList& cells, qsizetype& count, qsizetype& lastFilled)
{
    const char16_t* const base = textOf(m_buf);
    const char16_t* const end = base + m_buf.size();
    const char16_t* p = base + m_pos;
    const bool eof = m_eof;
    const qsizetype maxCell = m_options.maxCellChars;
    count = 0;
    lastFilled = 0;
    if (p == end) {
        return eof ? Parse::End : Parse::NeedMore;
    }

    auto failRow = [this](const QString& message) {
        failAtRow(message);
        return Parse::Failed;
    };
    auto cellTooLong = [&](const char* text) {
        return failRow(tr(text).replace(QLatin1String("%3"), QString::number(maxCell)));
    };
    auto nulByte = [&]() { return failRow(tr("%1: row %2: the file contains a NUL byte; it is not a text table")); };
    auto nextCell = [&]() -> QString* {
        if (count >= m_options.maxColumns) {
            failRow(tr("%1: row %2: the row has more than %3 columns")
                        .replace(QLatin1String("%3"), QString::number(m_options.maxColumns)));
            return nullptr;
        }
        return &cellAt(cells, count++);
    };

    for (;;) {
        while (p < end && isBlank(*p)) {
            ++p;
        }
        if (p < end && *p == u'"') {
            const char16_t* const begin = ++p;
            qsizetype pairs = 0;
            for (;;) {
                while (p < end && *p != u'"' && *p != u'\0') {
                    ++p;
                }
                if (p == end) {
                    if (eof) {
                        return failRow(tr("%1: row %2: a quoted cell is not closed"));
                    }
                    if ((p - begin) - pairs > maxCell) {
                        return cellTooLong("%1: row %2: a cell is longer than %3 characters; is a quote not closed?");
                    }
                    return Parse::NeedMore;
                }
                if (*p == u'\0') {
                    // The first problem in the text is reported, whichever chunk holds it.
                    if ((p - begin) - pairs > maxCell) {
                        return cellTooLong("%1: row %2: a cell is longer than %3 characters; is a quote not closed?");
                    }
                    return nulByte();
                }
                if (p + 1 == end && !eof) {
                    if ((p - begin) - pairs > maxCell) {
                        return cellTooLong("%1: row %2: a cell is longer than %3 characters; is a quote not closed?");
                    }
                    return Parse::NeedMore; // a closing quote or the first of a pair?
                }
                if (p + 1 < end && p[1] == u'"') {
                    ++pairs;
                    p += 2;
                    continue;
                }
                break;
            }
            const char16_t* const close = p++;
            const qsizetype size = (close - begin) - pairs;
            if (size > maxCell) {
                return cellTooLong("%1: row %2: a cell is longer than %3 characters; is a quote not closed?");
            }
            QString* cell = nextCell();
            if (!cell) {
                return Parse::Failed;
            }
            if (pairs == 0) {
                assignCell(*cell, begin, size);
            } else {
                assignUnescaped(*cell, begin, close, size);
            }
            while (p < end && isBlank(*p)) {
                ++p;
            }
            // Text after the closing quote ("ab"cd): lenient like Excel, it is appended.
            if (p < end && !(*p < 128 && m_special[*p])) {
                const char16_t* const tail = p;
                while (p < end && !(*p < 128 && m_special[*p])) {
                    ++p;
                }
                if (p == end && !eof) {
                    return Parse::NeedMore;
                }
                const char16_t* tailEnd = p;
                while (tailEnd > tail && isBlank(tailEnd[-1])) {
                    --tailEnd;
                }
                cell->append(reinterpret_cast<const QChar*>(tail), tailEnd - tail);
                if (cell->size() > maxCell) {
                    return cellTooLong("%1: row %2: a cell is longer than %3 characters");
                }
            }
            if (!cell->isEmpty()) {
                lastFilled = count;
            }
        } else {
            const char16_t* const begin = p;
            while (p < end && !(*p < 128 && m_special[*p])) {
                ++p;
            }
            if (p == end && !eof) {
                // Blanks at the end of the buffer may be trimmed once the cell ends: not counted.
                const char16_t* last = p;
                while (last > begin && isBlank(last[-1])) {
                    --last;
                }
                if (last - begin > maxCell) {
                    return cellTooLong("%1: row %2: a cell is longer than %3 characters");
                }
                return Parse::NeedMore;
            }
            const char16_t* last = p;
            while (last > begin && isBlank(last[-1])) {
                --last;
            }
            const qsizetype size = last - begin;
            if (size > maxCell) {
                return cellTooLong("%1: row %2: a cell is longer than %3 characters");
            }
            QString* cell = nextCell();
            if (!cell) {
                return Parse::Failed;
            }
            assignCell(*cell, begin, size);
            if (size > 0) {
                lastFilled = count;
            }
        }

        if (p == end) {
            if (!eof) {
                return Parse::NeedMore;
            }
            break; // the end of the file ends the record
        }
        const char16_t c = *p;
        if (c == m_delimiter) {
            ++p;
            continue;
        }
        if (c == u'\n') {
            ++p;
            break;
        }
        if (c == u'\r') {
            if (p + 1 == end && !eof) {
                return Parse::NeedMore;
            }
            ++p;
            if (p < end && *p == u'\n') {
                ++p;
            }
            break;
        }
        return nulByte(); // the only other character that stops a cell
    }
    m_pos = p - base;
    return Parse::Record;
}

bool CsvReader::nextRecord(QStringList& cells, qsizetype& count, qsizetype& lastFilled)
{
    for (;;) {
        switch (parseRecord(cells, count, lastFilled)) {
        case Parse::Record:
            ++m_record;
            if (lastFilled > 0) {
                return true;
            }
            break; // an empty row: counted, skipped
        case Parse::NeedMore:
            if (!fill()) {
                return false;
            }
            break;
        case Parse::End:
        case Parse::Failed:
            return false;
        }
    }
}

bool CsvReader::next(TableRow& row)
{
    if (m_error) {
        return false;
    }
    qsizetype count = 0;
    qsizetype lastFilled = 0;
    if (!nextRecord(row.cells, count, lastFilled)) {
        return false;
    }
    // Pad to the header; empty cells past both the header and the last text are dropped.
    const qsizetype size = std::max(lastFilled, m_headers.size());
    for (qsizetype i = count; i < std::min(size, row.cells.size()); ++i) {
        assignCell(row.cells[i], nullptr, 0);
    }
    row.cells.resize(size);
    row.number = m_record;
    return true;
}

double CsvReader::progress() const
{
    if (m_fileSize <= 0 || (m_eof && m_pos >= m_buf.size())) {
        return 1.0;
    }
    // Bytes read, less the estimated share of the buffer that is not parsed yet.
    const double unparsed =
        m_buf.isEmpty() ? 0.0 : static_cast<double>(m_buf.size() - m_pos) / static_cast<double>(m_buf.size());
    const double consumed = static_cast<double>(m_bytesRead) - unparsed * static_cast<double>(m_lastFillBytes);
    return std::clamp(consumed / static_cast<double>(m_fileSize), 0.0, 1.0);
}
