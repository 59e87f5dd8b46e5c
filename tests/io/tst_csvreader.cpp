#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct ReadResult
{
    QStringList headers;
    QList<TableRow> rows;
    std::optional<Error> error; // from open() or from next()
    bool opened = false;
};

ReadResult readAll(const QString& path, const CsvReader::Options& options = {})
{
    ReadResult result;
    auto reader = CsvReader::open(path, options);
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

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void utf8()
    {
        const auto r =
            readAll(write(QStringLiteral("utf8.csv"), "姓名,身份证号,党支部\n张三,110101199003071234,第一党支部\n"));
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"姓名", "身份证号", "党支部"}));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].number, 2);
        QCOMPARE(r.rows[0].cells, cells({"张三", "110101199003071234", "第一党支部"}));
    }

    void utf8WithBom()
    {
        const QString path = write(QStringLiteral("bom.csv"), "\xEF\xBB\xBF姓名 , 电话\r\n李四,013800001111\r\n");
        auto reader = CsvReader::open(path);
        QVERIFY(reader);
        QCOMPARE((*reader)->encodingName(), QStringLiteral("UTF-8"));
        QCOMPARE((*reader)->headers(), cells({"姓名", "电话"})); // BOM gone, header trimmed
        TableRow row;
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.cells, cells({"李四", "013800001111"})); // leading zero kept
    }

    void gb18030Fixture()
    {
        auto reader = CsvReader::open(QStringLiteral(IO_TEST_DATA "/gb18030.csv"));
        QVERIFY(reader);
        QCOMPARE((*reader)->encodingName(), QStringLiteral("GB18030"));
        QCOMPARE((*reader)->headers(), cells({"姓名", "身份证号", "所在支部"}));
        TableRow row;
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.cells, cells({"张三", "110101199003071234", "第一党支部"}));
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.number, 3);
        QCOMPARE(row.cells, cells({"李四", "44030119851231002X", "机关党支部,二组"}));
        QVERIFY(!(*reader)->next(row));
        QVERIFY(!(*reader)->error());
    }

    void gb18030Generated()
    {
        // Four-byte GB18030 sequences too (U+20BB7 𠮷, outside GBK).
        const QString text = QStringLiteral("单位,姓名\n组织部,𠮷田\n");
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        const auto r = readAll(write(QStringLiteral("gb.csv"), bytes));
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"单位", "姓名"}));
        QCOMPARE(r.rows[0].cells, cells({"组织部", "𠮷田"}));
    }

    void gb18030Invalid()
    {
        // Taken as GB18030 from the sample; a byte no GB18030 sequence allows in row 4.
        const auto r =
            readAll(write(QStringLiteral("badgb.csv"), "\xD0\xD5\xC3\xFB\n\xD5\xC5\n\xC0\xEE\n\x80\x80\xFF\nx\n"));
        QVERIFY(r.opened);
        QVERIFY(r.error);
        QCOMPARE(r.rows.size(), 2);
        QVERIFY2(r.error->message().contains(QLatin1String("row 4")), qPrintable(r.error->message()));
        QVERIFY(r.error->message().contains(QLatin1String("GB18030")));
    }

    void utf16WithBom()
    {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(QStringLiteral("姓名\t年龄\r\n王五\t30\r\n"));
        auto reader = CsvReader::open(write(QStringLiteral("utf16.txt"), bytes));
        QVERIFY(reader);
        QCOMPARE((*reader)->encodingName(), QStringLiteral("UTF-16LE"));
        QCOMPARE((*reader)->headers(), cells({"姓名", "年龄"}));
        TableRow row;
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.cells, cells({"王五", "30"}));
    }

    void tabSeparated()
    {
        auto reader = CsvReader::open(write(QStringLiteral("tab.tsv"), "a\tb,c\t\"d\te\"\n1, 2\t x \t3\n"));
        QVERIFY(reader);
        QCOMPARE((*reader)->delimiter(), QChar(u'\t'));
        QCOMPARE((*reader)->headers(), cells({"a", "b,c", "d\te"}));
        TableRow row;
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.cells, cells({"1, 2", "x", "3"}));
    }

    void delimiterCountsOutsideQuotes()
    {
        // Three tabs inside quotes, two commas outside: comma wins.
        auto reader = CsvReader::open(write(QStringLiteral("delim.csv"), "\"a\t\tb\t\",b,c\n\"1\t2\",3,4\n"));
        QVERIFY(reader);
        QCOMPARE((*reader)->delimiter(), QChar(u','));
        QCOMPARE((*reader)->headers(), cells({"a\t\tb", "b", "c"})); // header cells are trimmed
        TableRow row;
        QVERIFY((*reader)->next(row));
        QCOMPARE(row.cells, cells({"1\t2", "3", "4"}));
    }

    void quoting()
    {
        const auto r = readAll(write(QStringLiteral("quotes.csv"), "name,note,id\n"
                                                                   "\"Zhang, San\",\"say \"\"hi\"\"\",\"  007  \"\n"
                                                                   "\"multi\nline\r\ncell\",\"\",\"\"\"\"\n"
                                                                   "  plain  , \"quoted\" ,\"ab\"cd\n"
                                                                   "last,\"x\",y"));
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message() : QString()));
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[0].number, 2);
        QCOMPARE(r.rows[0].cells, cells({"Zhang, San", "say \"hi\"", "  007  "}));
        QCOMPARE(r.rows[1].number, 3); // a multi-line cell is still one row
        QCOMPARE(r.rows[1].cells, cells({"multi\nline\r\ncell", "", "\""}));
        QCOMPARE(r.rows[2].number, 4);
        QCOMPARE(r.rows[2].cells, cells({"plain", "quoted", "abcd"}));
        QCOMPARE(r.rows[3].number, 5);
        QCOMPARE(r.rows[3].cells, cells({"last", "x", "y"}));
    }

    void lastRowWithoutNewline()
    {
        const auto r = readAll(write(QStringLiteral("nonl.csv"), "a,b\r\n1,\"2\""));
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].cells, cells({"1", "2"}));
    }

    void lineEnds()
    {
        const auto r = readAll(write(QStringLiteral("crlf.csv"), "a,b\r\n1,2\r\n3,4\n5,6\r7,8\r\n"));
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[0].cells, cells({"1", "2"}));
        QCOMPARE(r.rows[3].cells, cells({"7", "8"}));
        QCOMPARE(r.rows[3].number, 5);
    }

    void emptyRowsAreSkippedButCounted()
    {
        const auto r = readAll(write(QStringLiteral("empty.csv"), "\n\nh1,h2\n\n1,2\n , \n\"\",\"\"\n3,4\n\n"));
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"h1", "h2"}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].number, 5);
        QCOMPARE(r.rows[1].number, 8);
    }

    void shortAndLongRows()
    {
        const auto r = readAll(write(QStringLiteral("short.csv"), "a,b,c,\n1\n1,2,3,4,5\n1,2,3,,,\n,,x\n"));
        QVERIFY(!r.error);
        QCOMPARE(r.headers, cells({"a", "b", "c"})); // a trailing separator is no column
        QCOMPARE(r.rows[0].cells, cells({"1", "", ""}));
        QCOMPARE(r.rows[1].cells, cells({"1", "2", "3", "4", "5"})); // kept for the caller to report
        QCOMPARE(r.rows[2].cells, cells({"1", "2", "3"}));           // empty cells past the header dropped
        QCOMPARE(r.rows[3].cells, cells({"", "", "x"}));
    }

    void rowReuseDoesNotLeakCells()
    {
        // The reader reuses row buffers; a kept copy must not change, and cells of a longer
        // earlier row must not show up in a shorter later one.
        auto reader = CsvReader::open(write(QStringLiteral("reuse.csv"), "a,b\nlong text,second\nx\n"));
        QVERIFY(reader);
        TableRow row;
        QVERIFY((*reader)->next(row));
        const TableRow kept = row;
        QVERIFY((*reader)->next(row));
        QCOMPARE(kept.cells, cells({"long text", "second"}));
        QCOMPARE(row.cells, cells({"x", ""}));
    }

    void tooManyColumns()
    {
        QByteArray bytes = "a,b\n1,2\n";
        bytes += QByteArray(1000, ',') + "\n"; // 1001 cells
        const auto r = readAll(write(QStringLiteral("wide.csv"), bytes));
        QVERIFY(r.opened);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind(), Error::Kind::Invalid);
        QVERIFY2(r.error->message().contains(QLatin1String("row 3")), qPrintable(r.error->message()));
        QVERIFY(r.error->message().contains(QLatin1String("1000 columns")));
        QVERIFY(r.error->message().contains(QLatin1String("wide.csv")));

        const auto header = readAll(write(QStringLiteral("wideheader.csv"), QByteArray(1000, ',') + "x\n"));
        QVERIFY(!header.opened);
        QVERIFY(header.error->message().contains(QLatin1String("row 1")));

        const auto exact = readAll(write(QStringLiteral("exact.csv"), QByteArray(999, ',') + "x\n"));
        QVERIFY(exact.opened);
        QCOMPARE(exact.headers.size(), 1000);
    }

    void nulByte()
    {
        const auto r = readAll(write(QStringLiteral("nul.csv"), QByteArray("a,b\n1,2\n3,\0x\n", 13)));
        QVERIFY(r.error);
        QCOMPARE(r.rows.size(), 1);
        QVERIFY2(r.error->message().contains(QLatin1String("row 3")), qPrintable(r.error->message()));
        QVERIFY(r.error->message().contains(QLatin1String("NUL")));

        const auto quoted = readAll(write(QStringLiteral("nul2.csv"), QByteArray("a\n\"x\0\"\n", 7)));
        QVERIFY(quoted.error);
        QVERIFY(quoted.error->message().contains(QLatin1String("row 2")));
    }

    void unterminatedQuote()
    {
        const auto r = readAll(write(QStringLiteral("open.csv"), "a,b\n1,2\n3,\"never closed\n4,5\n6,7\n"));
        QVERIFY(r.error);
        QCOMPARE(r.rows.size(), 1);
        QVERIFY2(r.error->message().contains(QLatin1String("row 3: a quoted cell is not closed")),
                 qPrintable(r.error->message()));
    }

    void hugeCell()
    {
        const qsizetype limit = CsvReader::Options().maxCellChars;
        QByteArray ok = "a\n" + QByteArray(limit, 'x') + "\n";
        const auto fits = readAll(write(QStringLiteral("fits.csv"), ok));
        QVERIFY(!fits.error);
        QCOMPARE(fits.rows[0].cells[0].size(), limit);

        const auto unquoted = readAll(write(QStringLiteral("huge.csv"), "a\nb\n" + QByteArray(limit + 1, 'x') + "\n"));
        QVERIFY(unquoted.error);
        QVERIFY2(unquoted.error->message().contains(QLatin1String("row 3: a cell is longer than")),
                 qPrintable(unquoted.error->message()));

        // An unclosed quote in a big file stops at the cell limit instead of reading everything.
        const auto quoted = readAll(write(QStringLiteral("hugeq.csv"), "a\n\"" + QByteArray(3 * limit, 'x')));
        QVERIFY(quoted.error);
        QVERIFY2(quoted.error->message().contains(QLatin1String("row 2")), qPrintable(quoted.error->message()));
    }

    void rowLimit()
    {
        CsvReader::Options options;
        options.maxRowChars = 100;
        options.chunkBytes = 16;
        options.sampleBytes = 16;
        const auto r = readAll(
            write(QStringLiteral("longrow.csv"), "a\n" + QByteArray(60, 'x') + "," + QByteArray(60, 'y') + "\n"),
            options);
        QVERIFY(r.error);
        QVERIFY2(r.error->message().contains(QLatin1String("row 2")), qPrintable(r.error->message()));
    }

    void invalidUtf8AfterSample()
    {
        // The sample is plain ASCII, so the file is taken as UTF-8; GBK bytes in row 40 must give
        // a clear error naming that row, not mojibake.
        QByteArray bytes = "name,unit\n";
        for (int i = 2; i < 40; ++i) {
            bytes += "person" + QByteArray::number(i) + ",unit\n";
        }
        bytes += "\xD5\xC5\xC8\xFD,unit\nlast,row\n";
        CsvReader::Options options;
        options.sampleBytes = 64;
        options.chunkBytes = 64;
        const auto r = readAll(write(QStringLiteral("mixed.csv"), bytes), options);
        QVERIFY(r.opened);
        QVERIFY(r.error);
        QCOMPARE(r.rows.size(), 38);
        QVERIFY2(r.error->message().contains(QLatin1String("row 40")), qPrintable(r.error->message()));
        QVERIFY(r.error->message().contains(QLatin1String("UTF-8")));
    }

    void truncatedCharacterAtEnd()
    {
        const auto r = readAll(write(QStringLiteral("cut.csv"), "a\nx\n\xE4\xB8"));
        QVERIFY(r.error);
        QCOMPARE(r.rows.size(), 1);
        QVERIFY2(r.error->message().contains(QLatin1String("row 3")), qPrintable(r.error->message()));
    }

    void chunkBoundaries()
    {
        // Every split point (CR|LF, quote|quote, inside UTF-8 sequences) parses like one chunk.
        const QByteArray bytes = "姓名,备注,编号\r\n"
                                 "\"张,三\",\"他说\"\"好\"\"\r\n第二行\",0001\r\n"
                                 "\r\n"
                                 "  李四  ,\"\",\"\"\"\"\r"
                                 "王五,𠮷,\"x\"\n"
                                 "end,\"q\"\"\",z";
        const QString path = write(QStringLiteral("chunks.csv"), bytes);
        const auto whole = readAll(path);
        QVERIFY(!whole.error);
        QCOMPARE(whole.rows.size(), 4);
        QCOMPARE(whole.rows[0].cells, cells({"张,三", "他说\"好\"\r\n第二行", "0001"}));
        QCOMPARE(whole.rows[1].number, 4);
        QCOMPARE(whole.rows[1].cells, cells({"李四", "", "\""}));
        QCOMPARE(whole.rows[3].cells, cells({"end", "q\"", "z"}));
        for (qsizetype chunk = 1; chunk <= 9; ++chunk) {
            CsvReader::Options options;
            options.chunkBytes = chunk;
            options.sampleBytes = chunk;
            const auto pieces = readAll(path, options);
            QVERIFY2(!pieces.error, qPrintable(pieces.error ? pieces.error->message() : QString()));
            QCOMPARE(pieces.headers, whole.headers);
            QCOMPARE(pieces.rows.size(), whole.rows.size());
            for (qsizetype i = 0; i < whole.rows.size(); ++i) {
                QCOMPARE(pieces.rows[i].number, whole.rows[i].number);
                QCOMPARE(pieces.rows[i].cells, whole.rows[i].cells);
            }
        }
    }

    void emptyFile()
    {
        for (const QByteArray& bytes : {QByteArray(), QByteArray("\n\r\n \n"), QByteArray("\xEF\xBB\xBF")}) {
            const auto r = readAll(write(QStringLiteral("empty%1.csv").arg(bytes.size()), bytes));
            QVERIFY(!r.opened);
            QVERIFY(r.error->message().contains(QLatin1String("empty")));
        }
    }

    void missingFile()
    {
        const auto r = readAll(m_dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!r.opened);
        QCOMPARE(r.error->kind(), Error::Kind::Storage);
        QVERIFY(r.error->message().contains(QLatin1String("nope.csv")));
    }

    void workbookNamedCsv()
    {
        const auto zip = readAll(write(QStringLiteral("book.csv"), QByteArray("PK\x03\x04rest", 8)));
        QVERIFY(zip.error);
        QVERIFY(zip.error->message().contains(QLatin1String(".xlsx")));
        const auto xls =
            readAll(write(QStringLiteral("old.csv"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)));
        QVERIFY(xls.error);
        QVERIFY(xls.error->message().contains(QLatin1String(".xls")));
    }

    void factoryPicksByExtension()
    {
        const QString csv = write(QStringLiteral("pick.txt"), "a,b\n1,2\n");
        auto reader = TableReader::open(csv);
        QVERIFY(reader);
        QVERIFY(dynamic_cast<CsvReader*>(reader->get()));
        const QString xlsx = write(QStringLiteral("pick.XLSX"), "a,b\n1,2\n");
        auto refused = TableReader::open(xlsx);
        QVERIFY(!refused); // goes to XlsxReader, which sees no zip
        QVERIFY(refused.error().message().contains(QLatin1String("pick.XLSX")));
    }

    void progress()
    {
        QByteArray bytes = "a,b\n";
        for (int i = 0; i < 1000; ++i) {
            bytes += QByteArray::number(i) + ",x\n";
        }
        CsvReader::Options options;
        options.chunkBytes = 512;
        options.sampleBytes = 512;
        auto reader = CsvReader::open(write(QStringLiteral("progress.csv"), bytes), options);
        QVERIFY(reader);
        double last = (*reader)->progress();
        QVERIFY(last >= 0 && last < 0.5);
        TableRow row;
        while ((*reader)->next(row)) {
            const double now = (*reader)->progress();
            QVERIFY(now >= last - 0.01);
            last = now;
        }
        QCOMPARE((*reader)->progress(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
