// Times CsvReader (and CsvWriter) on a generated roster-like CSV: bench_csvreader [rows] [folder]
// Not a test; build it in a release configuration for meaningful numbers.

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/XlsxReader.h"
#include "io/XlsxTableWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int columns = 17;

// About 150 bytes a row: IDs, Chinese names and units, dates, phone numbers, an occasional
// quoted cell with a comma.
QByteArray makeRow(int i)
{
    QByteArray row;
    row.reserve(200);
    row += QByteArray::number(110101199000000000LL + i) + ',';
    row += "张" + QByteArray::number(i % 1000) + ',';
    row += (i % 2 ? "男," : "女,");
    row += "汉族,";
    row += "1990-03-07,";
    row += "2015-07-01,";
    row += "第" + QByteArray::number(i % 50) + "党支部,";
    row += "正式党员,";
    row += "138" + QByteArray::number(10000000 + i % 89999999) + ',';
    row += (i % 10 == 0 ? "\"北京市,海淀区\"," : "北京市海淀区,");
    row += "大学本科,";
    row += "工程师,";
    row += "在职,";
    row += "2024-01-01,";
    row += QByteArray::number(i % 97) + ',';
    row += ","; // an empty cell
    row += "备注" + QByteArray::number(i) + "\r\n";
    return row;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir temp;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    const QString path = folder + QStringLiteral("/bench.csv");

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    QByteArray header;
    for (int c = 0; c < columns; ++c) {
        header += "列" + QByteArray::number(c) + (c + 1 < columns ? "," : "\r\n");
    }
    file.write(header);
    QByteArray block;
    for (int i = 0; i < rows; ++i) {
        block += makeRow(i);
        if (block.size() > 4 * 1024 * 1024) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    file.close();
    std::printf("file: %d rows x %d columns, %.1f MB\n", rows, columns,
                static_cast<double>(QFileInfo(path).size()) / (1024 * 1024));

    // Read twice: the first pass warms the page cache, the second is the one that counts.
    qint64 readMs = 0;
    qint64 count = 0;
    qint64 cellsSeen = 0;
    for (int pass = 0; pass < 2; ++pass) {
        QElapsedTimer timer;
        timer.start();
        auto reader = CsvReader::open(path);
        if (!reader) {
            std::fprintf(stderr, "%s\n", qPrintable(reader.error().message()));
            return 1;
        }
        TableRow row;
        count = 0;
        cellsSeen = 0;
        while ((*reader)->next(row)) {
            ++count;
            cellsSeen += row.cells.size();
        }
        if ((*reader)->error()) {
            std::fprintf(stderr, "%s\n", qPrintable((*reader)->error()->message()));
            return 1;
        }
        readMs = timer.elapsed();
        std::printf("CsvReader pass %d: %lld rows, %lld cells in %lld ms\n", pass + 1, count, cellsSeen, readMs);
    }

    // Keeping every row (as an import preview might) costs an allocation per cell.
    {
        QElapsedTimer timer;
        timer.start();
        auto reader = CsvReader::open(path);
        QList<QStringList> kept;
        kept.reserve(rows);
        TableRow row;
        while ((*reader)->next(row)) {
            kept.append(row.cells);
        }
        std::printf("CsvReader keeping all rows: %lld ms\n", timer.elapsed());
    }

    {
        auto reader = CsvReader::open(path);
        QList<QStringList> table;
        TableRow row;
        table.append((*reader)->headers());
        for (int i = 0; i < 1000 && (*reader)->next(row); ++i) {
            table.append(row.cells);
        }
        QElapsedTimer timer;
        timer.start();
        auto writer = CsvWriter::create(folder + QStringLiteral("/bench-out.csv"));
        (void)(*writer)->writeRow(table[0]);
        for (int i = 0; i < rows; ++i) {
            (void)(*writer)->writeRow(table[1 + i % (table.size() - 1)]);
        }
        if (!(*writer)->finish()) {
            std::fprintf(stderr, "CsvWriter failed\n");
            return 1;
        }
        std::printf("CsvWriter: %d rows in %lld ms\n", rows, timer.elapsed());

        // XLSX for comparison, on a tenth of the rows (the sheet XML of a million rows passes
        // XlsxReader's 200 MB entry limit).
        const int xlsxRows = rows / 10;
        const QString xlsx = folder + QStringLiteral("/bench.xlsx");
        timer.restart();
        auto xlsxWriter = XlsxTableWriter::create(xlsx, QStringLiteral("bench"));
        (void)(*xlsxWriter)->writeRow(table[0]);
        for (int i = 0; i < xlsxRows; ++i) {
            (void)(*xlsxWriter)->writeRow(table[1 + i % (table.size() - 1)]);
        }
        if (!(*xlsxWriter)->finish()) {
            std::fprintf(stderr, "XlsxTableWriter failed\n");
            return 1;
        }
        std::printf("XlsxTableWriter: %d rows in %lld ms, %.1f MB\n", xlsxRows, timer.elapsed(),
                    static_cast<double>(QFileInfo(xlsx).size()) / (1024 * 1024));
        timer.restart();
        auto xlsxReader = XlsxReader::open(xlsx);
        if (!xlsxReader) {
            std::fprintf(stderr, "%s\n", qPrintable(xlsxReader.error().message()));
            return 1;
        }
        qint64 xlsxCount = 0;
        while ((*xlsxReader)->next(row)) {
            ++xlsxCount;
        }
        std::printf("XlsxReader: %lld rows in %lld ms\n", xlsxCount, timer.elapsed());
        QFile::remove(xlsx);
    }
    QFile::remove(folder + QStringLiteral("/bench-out.csv"));
    QFile::remove(path);
    return 0;
}
