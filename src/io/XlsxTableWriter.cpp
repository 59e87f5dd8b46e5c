#include "XlsxTableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("XlsxTableWriter", text);
}

// Excel's own limits.
constexpr unsigned maxRows = 1048576;
constexpr qsizetype maxColumns = 16384;
constexpr qsizetype maxCellChars = 32767;
// Without zip64 an entry must stay below 4 GiB; CSV has no such limit.
constexpr qint64 maxSheetBytes = 0xFFFFFFFFLL - 16 * 1024 * 1024;

constexpr qsizetype flushBytes = 1024 * 1024;
constexpr qsizetype heldRows = 200; // rows (header included) looked at for column widths
constexpr double minWidth = 8;
constexpr double maxWidth = 50;

const QByteArray xmlHead = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");

const QByteArray contentTypes = QByteArrayLiteral(
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "</Types>");

const QByteArray packageRels =
    QByteArrayLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                      "Target=\"xl/workbook.xml\"/></Relationships>");

const QByteArray workbookRels =
    QByteArrayLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                      "Target=\"worksheets/sheet1.xml\"/>"
                      "<Relationship Id=\"rId2\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                      "Target=\"styles.xml\"/></Relationships>");

// Style 0 is the default, style 1 the bold header.
const QByteArray styles = QByteArrayLiteral(
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>");

// Frozen header row, as Excel writes it.
const QByteArray sheetStart =
    QByteArrayLiteral("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                      "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                      "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                      "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                      "<sheetFormatPr defaultRowHeight=\"15\"/>");

const QByteArray sheetEnd =
    QByteArrayLiteral("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                      "footer=\"0.3\"/></worksheet>");

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "_x0041_" in cell text would be read by Excel as "A".
bool startsEscape(QStringView text, qsizetype i)
{
    return i + 6 < text.size() && text[i] == u'_' && text[i + 1] == u'x' && text[i + 6] == u'_' &&
           std::all_of(text.begin() + i + 2, text.begin() + i + 6, isHexDigit);
}

QByteArray columnName(qsizetype index)
{
    QByteArray name;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(static_cast<char>('A' + (n - 1) % 26));
    }
    return name;
}

QByteArray escapeAttribute(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'&', QLatin1String("&amp;"))
        .replace(u'<', QLatin1String("&lt;"))
        .replace(u'>', QLatin1String("&gt;"))
        .replace(u'"', QLatin1String("&quot;"));
    return escaped.toUtf8();
}

// Width in Excel's units (about one digit): CJK and other wide characters take two.
double displayWidth(QStringView text)
{
    double width = 0;
    double line = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            line = 0;
            continue;
        }
        if (!c.isLowSurrogate()) {
            line += c.unicode() >= 0x2E80 ? 2 : 1;
        }
        width = std::max(width, line);
    }
    return width;
}

// Ordinary file permissions for whoever unpacks the workbook (the default is none at all).
QuaZipNewInfo entryInfo(const QString& name)
{
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    return info;
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString& path)
    : m_path(QDir::toNativeSeparators(path))
    , m_file(path)
    , m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
}

XlsxTableWriter::~XlsxTableWriter()
{
    if (!m_finished) {
        m_file.cancelWriting(); // QSaveFile then drops its temporary file
    }
    if (m_sheet && m_sheet->isOpen()) {
        m_sheet->close();
    }
    if (m_zip && m_zip->isOpen()) {
        m_zip->close();
    }
}

QString XlsxTableWriter::validSheetName(const QString& sheetName)
{
    QString name = sheetName.trimmed();
    for (QChar& c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20) {
            c = u'_';
        }
    }
    while (name.startsWith(u'\'')) {
        name.remove(0, 1);
    }
    while (name.endsWith(u'\'')) {
        name.chop(1);
    }
    if (name.size() > 31) {
        name.truncate(name[30].isHighSurrogate() ? 30 : 31);
    }
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

Result<std::unique_ptr<XlsxTableWriter>> XlsxTableWriter::create(const QString& path, const QString& sheetName)
{
    std::unique_ptr<XlsxTableWriter> writer(new XlsxTableWriter(path));
    if (Status status = writer->start(sheetName); !status) {
        return status.error();
    }
    return writer;
}

Status XlsxTableWriter::fail(Error::Kind kind, const QString& message)
{
    m_error = Error(kind, message);
    m_file.cancelWriting();
    return *m_error;
}

Status XlsxTableWriter::zipError(int code)
{
    QString reason = m_file.errorString();
    if (m_file.error() == QFileDevice::NoError) {
        reason = tr("zip error %1").arg(code);
    }
    return fail(Error::Kind::Storage, tr("%1: the file cannot be written: %2").arg(m_path, reason));
}

Status XlsxTableWriter::start(const QString& sheetName)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return fail(Error::Kind::Storage, tr("%1: the file cannot be created: %2").arg(m_path, m_file.errorString()));
    }
    m_zip = std::make_unique<QuaZip>(&m_file);
    m_zip->setAutoClose(false); // a QSaveFile is committed, never closed
    if (!m_zip->open(QuaZip::mdCreate)) {
        return zipError(m_zip->getZipError());
    }
    const QByteArray workbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                "<sheets><sheet name=\"" +
                                escapeAttribute(validSheetName(sheetName)) +
                                "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const std::pair<const char*, const QByteArray*> parts[] = {{"[Content_Types].xml", &contentTypes},
                                                               {"_rels/.rels", &packageRels},
                                                               {"xl/workbook.xml", &workbook},
                                                               {"xl/_rels/workbook.xml.rels", &workbookRels},
                                                               {"xl/styles.xml", &styles}};
    for (const auto& [name, content] : parts) {
        if (Status status = writePart(QString::fromLatin1(name), xmlHead + *content); !status) {
            return status;
        }
    }
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    // The sheet is nearly all of the work; the fastest level still packs its XML about 10:1.
    if (!m_sheet->open(QIODevice::WriteOnly, entryInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
                       Z_DEFLATED, Z_BEST_SPEED)) {
        return zipError(m_sheet->getZipError());
    }
    m_buf.resize(2 * flushBytes);
    return {};
}

Status XlsxTableWriter::writePart(const QString& name, const QByteArray& content)
{
    QuaZipFile part(m_zip.get());
    if (!part.open(QIODevice::WriteOnly, entryInfo(name)) || part.write(content) != content.size()) {
        return zipError(part.getZipError());
    }
    part.close();
    if (part.getZipError() != ZIP_OK) {
        return zipError(part.getZipError());
    }
    return {};
}

Status XlsxTableWriter::writeRow(const QStringList& cells)
{
    if (m_error) {
        return *m_error;
    }
    if (m_finished) {
        return Error(Error::Kind::Invalid, tr("%1: the file is already closed").arg(m_path));
    }
    if (m_row >= maxRows) {
        return fail(Error::Kind::Invalid, tr("%1: an .xlsx sheet holds at most %2 rows; export to CSV instead")
                                              .arg(m_path, QString::number(maxRows)));
    }
    if (cells.size() > maxColumns) {
        return fail(Error::Kind::Invalid, tr("%1: row %2: an .xlsx sheet holds at most %3 columns")
                                              .arg(m_path, QString::number(m_row + 1), QString::number(maxColumns)));
    }
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (cells[column].size() > maxCellChars) {
            return fail(Error::Kind::Invalid,
                        tr("%1: row %2, column %3: the text is longer than the %4 characters an .xlsx cell holds")
                            .arg(m_path, QString::number(m_row + 1), QString::number(column + 1),
                                 QString::number(maxCellChars)));
        }
    }
    ++m_row;
    if (!m_sheetBegun) {
        m_held.append(cells);
        return m_held.size() < heldRows ? Status() : beginSheet();
    }
    return appendRow(cells);
}

Status XlsxTableWriter::beginSheet()
{
    std::vector<double> widths;
    for (qsizetype row = 0; row < m_held.size(); ++row) {
        const QStringList& cells = m_held[row];
        widths.resize(std::max(widths.size(), static_cast<size_t>(cells.size())), 0);
        for (qsizetype column = 0; column < cells.size(); ++column) {
            // The header is bold, so a little wider than its text.
            const double width = displayWidth(cells[column]) + (row == 0 ? 3 : 2);
            widths[static_cast<size_t>(column)] = std::max(widths[static_cast<size_t>(column)], width);
        }
    }
    QByteArray start = xmlHead + sheetStart;
    if (!widths.empty()) {
        start += "<cols>";
        for (size_t column = 0; column < widths.size(); ++column) {
            const QByteArray index = QByteArray::number(static_cast<qulonglong>(column + 1));
            start += "<col min=\"" + index + "\" max=\"" + index + "\" width=\"" +
                     QByteArray::number(std::clamp(widths[column], minWidth, maxWidth)) + "\" customWidth=\"1\"/>";
        }
        start += "</cols>";
    }
    start += "<sheetData>";
    if (m_used + start.size() > m_buf.size()) {
        m_buf.resize(m_used + start.size());
    }
    std::memcpy(m_buf.data() + m_used, start.constData(), static_cast<size_t>(start.size()));
    m_used += start.size();
    m_sheetBegun = true;

    const QList<QStringList> held = std::exchange(m_held, {});
    m_row = 0;
    for (const QStringList& cells : held) {
        ++m_row;
        if (Status status = appendRow(cells); !status) {
            return status;
        }
    }
    return {};
}

Status XlsxTableWriter::appendRow(const QStringList& cells)
{
    auto append = [this](const char* text, qsizetype size) {
        if (m_used + size > m_buf.size()) {
            m_buf.resize(std::max(m_buf.size() * 2, m_used + size));
        }
        std::memcpy(m_buf.data() + m_used, text, static_cast<size_t>(size));
        m_used += size;
    };
    auto appendLiteral = [&append](const char* text) { append(text, static_cast<qsizetype>(std::strlen(text))); };

    const QByteArray row = QByteArray::number(m_row);
    appendLiteral("<row r=\"");
    append(row.constData(), row.size());
    appendLiteral("\">");
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString& cell = cells[column];
        if (cell.isEmpty()) {
            continue;
        }
        while (static_cast<qsizetype>(m_columnNames.size()) <= column) {
            m_columnNames.push_back(columnName(static_cast<qsizetype>(m_columnNames.size())));
        }
        const QByteArray& name = m_columnNames[static_cast<size_t>(column)];
        appendLiteral("<c r=\"");
        append(name.constData(), name.size());
        append(row.constData(), row.size());
        appendLiteral(m_row == 1 ? "\" s=\"1\" t=\"inlineStr\"><is><t" : "\" t=\"inlineStr\"><is><t");
        // XML readers may drop edge white space unless told to keep it.
        appendLiteral(isXmlSpace(cell.front()) || isXmlSpace(cell.back()) ? " xml:space=\"preserve\">" : ">");
        appendText(cell);
        appendLiteral("</t></is></c>");
    }
    appendLiteral("</row>");
    return flush(false);
}

void XlsxTableWriter::appendText(QStringView text)
{
    // Worst case: every character becomes a 7-byte _xHHHH_ escape.
    const qsizetype need = 7 * text.size();
    if (m_used + need > m_buf.size()) {
        m_buf.resize(std::max(m_buf.size() * 2, m_used + need));
    }
    char* out = m_buf.data() + m_used;
    auto put = [&out](const char* literal) {
        const size_t size = std::strlen(literal);
        std::memcpy(out, literal, size);
        out += size;
    };
    qsizetype run = 0; // start of the characters not written yet
    auto writeRun = [&](qsizetype end) {
        if (end > run) {
            out = m_encoder.appendToBuffer(out, text.sliced(run, end - run));
        }
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if ((c >= 0x20 && c < 0xD800 && c != u'&' && c != u'<' && c != u'>' && c != u'_') || c == u'\t' || c == u'\n' ||
            (c >= 0xE000 && c < 0xFFFE)) {
            continue; // the common case: taken over as it is
        }
        if (c == u'_') {
            if (startsEscape(text, i)) {
                writeRun(i);
                put("_x005F"); // the underscore itself stays in the next run
                run = i;
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        writeRun(i);
        run = i + 1;
        if (c == u'&') {
            put("&amp;");
        } else if (c == u'<') {
            put("&lt;");
        } else if (c == u'>') {
            put("&gt;");
        } else {
            // Characters XML cannot hold, and CR, which XML readers would turn into LF.
            static const char hex[] = "0123456789ABCDEF";
            const char escape[] = {'_', 'x', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15],
                                   '_', '\0'};
            put(escape);
        }
    }
    writeRun(n);
    m_used = out - m_buf.constData();
}

Status XlsxTableWriter::flush(bool force)
{
    if (m_used == 0 || (!force && m_used < flushBytes)) {
        return {};
    }
    if (m_sheetBytes + m_used > maxSheetBytes) {
        return fail(Error::Kind::Invalid,
                    tr("%1: the table is too large for an .xlsx file; export to CSV instead").arg(m_path));
    }
    if (m_sheet->write(m_buf.constData(), m_used) != m_used) {
        return zipError(m_sheet->getZipError());
    }
    m_sheetBytes += m_used;
    m_used = 0;
    return {};
}

Status XlsxTableWriter::finish()
{
    if (m_error) {
        return *m_error;
    }
    if (m_finished) {
        return {};
    }
    if (!m_sheetBegun) {
        if (Status status = beginSheet(); !status) {
            return status;
        }
    }
    if (m_used + sheetEnd.size() > m_buf.size()) {
        m_buf.resize(m_used + sheetEnd.size());
    }
    std::memcpy(m_buf.data() + m_used, sheetEnd.constData(), static_cast<size_t>(sheetEnd.size()));
    m_used += sheetEnd.size();
    if (Status status = flush(true); !status) {
        return status;
    }
    m_sheet->close();
    if (m_sheet->getZipError() != ZIP_OK) {
        return zipError(m_sheet->getZipError());
    }
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK) {
        return zipError(m_zip->getZipError());
    }
    if (!m_file.commit()) {
        return fail(Error::Kind::Storage, tr("%1: the file cannot be written: %2").arg(m_path, m_file.errorString()));
    }
    m_finished = true;
    return {};
}
