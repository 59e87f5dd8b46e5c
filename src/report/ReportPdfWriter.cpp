#include "ReportPdfWriter.h"

#include "AnnualReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextDocument>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportPdfWriter", text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// For each CJK radical (U+2E80..U+2FDF) that this font draws with the glyph of an ideograph,
// that ideograph: 人 for ⼈, 民 for ⺠.
QHash<char16_t, char16_t> ideographsOfRadicals(const QString& family)
{
    const QRawFont font = QRawFont::fromFont(QFont(family));
    QHash<quint32, char16_t> ideographOfGlyph;
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c) {
        ideographs.append(QChar(c));
    }
    const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        if (glyphs.at(i) != 0 && !ideographOfGlyph.contains(glyphs.at(i))) {
            ideographOfGlyph.insert(glyphs.at(i), ideographs.at(i).unicode());
        }
    }
    QHash<char16_t, char16_t> ideographOf;
    for (char16_t r = 0x2E80; r <= 0x2FDF; ++r) {
        const QList<quint32> glyph = font.glyphIndexesForString(QString(QChar(r)));
        if (!glyph.isEmpty() && glyph.first() != 0 && ideographOfGlyph.contains(glyph.first())) {
            ideographOf.insert(r, ideographOfGlyph.value(glyph.first()));
        }
    }
    return ideographOf;
}

// Qt's ToUnicode map names each embedded glyph by the lowest code point that maps to it; Noto
// Sans CJK draws a radical and its ideograph with one glyph, so 人 would be copied (and found
// by pdftotext or a search) as the radical ⼈. Every such target becomes the ideograph (one
// BMP character for another: the map keeps its length and the xref its offsets).
void unifyRadicals(QByteArray& pdf, const QHash<char16_t, char16_t>& ideographOf)
{
    qsizetype at = 0;
    while ((at = pdf.indexOf("beginbfrange", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", at);
        if (end < 0) {
            return;
        }
        // Each line: <first> <last> [<target> ...] or <first> <last> <target>; targets follow
        // the first two codes.
        qsizetype line = pdf.indexOf('\n', at) + 1;
        while (line > 0 && line < end) {
            const qsizetype lineEnd = pdf.indexOf('\n', line);
            int code = 0;
            for (qsizetype i = line; i + 5 < lineEnd; ++i) {
                if (pdf.at(i) != '<' || pdf.at(i + 5) != '>' || ++code <= 2) {
                    continue;
                }
                bool ok = false;
                const uint value = QByteArray(pdf.constData() + i + 1, 4).toUInt(&ok, 16);
                if (ok && ideographOf.contains(char16_t(value))) {
                    const QByteArray hex =
                        QByteArray::number(ideographOf.value(char16_t(value)), 16).toUpper().rightJustified(4, '0');
                    pdf.replace(i + 1, 4, hex);
                }
            }
            line = lineEnd < 0 ? -1 : lineEnd + 1;
        }
        at = end;
    }
}

} // namespace

QString ReportPdfWriter::fontFamily()
{
    // Noto Sans CJK (fonts-noto-cjk) has every character of the report; Qt embeds the glyphs
    // used, so the PDF prints the same on a machine without the font.
    const QStringList families = QFontDatabase::families();
    for (const QString& wanted : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                                  QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")}) {
        if (families.contains(wanted)) {
            return wanted;
        }
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QString ReportPdfWriter::html(const AnnualReport& report)
{
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 align=\"center\">") + esc(report.title()) + QStringLiteral("</h2>");
    h += QStringLiteral("<p align=\"center\">") + esc(report.organization()) + QStringLiteral("<br/>") +
         esc(report.period()) + QStringLiteral("</p>");
    const QStringList headings = AnnualReport::columnHeadings();
    for (const AnnualReport::Table& table : report.tables()) {
        // Each table repeats the title, organization and period: a page torn from the report
        // still says what it counts.
        h += QStringLiteral("<p style=\"margin-top:10px\"><b>") + esc(table.caption) +
             QStringLiteral("</b>&nbsp;&nbsp;<small>") + esc(report.title()) + QStringLiteral(" · ") +
             esc(report.organization()) + QStringLiteral(" · ") + esc(report.period()) + QStringLiteral("</small></p>");
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                            "style=\"border-collapse:collapse\"><thead><tr bgcolor=\"#e8e8e8\">");
        for (int c = 0; c < headings.size(); ++c) {
            h += QStringLiteral("<th width=\"%1%\">").arg(c == 0 ? 55 : 15) + esc(headings.at(c)) +
                 QStringLiteral("</th>");
        }
        h += QStringLiteral("</tr></thead>");
        for (const AnnualReport::Row& row : table.rows) {
            const QString indent = QStringLiteral("&nbsp;").repeated(4 * (row.depth - 1));
            h += QStringLiteral("<tr>");
            if (row.heading) {
                h += QStringLiteral("<td colspan=\"4\"><b>") + indent + esc(row.label) + QStringLiteral("</b></td>");
            } else {
                h += QStringLiteral("<td>") + indent + esc(row.label) + QStringLiteral("</td>");
                h += QStringLiteral("<td align=\"right\">") + esc(row.value) + QStringLiteral("</td>");
                h += QStringLiteral("<td align=\"right\">") + esc(row.ratio) + QStringLiteral("</td>");
                h += QStringLiteral("<td align=\"right\">") + esc(row.base) + QStringLiteral("</td>");
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    // The signature block, two lines to a row: unit and preparer, checker and date.
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"margin-top:24px\">");
    const QStringList footer = report.footer();
    for (qsizetype i = 0; i < footer.size(); ++i) {
        const QString& line = footer.at(i);
        // A line without a value ("Prepared by:") gets a blank to sign on.
        const bool blank = line.endsWith(u':') || line.endsWith(u'\uFF1A');
        h += (i % 2 == 0 ? QStringLiteral("<tr>") : QString()) + QStringLiteral("<td width=\"50%\">") + esc(line) +
             (blank ? QStringLiteral("<u>") + QStringLiteral("&nbsp;").repeated(30) + QStringLiteral("</u>")
                    : QString()) +
             QStringLiteral("</td>") + (i % 2 == 1 ? QStringLiteral("</tr>") : QString());
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

std::unique_ptr<QTextDocument> ReportPdfWriter::document(const AnnualReport& report)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(fontFamily());
    font.setPointSizeF(9.0);
    // Without shaping, digits in Latin text keep the glyphs their code points map to, so the
    // PDF's text layer (search, copy, pdftotext) has them; CJK and Latin need no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setHtml(html(report));
    return document;
}

void ReportPdfWriter::print(const AnnualReport& report, QPagedPaintDevice* device)
{
    document(report)->print(device);
}

Status ReportPdfWriter::write(const AnnualReport& report, const QString& path)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(report.title());
        writer.setCreator(QStringLiteral("PartyRoll"));
        print(report, &writer);
    }
    unifyRadicals(pdf, ideographsOfRadicals(fontFamily()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Kind::Storage, tr("%1: the file cannot be created: %2").arg(path, file.errorString()));
    }
    file.write(pdf);
    if (!file.commit()) {
        return Error(Error::Kind::Storage, tr("%1: the file cannot be written: %2").arg(path, file.errorString()));
    }
    return {};
}
