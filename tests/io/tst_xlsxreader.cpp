#include "io/TableReader.h"
#include "io/XlsxReader.h"
#include "io/XlsxTableWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <functional>

namespace {

using Parts = QList<std::pair<QString, QByteArray>>;

struct ReadResult
{
    QStringList headers;
    QList<TableRow> rows;
    std::optional<Error> error;
    bool opened = false;
};

ReadResult readAll(const QString& path, const XlsxReader::Options& options = {})
{
    ReadResult result;
    auto reader = XlsxReader::open(path, options);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    result.opened = true;
    result.headers = (*reader)->headers();
    TableRow row;
    while ((*reader)->next(row)) {
        result.rows.append(row);
    }
    result.error = (*reader)->error();
    return result;
}

QStringList cells(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

// Writes a zip; an entry's content may also come from a producer that writes it in pieces.
bool writeZip(const QString& path, const Parts& parts, const std::function<bool(QIODevice&)>& bigEntry = {},
              const QString& bigName = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const auto& [name, content] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(content) != content.size()) {
            return false;
        }
        file.close();
    }
    if (bigEntry) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(bigName)) || !bigEntry(file)) {
            return false;
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

const QByteArray xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray mainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
const QByteArray relNs = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QByteArray sheetXml(const QByteArray& rows)
{
    return xmlHead + "<worksheet " + mainNs + " " + relNs + "><sheetData>" + rows + "</sheetData></worksheet>";
}

// A minimal workbook as Excel lays it out; styles lists cellXfs numFmtIds, numFmts custom codes.
Parts workbookParts(const QByteArray& sheetRows, const QByteArray& sharedStrings = {}, const QByteArray& cellXfs = {},
                    const QByteArray& numFmts = {}, bool date1904 = false)
{
    Parts parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  xmlHead + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  xmlHead + "<workbook " + mainNs + " " + relNs + "><workbookPr" + (date1904 ? " date1904=\"1\"" : "") +
                      "/><sheets><sheet name=\"名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  xmlHead +
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                      "Target=\"worksheets/sheet1.xml\"/>"
                      "<Relationship Id=\"rId2\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                      "Target=\"sharedStrings.xml\"/>"
                      "<Relationship Id=\"rId3\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                      "Target=\"styles.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(sheetRows)});
    if (!sharedStrings.isEmpty()) {
        parts.append(
            {QStringLiteral("xl/sharedStrings.xml"), xmlHead + "<sst " + mainNs + ">" + sharedStrings + "</sst>"});
    }
    if (!cellXfs.isEmpty()) {
        parts.append({QStringLiteral("xl/styles.xml"), xmlHead + "<styleSheet " + mainNs + "><numFmts>" + numFmts +
                                                           "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/>"
                                                           "</cellStyleXfs><cellXfs>" +
                                                           cellXfs + "</cellXfs></styleSheet>"});
    }
    return parts;
}

// Column letters of a zero-based index: 0 -> A, 26 -> AA.
QByteArray columnName(int index)
{
    QByteArray name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(static_cast<char>('A' + (n - 1) % 26));
    }
    return name;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString build(const QString& name, const Parts& parts)
    {
        const QString path = m_dir.filePath(name);
        if (!writeZip(path, parts)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void libxlsxwriterWorkbook()
    {
        // Made by libxlsxwriter in its default mode: shared strings, numbers, a yyyy-mm-dd
        // date, booleans, an empty row 3, an 18-digit number stored as a double.
        auto reader = XlsxReader::open(QStringLiteral(IO_TEST_DATA "/libxlsxwriter.xlsx"));
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message()));
        QCOMPARE((*reader)->sheetName(), QStringLiteral("党员"));
        QCOMPARE((*reader)->headers(), cells({"姓名", "入党日期", "党费", "在册", "身份证号"}));
        TableRow row;
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.number, 2);
        QCOMPARE(row.cells, cells({"张三", "2023-07-01", "12.5", "1", "110101199003071234"}));
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.number, 4);
        // Stored as 1.101011990030712E+17: the digits a double keeps, as Excel shows them.
        QCOMPARE(row.cells, cells({"李四", "", "42", "0", "110101199003071200"}));
        QVERIFY(!(*reader)->next(row));
        QVERIFY(!(*reader)->error());
        QCOMPARE((*reader)->progress(), 1.0);
    }

    void sharedStringsWithRichText()
    {
        const QString path = build(
            QStringLiteral("shared.xlsx"),
            workbookParts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                          "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>",
                          "<si><t>姓名</t></si>"
                          "<si><r><rPr><b/></rPr><t>身份</t></r><r><t xml:space=\"preserve\">证号 </t></r></si>"
                          "<si><t>山田</t><rPh sb=\"0\" eb=\"2\"><t>やまだ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                          "<si><t>a_x000D_&#10;b &amp; _x005F_x0041_</t></si>"));
        const auto r = readAll(path);
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"姓名", "身份证号"})); // header trimmed
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].cells, cells({"山田", "a\r\nb & _x0041_"}));
    }

    void inlineStrings()
    {
        const auto r = readAll(build(
            QStringLiteral("inline.xlsx"),
            workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c>"
                          "<c r=\"B1\" t=\"inlineStr\"><is><r><t>备</t></r><r><t>注</t></r></is></c></row>"
                          "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>0012</t></is></c>"
                          "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  two spaces </t></is></c></row>"
                          "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>A2&amp;\"x\"</f><v>0012x</v></c>"
                          "<c r=\"B3\" t=\"e\"><v>#N/A</v></c></row>")));
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"编号", "备注"}));
        QCOMPARE(r.rows[0].cells, cells({"0012", "  two spaces "}));
        QCOMPARE(r.rows[1].cells, cells({"0012x", "#N/A"}));
    }

    void numbers()
    {
        const auto r =
            readAll(build(QStringLiteral("numbers.xlsx"),
                          workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>"
                                        "<row r=\"2\"><c r=\"A2\"><v>110101199003071234</v></c></row>"
                                        "<row r=\"3\"><c r=\"A3\"><v>1.10101199003071E+17</v></c></row>"
                                        "<row r=\"4\"><c r=\"A4\" t=\"n\"><v>42</v></c></row>"
                                        "<row r=\"5\"><c r=\"A5\"><v>1.0</v></c></row>"
                                        "<row r=\"6\"><c r=\"A6\"><v>0.1</v></c></row>"
                                        "<row r=\"7\"><c r=\"A7\"><v>0.30000000000000004</v></c></row>"
                                        "<row r=\"8\"><c r=\"A8\"><v>-1.5E-3</v></c></row>"
                                        "<row r=\"9\"><c r=\"A9\"><v>1E+21</v></c></row>"
                                        "<row r=\"10\"><c r=\"A10\"><v>-2500.25</v></c></row>"
                                        "<row r=\"11\"><c r=\"A11\"><v>007</v></c></row>"
                                        "<row r=\"12\"><c r=\"A12\"><v>1.5E+3</v></c></row>")));
        QVERIFY(!r.error);
        QStringList values;
        for (const TableRow& row : r.rows) {
            values.append(row.cells.value(0));
        }
        QCOMPARE(values, cells({"110101199003071234", "110101199003071000", "42", "1", "0.1", "0.30000000000000004",
                                "-0.0015", "1e+21", "-2500.25", "007", "1500"}));
    }

    void dates()
    {
        // Styles: 0 general, 1 built-in 14, 2 built-in 22 (date time), 3 Chinese custom,
        // 4 custom with d only inside quotes/brackets (a number), 5 built-in 31 (CJK), 6 custom h:mm.
        const QByteArray xfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/><xf numFmtId=\"176\"/>"
                               "<xf numFmtId=\"177\"/><xf numFmtId=\"31\"/><xf numFmtId=\"178\"/>";
        const QByteArray fmts =
            "<numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
            "<numFmt numFmtId=\"177\" formatCode=\"[Red]0.00&quot; days&quot;\"/>"
            "<numFmt numFmtId=\"178\" formatCode=\"[$-804]h:mm\"/>";
        const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                                "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45000</v></c></row>"
                                "<row r=\"3\"><c r=\"A3\" s=\"2\"><v>45000.75</v></c></row>"
                                "<row r=\"4\"><c r=\"A4\" s=\"3\"><v>45000</v></c></row>"
                                "<row r=\"5\"><c r=\"A5\" s=\"4\"><v>45000</v></c></row>"
                                "<row r=\"6\"><c r=\"A6\" s=\"5\"><v>1</v></c></row>"
                                "<row r=\"7\"><c r=\"A7\" s=\"1\"><v>59</v></c></row>"
                                "<row r=\"8\"><c r=\"A8\" s=\"1\"><v>60</v></c></row>"
                                "<row r=\"9\"><c r=\"A9\" s=\"1\"><v>61</v></c></row>"
                                "<row r=\"10\"><c r=\"A10\" s=\"0\"><v>45000</v></c></row>"
                                "<row r=\"11\"><c r=\"A11\" s=\"6\"><v>36526.5</v></c></row>"
                                "<row r=\"12\"><c r=\"A12\" s=\"1\"><v>-5</v></c></row>"
                                "<row r=\"13\"><c r=\"A13\" t=\"d\"><v>2021-05-04T00:00:00</v></c></row>";
        const auto r = readAll(build(QStringLiteral("dates.xlsx"), workbookParts(rows, {}, xfs, fmts)));
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message() : QString()));
        QStringList values;
        for (const TableRow& row : r.rows) {
            values.append(row.cells.value(0));
        }
        QCOMPARE(values, cells({"2023-03-15", "2023-03-15", "2023-03-15", "45000", "1900-01-01", "1900-02-28",
                                "1900-02-29", "1900-03-01", "45000", "2000-01-01", "-5", "2021-05-04"}));
    }

    void dates1904()
    {
        const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                                "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>"
                                "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>43538</v></c></row>";
        const auto r = readAll(build(QStringLiteral("d1904.xlsx"),
                                     workbookParts(rows, {}, "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>", {}, true)));
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].cells, cells({"1904-01-01"}));
        QCOMPARE(r.rows[1].cells, cells({"2023-03-15"}));
    }

    void sparseCells()
    {
        const QByteArray rows = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c>"
                                "<c r=\"C2\" t=\"inlineStr\"><is><t>c</t></is></c>"
                                "<c r=\"D2\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                                "<row r=\"3\"><c r=\"A3\" s=\"0\"/><c r=\"B3\"><v></v></c></row>"
                                "<row r=\"5\"><c r=\"D5\"><v>4</v></c><c r=\"B5\"><v>2</v></c></row>"
                                "<row><c><v>1</v></c><c><v>2</v></c><c r=\"F6\"><v>6</v></c><c><v>7</v></c></row>"
                                "<row r=\"9\"><c r=\"a9\"><v>9</v></c></row>";
        const auto r = readAll(build(QStringLiteral("sparse.xlsx"), workbookParts(rows)));
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"a", "", "c", "d"}));
        QCOMPARE(r.rows.size(), 3); // row 3 holds no value
        QCOMPARE(r.rows[0].number, 5);
        QCOMPARE(r.rows[0].cells, cells({"", "2", "", "4"}));
        QCOMPARE(r.rows[1].number, 6); // no r: the row after the previous one
        QCOMPARE(r.rows[1].cells, cells({"1", "2", "", "", "", "6", "7"}));
        QCOMPARE(r.rows[2].number, 9);
        QCOMPARE(r.rows[2].cells, cells({"9", "", "", ""}));
    }

    void firstSheetFromRelationships()
    {
        Parts parts = workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong</t></is></c></row>");
        parts[1].second = xmlHead + "<workbook " + mainNs +
                          " xmlns:x=\"http://schemas.openxmlformats.org/"
                          "officeDocument/2006/relationships\"><sheets>"
                          "<sheet name=\"First\" sheetId=\"7\" x:id=\"rId9\"/>"
                          "<sheet name=\"Second\" sheetId=\"1\" x:id=\"rId1\"/>"
                          "</sheets></workbook>";
        parts[2].second =
            xmlHead +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"/xl/worksheets/data.xml\"/></Relationships>";
        parts.append({QStringLiteral("xl/worksheets/data.xml"),
                      sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>right</t></is></c></row>")});
        auto reader = XlsxReader::open(build(QStringLiteral("order.xlsx"), parts));
        QVERIFY(reader);
        QCOMPARE((*reader)->sheetName(), QStringLiteral("First"));
        QCOMPARE((*reader)->headers(), cells({"right"}));
    }

    void fallbackToSheet1()
    {
        const Parts parts{{QStringLiteral("xl/worksheets/sheet1.xml"),
                           sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>only</t></is></c></row>"
                                    "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")}};
        const auto r = readAll(build(QStringLiteral("bare.xlsx"), parts));
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"only"}));
        QCOMPARE(r.rows.size(), 1);
    }

    void emptySheet()
    {
        const auto r = readAll(build(QStringLiteral("emptysheet.xlsx"), workbookParts("<row r=\"1\"/>")));
        QVERIFY(!r.opened);
        QVERIFY(r.error->message().contains(QLatin1String("empty")));
        const auto none = readAll(build(QStringLiteral("nosheet.xlsx"), {{QStringLiteral("a.txt"), "x"}}));
        QVERIFY(!none.opened);
        QVERIFY(none.error->message().contains(QLatin1String("no worksheet")));
    }

    void truncatedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("whole.xlsx"));
        {
            auto writer = XlsxTableWriter::create(path, QStringLiteral("s"));
            QVERIFY(writer);
            for (int row = 0; row < 2000; ++row) {
                QVERIFY((*writer)->writeRow({QString::number(row * 7919)}));
            }
            QVERIFY((*writer)->finish());
        }
        QCOMPARE(readAll(path).rows.size(), 1999);
        QFile whole(path);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        for (const qsizetype size : {bytes.size() / 2, bytes.size() - 30, qsizetype(10)}) {
            const QString cut = m_dir.filePath(QStringLiteral("cut%1.xlsx").arg(size));
            QFile file(cut);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes.left(size));
            file.close();
            const auto r = readAll(cut);
            QVERIFY(r.error);
            QCOMPARE(r.error->kind(), Error::Kind::Invalid);
            QVERIFY2(r.error->message().contains(QStringLiteral("cut%1.xlsx").arg(size)),
                     qPrintable(r.error->message()));
        }
        // Damage inside the sheet's compressed data: inflating fails part way. This once made
        // the reader wait forever for more data.
        QByteArray damaged = bytes;
        const qsizetype header = damaged.indexOf("xl/worksheets/sheet1.xml") - 30;
        QVERIFY(header > 0);
        const auto field = [&damaged](qsizetype at) {
            return static_cast<uchar>(damaged[at]) | (static_cast<uchar>(damaged[at + 1]) << 8);
        };
        const qsizetype data = header + 30 + field(header + 26) + field(header + 28);
        for (qsizetype i = data + 200; i < data + 400; ++i) {
            damaged[i] = static_cast<char>(~damaged[i]);
        }
        const QString bad = m_dir.filePath(QStringLiteral("damaged.xlsx"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
        file.close();
        const auto r = readAll(bad);
        QVERIFY(r.error);
        QVERIFY2(r.error->message().contains(QLatin1String("damaged")), qPrintable(r.error->message()));
    }

    void notAZip()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,id\nx,1\n");
        file.close();
        const auto r = readAll(path);
        QVERIFY(!r.opened);
        QVERIFY2(r.error->message().contains(QLatin1String("is not an .xlsx workbook")),
                 qPrintable(r.error->message()));

        const auto missing = readAll(m_dir.filePath(QStringLiteral("missing.xlsx")));
        QVERIFY(!missing.opened);
        QCOMPARE(missing.error->kind(), Error::Kind::Storage);
    }

    void zipBomb()
    {
        // 300 MB of zeros packs into about 300 KB; written in 1 MB pieces to keep memory low.
        const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        Parts parts = workbookParts({});
        parts.removeIf([](const auto& part) { return part.first == QLatin1String("xl/worksheets/sheet1.xml"); });
        const QByteArray zeros(1024 * 1024, '\0');
        const bool written = writeZip(
            path, parts,
            [&zeros](QIODevice& device) {
                for (int i = 0; i < 300; ++i) {
                    if (device.write(zeros) != zeros.size()) {
                        return false;
                    }
                }
                return true;
            },
            QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(written);
        QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
        const auto r = readAll(path);
        QVERIFY(!r.opened);
        QVERIFY2(r.error->message().contains(QLatin1String("refused")), qPrintable(r.error->message()));
        QVERIFY(r.error->message().contains(QLatin1String("300 MB")));
    }

    void compressionRatio()
    {
        // Under the size limit but packed far too well: refused by the ratio check.
        Parts parts = workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      xmlHead + "<sst " + mainNs + ">" + QByteArray(2 * 1024 * 1024, ' ') + "</sst>"});
        const QString path = build(QStringLiteral("ratio.xlsx"), parts);
        XlsxReader::Options options;
        options.ratioCheckBytes = 1024 * 1024;
        options.maxRatio = 100;
        const auto r = readAll(path, options);
        QVERIFY(!r.opened);
        QVERIFY2(r.error->message().contains(QLatin1String("sharedStrings.xml")), qPrintable(r.error->message()));
        QVERIFY(r.error->message().contains(QLatin1String("zip bomb")));

        const auto normal = readAll(path);
        QVERIFY2(normal.opened, qPrintable(normal.error ? normal.error->message() : QString()));
    }

    void tooManyColumns()
    {
        const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                                "<row r=\"2\"><c r=\"" +
                                columnName(999) + "2\"><v>1</v></c></row><row r=\"3\"><c r=\"" + columnName(1000) +
                                "3\"><v>1</v></c></row>";
        const auto r = readAll(build(QStringLiteral("wide.xlsx"), workbookParts(rows)));
        QVERIFY(r.opened);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].cells.size(), 1000);
        QVERIFY(r.error);
        QVERIFY2(r.error->message().contains(QLatin1String("row 3")), qPrintable(r.error->message()));
    }

    void badSharedStringIndex()
    {
        const auto r = readAll(
            build(QStringLiteral("badindex.xlsx"), workbookParts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                                                 "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c></row>",
                                                                 "<si><t>h</t></si>")));
        QVERIFY(r.opened);
        QVERIFY(r.error);
        QVERIFY2(r.error->message().contains(QLatin1String("row 2")), qPrintable(r.error->message()));
    }

    void brokenXml()
    {
        const auto r =
            readAll(build(QStringLiteral("broken.xlsx"), workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                                                       "<row r=\"2\"><c r=\"A2\"><v>2</v></row>")));
        QVERIFY(r.opened);
        QVERIFY(r.error);
        QVERIFY2(r.error->message().contains(QLatin1String("damaged")), qPrintable(r.error->message()));
    }

    void factoryPicksByExtension()
    {
        const QString path =
            build(QStringLiteral("UPPER.XLSX"),
                  workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        auto reader = TableReader::open(path);
        QVERIFY(reader);
        QVERIFY(dynamic_cast<XlsxReader*>(reader->get()));
        QCOMPARE((*reader)->headers(), cells({"x"}));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
