// libFuzzer target: CsvReader over arbitrary bytes (encodings, quotes, NULs, limits).
// The first byte chooses the chunk and sample sizes. Each input is read twice, in small
// chunks and in one chunk: both readings must give the same header, rows, row numbers and
// error, since where the file's chunks happen to end must never change what it says. A third
// reading with tiny limits only has to end cleanly.
#include "FuzzSupport.h"
#include "io/CsvReader.h"

#include <QStringList>

namespace {

struct Reading
{
    bool opened = false;
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QList<int> numbers;
    QList<QStringList> rows;
    QString error;
};

Reading read(const QString& path, const CsvReader::Options& options)
{
    Reading reading;
    auto reader = CsvReader::open(path, options);
    if (!reader) {
        reading.error = reader.error().message();
        FUZZ_CHECK(!reading.error.isEmpty(), QStringLiteral("a refusal without a message"));
        return reading;
    }
    CsvReader& csv = **reader;
    reading.opened = true;
    reading.encoding = csv.encodingName();
    reading.delimiter = csv.delimiter();
    reading.headers = csv.headers();
    FUZZ_CHECK(reading.headers.size() <= options.maxColumns, QStringLiteral("more headers than allowed"));
    TableRow row;
    int previous = 1;
    while (csv.next(row)) {
        FUZZ_CHECK(row.number > previous, QStringLiteral("row %1 after row %2").arg(row.number).arg(previous));
        FUZZ_CHECK(row.cells.size() >= reading.headers.size(), QStringLiteral("a row shorter than the header"));
        FUZZ_CHECK(row.cells.size() <= options.maxColumns, QStringLiteral("more cells than allowed"));
        for (const QString& cell : row.cells) {
            FUZZ_CHECK(cell.size() <= options.maxCellChars, QStringLiteral("a cell over the limit"));
            FUZZ_CHECK(!cell.contains(QChar(0)), QStringLiteral("a NUL in a cell"));
        }
        const double progress = csv.progress();
        FUZZ_CHECK(progress >= 0.0 && progress <= 1.0, QStringLiteral("progress %1").arg(progress));
        previous = row.number;
        reading.numbers.append(row.number);
        reading.rows.append(row.cells);
    }
    if (csv.error()) {
        reading.error = csv.error()->message();
        FUZZ_CHECK(!reading.error.isEmpty(), QStringLiteral("an error without a message"));
    } else {
        FUZZ_CHECK(csv.progress() == 1.0, QStringLiteral("the end of the file at progress %1").arg(csv.progress()));
        FUZZ_CHECK(!csv.next(row), QStringLiteral("a row after the end"));
    }
    return reading;
}

QString describe(const Reading& r)
{
    return QStringLiteral("opened=%1 encoding=%2 headers=[%3] rows=%4 error=%5")
        .arg(r.opened)
        .arg(r.encoding, r.headers.join(u'|'))
        .arg(r.rows.size())
        .arg(r.error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0 || size > 64 * 1024) {
        return 0;
    }
    const uint8_t config = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QString path = FuzzSupport::writeInput(".csv", bytes);

    CsvReader::Options chunked;
    chunked.chunkBytes = 1 + (config & 0x1F);
    chunked.sampleBytes = 4 + 8 * (config >> 5);
    chunked.maxCellChars = 40;
    chunked.maxColumns = 12;
    chunked.maxRowChars = 1 << 20; // beyond any input: the row limit depends on buffering
    CsvReader::Options whole = chunked;
    whole.chunkBytes = 1 << 20;

    const Reading a = read(path, chunked);
    const Reading b = read(path, whole);
    const QString both = QStringLiteral("\n  chunked: %1\n  whole:   %2").arg(describe(a), describe(b));
    FUZZ_CHECK(a.opened == b.opened && a.encoding == b.encoding && a.delimiter == b.delimiter, both);
    FUZZ_CHECK(a.headers == b.headers, both);
    FUZZ_CHECK(a.numbers == b.numbers, both);
    FUZZ_CHECK(a.rows == b.rows, both);
    FUZZ_CHECK(a.error == b.error, both);

    CsvReader::Options tiny = chunked;
    tiny.maxCellChars = 3;
    tiny.maxColumns = 3;
    tiny.maxRowChars = 16;
    (void)read(path, tiny);
    return 0;
}
