#include "XlsxTableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("XlsxTableWriter", text);
}

constexpr unsigned sampledRows = 200;  // rows looked at for column widths
constexpr double minWidth = 8;
constexpr double maxWidth = 50;

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Excel decodes _xHHHH_ in cell text; libxlsxwriter escapes control characters that way but
// leaves such text as it is, so a literal "_x0041_" would come back as "A". Escaping its
// underscore (_x005F_) keeps it literal. NUL would end the C string: it is escaped too.
QString escapeForExcel(const QString& cell)
{
    if (!cell.contains(QLatin1String("_x")) && !cell.contains(QChar(0))) {
        return cell;
    }
    QString out;
    out.reserve(cell.size() + 16);
    const qsizetype n = cell.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = cell[i];
        if (c == QChar(0)) {
            out.append(QLatin1String("_x0000_"));
            continue;
        }
        if (c == u'_' && i + 6 < n && cell[i + 1] == u'x' && cell[i + 6] == u'_'
            && std::all_of(cell.begin() + i + 2, cell.begin() + i + 6, isHexDigit)) {
            out.append(QLatin1String("_x005F"));
        }
        out.append(c);
    }
    return out;
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
        line += c.unicode() >= 0x2E80 && !c.isLowSurrogate() ? 2 : 1;
        width = std::max(width, line);
    }
    return width;
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString& path, const QString& tempPath)
    : m_path(path)
    , m_tempPath(tempPath)
    , m_shownPath(QDir::toNativeSeparators(path))
{
}

XlsxTableWriter::~XlsxTableWriter()
{
    discard();
}

void XlsxTableWriter::discard()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook);  // frees without writing anything
        m_workbook = nullptr;
        m_sheet = nullptr;
    }
    if (!m_finished && !m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
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
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    // A name of our own next to the target: the final rename then stays on one file system.
    // Created here (O_EXCL, normal permissions) so an unwritable folder fails now, not at the end.
    QString tempPath;
    QFile probe;
    for (int attempt = 0; attempt < 16; ++attempt) {
        tempPath = target.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp").arg(
            target.fileName(), QString::number(QRandomGenerator::global()->generate(), 36)));
        probe.setFileName(tempPath);
        if (probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            break;
        }
        if (!probe.exists()) {
            return Error(Error::Kind::Storage,
                         tr("%1: the file cannot be created: %2").arg(shown, probe.errorString()));
        }
    }
    if (!probe.isOpen()) {
        return Error(Error::Kind::Storage, tr("%1: the file cannot be created").arg(shown));
    }
    probe.close();

    std::unique_ptr<XlsxTableWriter> writer(new XlsxTableWriter(path, tempPath));
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;  // each row goes to disk once the next one starts
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    writer->m_workbook = workbook_new_opt(QFile::encodeName(tempPath).constData(), &options);
    if (!writer->m_workbook) {
        return Error(Error::Kind::Storage, tr("%1: the workbook cannot be started").arg(shown));
    }
    writer->m_sheet = workbook_add_worksheet(writer->m_workbook, validSheetName(sheetName).toUtf8().constData());
    writer->m_headerFormat = workbook_add_format(writer->m_workbook);
    if (!writer->m_sheet || !writer->m_headerFormat) {
        return Error(Error::Kind::Storage, tr("%1: the workbook cannot be started").arg(shown));
    }
    format_set_bold(writer->m_headerFormat);
    worksheet_freeze_panes(writer->m_sheet, 1, 0);
    return writer;
}

Status XlsxTableWriter::fail(Error::Kind kind, const QString& message)
{
    m_error = Error(kind, message);
    discard();
    return *m_error;
}

Status XlsxTableWriter::writeRow(const QStringList& cells)
{
    if (m_error) {
        return *m_error;
    }
    if (m_finished || !m_workbook) {
        return Error(Error::Kind::Invalid, tr("%1: the file is already closed").arg(m_shownPath));
    }
    if (m_row >= LXW_ROW_MAX) {
        return fail(Error::Kind::Invalid, tr("%1: an .xlsx sheet holds at most %2 rows; export to CSV instead")
                                              .arg(m_shownPath, QString::number(LXW_ROW_MAX)));
    }
    const bool header = m_row == 0;
    if (m_row <= sampledRows && m_widths.size() < static_cast<size_t>(cells.size())) {
        m_widths.resize(static_cast<size_t>(cells.size()), 0);
    }
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString& cell = cells[column];
        if (cell.isEmpty()) {
            continue;
        }
        if (m_row <= sampledRows) {
            // The header is bold, a little wider than its text.
            const double width = displayWidth(cell) + (header ? 3 : 2);
            double& current = m_widths[static_cast<size_t>(column)];
            current = std::max(current, width);
        }
        const QByteArray text = escapeForExcel(cell).toUtf8();
        const lxw_error error = worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(column),
                                                       text.constData(), header ? m_headerFormat : nullptr);
        if (error != LXW_NO_ERROR) {
            const bool badData = error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                || error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
            return fail(badData ? Error::Kind::Invalid : Error::Kind::Storage,
                        tr("%1: row %2, column %3: %4")
                            .arg(m_shownPath, QString::number(m_row + 1), QString::number(column + 1),
                                 lxwMessage(error)));
        }
    }
    ++m_row;
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
    for (size_t column = 0; column < m_widths.size(); ++column) {
        const double width = std::clamp(m_widths[column], minWidth, maxWidth);
        worksheet_set_column(m_sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), width,
                             nullptr);
    }
    const lxw_error error = workbook_close(m_workbook);  // frees the workbook in any case
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (error != LXW_NO_ERROR) {
        return fail(Error::Kind::Storage,
                    tr("%1: the workbook cannot be written: %2").arg(m_shownPath, lxwMessage(error)));
    }
    // std::filesystem::rename replaces an existing target, on Windows too (MoveFileEx).
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(m_tempPath.toStdU16String()),
                            std::filesystem::path(m_path.toStdU16String()), code);
    if (code) {
        return fail(Error::Kind::Storage, tr("%1: the file cannot be written: %2")
                                              .arg(m_shownPath, QString::fromLocal8Bit(code.message())));
    }
    m_finished = true;
    return {};
}
