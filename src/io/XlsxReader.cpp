#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("XlsxReader", text);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Excel writes characters that XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_' &&
            std::all_of(text.begin() + i + 2, text.begin() + i + 6, isHexDigit)) {
            out.append(QChar(static_cast<char16_t>(QStringView(text).sliced(i + 2, 4).toUShort(nullptr, 16))));
            i += 6;
            continue;
        }
        out.append(text[i]);
    }
    return out;
}

// A device that fails or ends early leaves the reader at a premature end, which it treats as
// "wait for more data", not as the end: atEnd() alone would loop forever on a damaged entry.
bool finished(const QXmlStreamReader& xml)
{
    return xml.atEnd() || xml.hasError();
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30 and the CJK ids).
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom format is a date format when it uses y, m, d or h outside quoted text, [colour]
// or [$-locale] brackets and escaped characters.
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].toLower().unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0) {
                return false;
            }
            i = close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0) {
                return false;
            }
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal, padding or fill
        } else if (c == u'y' || c == u'm' || c == u'd' || c == u'h') {
            return true;
        }
    }
    return false;
}

// "C7" -> 2; -1 when there is no column part.
qsizetype columnOf(QStringView ref)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (const QChar ch : ref) {
        const char16_t c = ch.toUpper().unicode();
        if (c < u'A' || c > u'Z') {
            break;
        }
        column = column * 26 + (c - u'A' + 1);
        if (++letters > 3) {
            return -1; // past XFD
        }
    }
    return letters == 0 ? -1 : column - 1;
}

// Serial day number -> YYYY-MM-DD; empty when it is no date Excel can show.
QString serialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial)) {
        return {};
    }
    const double day = std::floor(serial);
    if (date1904) {
        if (day < 0 || day > 2957003) {
            return {};
        }
        return QDate(1904, 1, 1).addDays(static_cast<qint64>(day)).toString(Qt::ISODate);
    }
    if (day < 1 || day > 2958465) {
        return {};
    }
    // Lotus 1-2-3 counted 1900 as a leap year and Excel kept the phantom 29 February (day 60).
    if (day == 60) {
        return QStringLiteral("1900-02-29");
    }
    const QDate epoch = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(static_cast<qint64>(day)).toString(Qt::ISODate);
}

bool isIntegerLiteral(QStringView text)
{
    qsizetype i = (text.startsWith(u'-') || text.startsWith(u'+')) ? 1 : 0;
    if (i == text.size()) {
        return false;
    }
    for (; i < text.size(); ++i) {
        if (text[i] < u'0' || text[i] > u'9') {
            return false;
        }
    }
    return true;
}

// Integral doubles as Excel shows them: the shortest round-trip digits padded with zeros, so
// 1.10101199003071E+17 reads 110101199003071000 and not the binary value ...1008.
QString integralText(double value)
{
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<size_t>(result.ptr - buf));
    const size_t e = sci.find('e');
    QString out;
    std::string_view mantissa = sci.substr(0, e);
    if (mantissa.front() == '-') {
        out.append(u'-');
        mantissa.remove_prefix(1);
    }
    int exponent = 0;
    std::string_view exp = sci.substr(e + 1);
    if (exp.front() == '+') {
        exp.remove_prefix(1);
    }
    std::from_chars(exp.data(), exp.data() + exp.size(), exponent);
    qsizetype digits = 0;
    for (const char c : mantissa) {
        if (c != '.') {
            out.append(QLatin1Char(c));
            ++digits;
        }
    }
    out.append(QString(std::max<qsizetype>(exponent + 1 - digits, 0), u'0'));
    return out;
}

} // namespace

XlsxReader::XlsxReader(const QString& path, const Options& options)
    : m_path(QDir::toNativeSeparators(path))
    , m_options(options)
    , m_zip(std::make_unique<QuaZip>(path))
{
}

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    if (m_entry && m_entry->isOpen()) {
        m_entry->close();
    }
    m_entry.reset();
    if (m_zip->isOpen()) {
        m_zip->close();
    }
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path, const Options& options)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(path, options));
    if (Status status = reader->start(); !status) {
        return status.error();
    }
    return reader;
}

Error XlsxReader::damaged(const QString& part, const QString& reason) const
{
    return Error(Error::Kind::Invalid,
                 tr("%1: the workbook is damaged: %2 cannot be read (%3)").arg(m_path, part, reason));
}

bool XlsxReader::fail(const QString& message)
{
    m_error = Error(Error::Kind::Invalid, message);
    return false;
}

Status XlsxReader::start()
{
    QFile file(m_zip->getZipName());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Storage, tr("%1: the file cannot be opened: %2").arg(m_path, file.errorString()));
    }
    const QByteArray magic = file.read(8);
    file.close();
    if (!m_zip->open(QuaZip::mdUnzip)) {
        if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
            return Error(Error::Kind::Invalid, tr("%1 is an old Excel .xls workbook or a password-protected one; "
                                                  "save it as an unprotected .xlsx or CSV first")
                                                   .arg(m_path));
        }
        return Error(Error::Kind::Invalid,
                     tr("%1 is not an .xlsx workbook, or it is damaged (an incomplete download?)").arg(m_path));
    }
    m_entry = std::make_unique<QuaZipFile>(m_zip.get());

    QString sheetRelId;
    if (Status status = readWorkbook(sheetRelId); !status) {
        return status;
    }
    QString sharedPart;
    QString stylesPart;
    if (Status status = readRelationships(sheetRelId, m_sheetPart, sharedPart, stylesPart); !status) {
        return status;
    }
    if (m_sheetPart.isEmpty() || !hasEntry(m_sheetPart)) {
        m_sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
        if (!hasEntry(m_sheetPart)) {
            return Error(Error::Kind::Invalid, tr("%1: the workbook has no worksheet").arg(m_path));
        }
    }
    if (hasEntry(sharedPart)) {
        if (Status status = readSharedStrings(sharedPart); !status) {
            return status;
        }
    }
    if (hasEntry(stylesPart)) {
        if (Status status = readStyles(stylesPart); !status) {
            return status;
        }
    }

    if (Status status = openEntry(m_sheetPart); !status) {
        return status;
    }
    m_sheetSize = m_entry->usize();
    m_xml.setDevice(m_entry.get());
    qsizetype lastFilled = 0;
    while (readRow(m_headers, lastFilled)) {
        if (lastFilled > 0) {
            m_headers.resize(lastFilled);
            for (QString& header : m_headers) {
                header.remove(QChar(0xFEFF));
                header = header.trimmed();
            }
            return {};
        }
    }
    if (m_error) {
        return *m_error;
    }
    return Error(Error::Kind::Invalid, tr("%1: the first worksheet is empty; a header row is expected").arg(m_path));
}

bool XlsxReader::hasEntry(const QString& name)
{
    return !name.isEmpty() && m_zip->setCurrentFile(name, QuaZip::csInsensitive);
}

Status XlsxReader::openEntry(const QString& name)
{
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        return damaged(name, tr("missing"));
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        return damaged(name, tr("zip error %1").arg(m_zip->getZipError()));
    }
    // The sizes come from the central directory; minizip never unpacks more than it declares,
    // so checking them before opening is enough to stop a zip bomb.
    const qint64 size = static_cast<qint64>(info.uncompressedSize);
    const qint64 packed = std::max<qint64>(static_cast<qint64>(info.compressedSize), 1);
    if (size > m_options.maxEntryBytes) {
        return Error(Error::Kind::Invalid, tr("%1: the part %2 would unpack to %3 MB, more than the %4 MB allowed; "
                                              "the file is refused")
                                               .arg(m_path, name, QString::number(size / (1024 * 1024)),
                                                    QString::number(m_options.maxEntryBytes / (1024 * 1024))));
    }
    if (size > m_options.ratioCheckBytes && size / packed > m_options.maxRatio) {
        return Error(Error::Kind::Invalid, tr("%1: the part %2 is compressed %3 to 1, which only a zip bomb does; "
                                              "the file is refused")
                                               .arg(m_path, name, QString::number(size / packed)));
    }
    if (!m_entry->open(QIODevice::ReadOnly)) {
        return damaged(name, tr("zip error %1").arg(m_entry->getZipError()));
    }
    return {};
}

Status XlsxReader::closeEntry(const QString& name)
{
    m_entry->close();
    // close() checks the CRC once the whole entry has been read.
    if (m_entry->getZipError() != UNZ_OK) {
        return damaged(name, tr("zip error %1").arg(m_entry->getZipError()));
    }
    return {};
}

Status XlsxReader::readWorkbook(QString& sheetRelId)
{
    const QString part = QStringLiteral("xl/workbook.xml");
    if (!hasEntry(part)) {
        return {}; // the caller falls back to sheet1.xml
    }
    if (Status status = openEntry(part); !status) {
        return status;
    }
    QXmlStreamReader xml(m_entry.get());
    while (!finished(xml)) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView value = attributes.value(QLatin1String("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet" && sheetRelId.isEmpty()) {
            // The first <sheet> is the first tab. Its r:id may carry any namespace prefix.
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty()) {
                    sheetRelId = attribute.value().toString();
                } else if (attribute.name() == u"name") {
                    m_sheetName = attribute.value().toString();
                }
            }
        }
    }
    if (xml.hasError()) {
        return damaged(part, xml.errorString());
    }
    return closeEntry(part);
}

Status XlsxReader::readRelationships(const QString& sheetRelId, QString& sheetPart, QString& sharedPart,
                                     QString& stylesPart)
{
    sharedPart = QStringLiteral("xl/sharedStrings.xml");
    stylesPart = QStringLiteral("xl/styles.xml");
    const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (!hasEntry(part)) {
        return {};
    }
    if (Status status = openEntry(part); !status) {
        return status;
    }
    // Targets are relative to xl/ unless they start with a slash.
    auto resolve = [](QStringView target) {
        if (target.startsWith(u'/')) {
            return QDir::cleanPath(target.sliced(1).toString());
        }
        return QDir::cleanPath(QStringLiteral("xl/") + target);
    };
    QXmlStreamReader xml(m_entry.get());
    while (!finished(xml)) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship") {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External") {
            continue;
        }
        const QStringView type = attributes.value(QLatin1String("Type"));
        const QStringView target = attributes.value(QLatin1String("Target"));
        if (!sheetRelId.isEmpty() && attributes.value(QLatin1String("Id")) == sheetRelId) {
            sheetPart = resolve(target);
        } else if (type.endsWith(u"/sharedStrings")) {
            sharedPart = resolve(target);
        } else if (type.endsWith(u"/styles")) {
            stylesPart = resolve(target);
        }
    }
    if (xml.hasError()) {
        return damaged(part, xml.errorString());
    }
    return closeEntry(part);
}

Status XlsxReader::readSharedStrings(const QString& part)
{
    if (Status status = openEntry(part); !status) {
        return status;
    }
    QXmlStreamReader xml(m_entry.get());
    QString current;
    while (!finished(xml)) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"si") {
                current.clear();
            } else if (name == u"t") {
                current += xml.readElementText();
            } else if (name == u"rPh") {
                xml.skipCurrentElement(); // phonetic guide, not part of the text
            } else if (name == u"sst") {
                // Trust the count only so far: it is a hint, not a reason to allocate gigabytes.
                const qsizetype count = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
                m_shared.reserve(std::clamp<qsizetype>(count, 0, 1 << 20));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
            m_shared.append(decodeEscapes(current));
        }
    }
    if (xml.hasError()) {
        return damaged(part, xml.errorString());
    }
    return closeEntry(part);
}

Status XlsxReader::readStyles(const QString& part)
{
    if (Status status = openEntry(part); !status) {
        return status;
    }
    QXmlStreamReader xml(m_entry.get());
    QHash<int, bool> customDate; // numFmtId -> is a date format
    std::vector<int> formatIds;  // of each cellXfs entry
    bool inCellXfs = false;
    while (!finished(xml)) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.attributes();
                customDate.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                  isDateFormatCode(attributes.value(QLatin1String("formatCode"))));
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                formatIds.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        return damaged(part, xml.errorString());
    }
    m_dateStyles.reserve(formatIds.size());
    for (const int id : formatIds) {
        const auto custom = customDate.constFind(id);
        m_dateStyles.push_back(custom != customDate.cend() ? *custom : isBuiltinDateFormat(id));
    }
    return closeEntry(part);
}

bool XlsxReader::readRow(QStringList& cells, qsizetype& lastFilled)
{
    cells.clear();
    lastFilled = 0;
    if (m_done) {
        return false;
    }
    while (!m_done && !finished(m_xml)) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == u"c") {
                const QXmlStreamAttributes attributes = m_xml.attributes();
                const qsizetype column = columnOf(attributes.value(QLatin1String("r")));
                m_column = column >= 0 ? column : m_nextColumn;
                m_nextColumn = m_column + 1;
                const QStringView type = attributes.value(QLatin1String("t"));
                m_cellType = type.isEmpty() || type == u"n" ? CellType::Number
                             : type == u"s"                 ? CellType::Shared
                             : type == u"inlineStr"         ? CellType::Inline
                             : type == u"b"                 ? CellType::Boolean
                             : type == u"d"                 ? CellType::Date
                             : type == u"e"                 ? CellType::Error
                                                            : CellType::String;
                m_cellStyle = attributes.value(QLatin1String("s")).toInt();
                m_value.clear();
                m_inCell = true;
            } else if (m_inCell && (name == u"v" || name == u"t")) {
                // <t> holds inline text, possibly in several rich-text runs.
                m_value += m_xml.readElementText();
            } else if (name == u"f" || name == u"rPh") {
                m_xml.skipCurrentElement();
            } else if (name == u"row") {
                bool ok = false;
                const int number = m_xml.attributes().value(QLatin1String("r")).toInt(&ok);
                m_rowNumber = ok && number > 0 ? number : m_rowNumber + 1;
                m_nextColumn = 0;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = m_xml.name();
            if (name == u"c") {
                m_inCell = false;
                if (!finishCell(cells, lastFilled)) {
                    return false;
                }
            } else if (name == u"row") {
                return true;
            } else if (name == u"sheetData") {
                m_done = true;
            }
        }
    }
    m_done = true;
    if (m_xml.hasError()) {
        // Includes a truncated or corrupt entry: the device stops early and the XML is cut off.
        if (m_rowNumber == 0) {
            return fail(tr("%1: the workbook is damaged: %2").arg(m_path, m_xml.errorString()));
        }
        return fail(tr("%1: row %2: the workbook is damaged: %3")
                        .arg(m_path, QString::number(m_rowNumber), m_xml.errorString()));
    }
    m_xml.setDevice(nullptr);
    if (Status status = closeEntry(m_sheetPart); !status) {
        m_error = status.error();
    }
    return false;
}

bool XlsxReader::finishCell(QStringList& cells, qsizetype& lastFilled)
{
    QString text;
    switch (m_cellType) {
    case CellType::Shared: {
        bool ok = false;
        const qsizetype index = QStringView(m_value).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_shared.size()) {
            return fail(tr("%1: row %2: the workbook is damaged: shared text %3 does not exist")
                            .arg(m_path, QString::number(m_rowNumber), m_value));
        }
        text = m_shared.at(index);
        break;
    }
    case CellType::Inline:
    case CellType::String:
    case CellType::Error:
        text = decodeEscapes(m_value);
        break;
    case CellType::Boolean: {
        const QStringView value = QStringView(m_value).trimmed();
        text = value == u"1" || value == u"true" ? QStringLiteral("1") : QStringLiteral("0");
        break;
    }
    case CellType::Date: {
        // ISO 8601 in the cell itself; keep the date part of a midnight timestamp.
        const QStringView value = QStringView(m_value).trimmed();
        text = value.size() > 10 && value[10] == u'T' && value.sliced(11).startsWith(u"00:00:00")
                   ? value.first(10).toString()
                   : value.toString();
        break;
    }
    case CellType::Number: {
        const QStringView value = QStringView(m_value).trimmed();
        if (value.isEmpty()) {
            break;
        }
        if (m_cellStyle >= 0 && static_cast<size_t>(m_cellStyle) < m_dateStyles.size() &&
            m_dateStyles[static_cast<size_t>(m_cellStyle)]) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            text = ok ? serialToDate(serial, m_date1904) : QString();
        }
        if (text.isEmpty()) {
            text = numberText(value);
        }
        break;
    }
    }
    if (text.isEmpty()) {
        return true;
    }
    // _x0000_ decodes to a NUL, which no text field can hold (and CSV refuses as well).
    if (text.contains(QChar(0))) {
        return fail(tr("%1: row %2: a cell contains a NUL character; it is not text")
                        .arg(m_path, QString::number(m_rowNumber)));
    }
    if (text.size() > m_options.maxCellChars) {
        return fail(tr("%1: row %2: a cell is longer than %3 characters")
                        .arg(m_path, QString::number(m_rowNumber), QString::number(m_options.maxCellChars)));
    }
    if (m_column >= m_options.maxColumns) {
        return fail(tr("%1: row %2: the row has more than %3 columns")
                        .arg(m_path, QString::number(m_rowNumber), QString::number(m_options.maxColumns)));
    }
    while (cells.size() <= m_column) {
        cells.emplace_back();
    }
    cells[m_column] = std::move(text);
    lastFilled = std::max(lastFilled, m_column + 1);
    return true;
}

QString XlsxReader::numberText(QStringView value) const
{
    // An integer literal is printed as written: an 18-digit number keeps every digit.
    if (isIntegerLiteral(value)) {
        return value.startsWith(u'+') ? value.sliced(1).toString() : value.toString();
    }
    const QByteArray latin = value.toLatin1();
    const char* begin = latin.constData();
    const char* const end = begin + latin.size();
    if (*begin == '+') {
        ++begin;
    }
    double number = 0;
    const auto result = std::from_chars(begin, end, number);
    if (result.ec != std::errc() || result.ptr != end || !std::isfinite(number)) {
        return value.toString(); // not a number after all: show what the file says
    }
    if (number == 0) {
        return QStringLiteral("0");
    }
    if (number == std::trunc(number) && std::fabs(number) < 1e21) {
        return integralText(number);
    }
    // Shortest text that reads back as the same double, in plain notation where sensible.
    char buf[512];
    const double magnitude = std::fabs(number);
    const auto format = magnitude >= 1e-9 && magnitude < 1e21 ? std::chars_format::fixed : std::chars_format::general;
    const auto written = std::to_chars(buf, buf + sizeof(buf), number, format);
    return QString::fromLatin1(buf, written.ptr - buf);
}

bool XlsxReader::next(TableRow& row)
{
    if (m_error || m_done) {
        return false;
    }
    qsizetype lastFilled = 0;
    while (readRow(row.cells, lastFilled)) {
        if (lastFilled > 0) {
            row.cells.resize(std::max(lastFilled, m_headers.size()));
            row.number = m_rowNumber;
            return true;
        }
    }
    return false;
}

double XlsxReader::progress() const
{
    if (m_done || m_sheetSize <= 0) {
        return 1.0;
    }
    return std::clamp(static_cast<double>(m_entry->pos()) / static_cast<double>(m_sheetSize), 0.0, 1.0);
}
