#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "io/XlsxReader.h"
#include "io/XlsxTableWriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

QStringList cells(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

// Cells that break naive writers and readers.
QList<QStringList> awkwardTable()
{
    return {
        cells({"姓名", "身份证号", "电话", "备注", "空", "支部"}),
        cells({"张三", "110101199003071234", "013800001111", "a,b", "", "第一党支部"}),
        cells({"李四", "11010119900307123X", "007", "say \"hi\"", "", "line1\nline2"}),
        cells({"王五", "000000000000000001", "+86 138", "crlf\r\nend", "", "cr\ronly"}),
        cells({" lead", "trail ", "\tTab", "\"", "\"\"", "　全角空格　"}),
        cells({"=1+1", "1.0", "1E+5", "_x0041_ stays", "x", "𠮷 surrogate pair"}),
        cells({"", "", "", "", "", "last only"}),
    };
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray zipEntry(const QString& path, const QString& name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void roundTrip(const QString& path, const QList<QStringList>& table)
    {
        auto writer = TableWriter::create(path, QStringLiteral("名册"));
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message()));
        for (const QStringList& row : table) {
            QVERIFY((*writer)->writeRow(row));
        }
        QVERIFY((*writer)->finish());

        auto reader = TableReader::open(path);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message()));
        QCOMPARE((*reader)->headers(), table.first());
        TableRow row;
        for (qsizetype i = 1; i < table.size(); ++i) {
            QVERIFY2((*reader)->next(row), qPrintable((*reader)->error() ? (*reader)->error()->message() : QString()));
            QCOMPARE(row.number, static_cast<int>(i + 1));
            QCOMPARE(row.cells, table[i]);
        }
        QVERIFY(!(*reader)->next(row));
        QVERIFY(!(*reader)->error());
    }

    // Temporary files next to a target (hidden, or named after it).
    QStringList leftovers(const QString& target) const
    {
        QStringList found;
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden)) {
            if (name.startsWith(u'.') || (name.startsWith(target) && name != target)) {
                found.append(name);
            }
        }
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvRoundTrip() { roundTrip(m_dir.filePath(QStringLiteral("round.csv")), awkwardTable()); }

    void csvBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("bytes.csv"));
        auto writer = CsvWriter::create(path);
        QVERIFY(writer);
        QVERIFY((*writer)->writeRow(cells({"姓名", "备注"})));
        QVERIFY((*writer)->writeRow(cells({"张三", "a,\"b\""})));
        QVERIFY((*writer)->writeRow(cells({" x", "plain"})));
        QVERIFY((*writer)->writeRow(cells({"a\tb", "", "0012"})));
        QVERIFY((*writer)->finish());
        QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBF姓名,备注\r\n张三,\"a,\"\"b\"\"\"\r\n\" x\",plain\r\n"
                                            "\"a\tb\",,0012\r\n"));
    }

    void csvSingleColumnWithTabs()
    {
        // Unquoted tabs in a one-column header would make the reader guess tab-separated.
        roundTrip(m_dir.filePath(QStringLiteral("tabs.csv")), {cells({"a\tb"}), cells({"1\t2"}), cells({"x"})});
    }

    void xlsxRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.xlsx"));
        roundTrip(path, awkwardTable());
        QCOMPARE(leftovers(QStringLiteral("round.xlsx")), QStringList());
        // Header bold (style 1) and frozen; every cell a string, never a number.
        const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"));
        QVERIFY(sheet.contains("<c r=\"B2\" t=\"inlineStr\"><is><t>110101199003071234</t>"));
        QVERIFY(!sheet.contains("<v>"));
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(zipEntry(path, QStringLiteral("xl/styles.xml")).contains("<b/>"));
        QVERIFY(zipEntry(path, QStringLiteral("xl/workbook.xml")).contains("name=\"名册\""));
    }

    void bigRoundTrip_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void bigRoundTrip()
    {
        // Random cells drawn from awkward pieces, enough rows to cross buffers and flushes.
        QFETCH(QString, extension);
        const QStringList pieces =
            cells({"党", "员", ",", "\"", "\n", "\r\n", " ", "0", "7", "x", "𠮷", "_x0041_", "\t"});
        QRandomGenerator random(42);
        QList<QStringList> table;
        QStringList header;
        for (int c = 0; c < 17; ++c) {
            header.append(QStringLiteral("列%1").arg(c));
        }
        table.append(header);
        for (int r = 0; r < 20000; ++r) {
            QStringList row;
            for (int c = 0; c < 17; ++c) {
                QString cell;
                const int length = static_cast<int>(random.bounded(6));
                for (int i = 0; i < length; ++i) {
                    cell += pieces[static_cast<qsizetype>(random.bounded(static_cast<int>(pieces.size())))];
                }
                row.append(cell);
            }
            row.last() = QString::number(r); // no row is completely empty
            table.append(row);
        }
        roundTrip(m_dir.filePath(QStringLiteral("big.") + extension), table);
    }

    void unfinishedCsvLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("abandoned.csv"));
        {
            auto writer = CsvWriter::create(path);
            QVERIFY(writer);
            QVERIFY((*writer)->writeRow(cells({"a"})));
        }
        QVERIFY(!QFile::exists(path));

        // An existing file survives an abandoned export untouched.
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        {
            auto writer = TableWriter::create(path, {});
            QVERIFY(writer);
            QVERIFY((*writer)->writeRow(cells({"new"})));
        }
        QCOMPARE(readFile(path), QByteArray("old"));
    }

    void unfinishedXlsxLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("abandoned.xlsx"));
        {
            auto writer = XlsxTableWriter::create(path, QStringLiteral("x"));
            QVERIFY(writer);
            QVERIFY((*writer)->writeRow(cells({"a"})));
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(leftovers(QStringLiteral("abandoned.xlsx")), QStringList());
    }

    void xlsxReplacesExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.xlsx"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        roundTrip(path, {cells({"h"}), cells({"v"})});
        QCOMPARE(leftovers(QStringLiteral("replace.xlsx")), QStringList());
    }

    void unwritableFolder()
    {
        for (const QString& name : {QStringLiteral("x.csv"), QStringLiteral("x.xlsx")}) {
            const QString path = m_dir.filePath(QStringLiteral("no/such/folder/") + name);
            auto writer = TableWriter::create(path, QStringLiteral("s"));
            QVERIFY(!writer);
            QCOMPARE(writer.error().kind(), Error::Kind::Storage);
            QVERIFY2(writer.error().message().contains(name), qPrintable(writer.error().message()));
        }
    }

    void xlsxCellTooLong()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
        auto writer = XlsxTableWriter::create(path, QStringLiteral("s"));
        QVERIFY(writer);
        QVERIFY((*writer)->writeRow(cells({"h"})));
        const Status status = (*writer)->writeRow({QString(40000, u'x')});
        QVERIFY(!status);
        QCOMPARE(status.error().kind(), Error::Kind::Invalid);
        QVERIFY2(status.error().message().contains(QLatin1String("row 2")), qPrintable(status.error().message()));
        QVERIFY(!(*writer)->finish());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(leftovers(QStringLiteral("long.xlsx")), QStringList());
    }

    void sheetNames()
    {
        QCOMPARE(XlsxTableWriter::validSheetName(QStringLiteral("a/b:c[1]*?")), QStringLiteral("a_b_c_1___"));
        QCOMPARE(XlsxTableWriter::validSheetName(QStringLiteral("  ")), QStringLiteral("Sheet1"));
        QCOMPARE(XlsxTableWriter::validSheetName(QStringLiteral("'quoted'")), QStringLiteral("quoted"));
        QCOMPARE(XlsxTableWriter::validSheetName(QString(40, u'名')).size(), 31);

        const QString path = m_dir.filePath(QStringLiteral("named.xlsx"));
        auto writer = XlsxTableWriter::create(path, QStringLiteral("2024/党员:名册"));
        QVERIFY(writer);
        QVERIFY((*writer)->writeRow(cells({"h"})));
        QVERIFY((*writer)->finish());
        auto reader = XlsxReader::open(path);
        QVERIFY(reader);
        QCOMPARE((*reader)->sheetName(), QStringLiteral("2024_党员_名册"));
    }

    void factoryPicksByExtension()
    {
        const QString path = m_dir.filePath(QStringLiteral("UPPER.XLSX"));
        auto writer = TableWriter::create(path, QStringLiteral("s"));
        QVERIFY(writer);
        QVERIFY(dynamic_cast<XlsxTableWriter*>(writer->get()));
        QVERIFY((*writer)->writeRow(cells({"h"})));
        QVERIFY((*writer)->finish());
        QVERIFY(readFile(path).startsWith("PK\x03\x04"));

        auto csv = TableWriter::create(m_dir.filePath(QStringLiteral("plain.txt")), {});
        QVERIFY(csv);
        QVERIFY(dynamic_cast<CsvWriter*>(csv->get()));
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
