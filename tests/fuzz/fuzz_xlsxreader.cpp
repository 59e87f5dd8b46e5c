// libFuzzer target: XlsxReader. An input starting with "PK" is taken as a whole .xlsx file
// (damaged zips, truncated entries, wrong sizes). Any other input is split at "\n#part#\n"
// into the XML of the sheet, the shared strings, the styles, the workbook and its
// relationships, which are zipped into a workbook first: mutations then reach the XML
// handling instead of dying at the zip's checksums. Every reading must end cleanly within
// the limits.
#include "FuzzSupport.h"
#include "io/XlsxReader.h"

#include <QList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace {

const char* const partNames[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
                                 "xl/_rels/workbook.xml.rels"};

QString zipParts(const QByteArray& input)
{
    const QString path = FuzzSupport::writeInput(".xlsx", QByteArray());
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        FUZZ_CHECK(false, QStringLiteral("cannot create %1").arg(path));
    }
    QByteArray rest = input;
    const QByteArray marker = "\n#part#\n";
    for (const char* name : partNames) {
        const qsizetype end = rest.indexOf(marker);
        const QByteArray content = end < 0 ? rest : rest.first(end);
        QuaZipFile file(&zip);
        // Stored, not deflated: the fuzzer's time goes to the reader.
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)), nullptr, 0, 0)) {
            FUZZ_CHECK(false, QStringLiteral("cannot add %1").arg(QString::fromLatin1(name)));
        }
        file.write(content);
        file.close();
        if (end < 0) {
            break;
        }
        rest = rest.sliced(end + marker.size());
    }
    zip.close();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString path = input.startsWith("PK") ? FuzzSupport::writeInput(".xlsx", input) : zipParts(input);

    XlsxReader::Options options;
    options.maxCellChars = 40;
    options.maxColumns = 12;
    options.maxEntryBytes = 1024 * 1024;
    options.ratioCheckBytes = 64 * 1024;
    auto reader = XlsxReader::open(path, options);
    if (!reader) {
        FUZZ_CHECK(!reader.error().message().isEmpty(), QStringLiteral("a refusal without a message"));
        return 0;
    }
    XlsxReader& xlsx = **reader;
    FUZZ_CHECK(!xlsx.headers().isEmpty() && xlsx.headers().size() <= options.maxColumns,
               QStringLiteral("%1 headers").arg(xlsx.headers().size()));
    TableRow row;
    int rows = 0;
    while (xlsx.next(row)) {
        FUZZ_CHECK(row.number > 0, QStringLiteral("row number %1").arg(row.number));
        FUZZ_CHECK(row.cells.size() >= xlsx.headers().size() && row.cells.size() <= options.maxColumns,
                   QStringLiteral("%1 cells").arg(row.cells.size()));
        for (const QString& cell : row.cells) {
            FUZZ_CHECK(cell.size() <= options.maxCellChars, QStringLiteral("a cell of %1").arg(cell.size()));
            FUZZ_CHECK(!cell.contains(QChar(0)), QStringLiteral("a NUL in a cell"));
        }
        const double progress = xlsx.progress();
        FUZZ_CHECK(progress >= 0.0 && progress <= 1.0, QStringLiteral("progress %1").arg(progress));
        ++rows;
    }
    if (xlsx.error()) {
        FUZZ_CHECK(!xlsx.error()->message().isEmpty(), QStringLiteral("an error without a message"));
    }
    FUZZ_CHECK(!xlsx.next(row), QStringLiteral("a row after the end"));
    return 0;
}
