#include "CliRunner.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// partyroll-cli report end to end on the fixture roll of tests/data: the XLSX carries the
// numbers of `stats --format json`, the PDF has Chinese text in an embedded CJK font, and bad
// options exit with 2 without writing a file.
class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xlsxHasTheNumbersOfStats();
    void pdfInChinese();
    void errorExits();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void TestCliReport::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("roll.db"));
    QCOMPARE(CliRunner::run(m_db, {QStringLiteral("init")}).exitCode, 0);
    for (const char* kind : {"orgs", "members", "events", "posts"}) {
        const QString file = QStringLiteral(PARTYROLL_TEST_DATA "/") + QLatin1String(kind) + QStringLiteral(".csv");
        const CliRun run = CliRunner::run(m_db, {QStringLiteral("import"), QLatin1String(kind), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void TestCliReport::xlsxHasTheNumbersOfStats()
{
    const QString out = m_dir.filePath(QStringLiteral("com1-2024.xlsx"));
    const CliRun run =
        CliRunner::run(m_db, {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--org"), QStringLiteral("COM1"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const CliRun csv = CliRunner::run(m_db, {QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2024"),
                                             QStringLiteral("--org"), QStringLiteral("COM1"),
                                             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QHash<QString, QString> stats; // key -> value, as stats prints them
    for (const QString& line : csv.out.split(u'\n', Qt::SkipEmptyParts)) {
        stats.insert(line.section(u',', 0, 0), line.section(u',', 1));
    }
    QVERIFY(stats.contains(QStringLiteral("members.total")));

    auto reader = XlsxReader::open(out);
    QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message()));
    QHash<QString, QString> report; // key -> number column
    QStringList firstColumn;
    TableRow row;
    while ((*reader)->next(row)) {
        firstColumn.append(row.cells.value(0));
        if (!row.cells.value(4).isEmpty()) {
            report.insert(row.cells.value(4), row.cells.value(1));
        }
    }
    QVERIFY(!(*reader)->error().has_value());
    QVERIFY(firstColumn.join(u'\n').contains(QStringLiteral("COM1")));
    QVERIFY(firstColumn.join(u'\n').contains(QStringLiteral("2024")));
    // Every count of the JSON contract, in the report with the same number.
    int compared = 0;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
        bool integer = false;
        it.value().toLongLong(&integer);
        // Averages: the JSON keeps them unrounded, the report prints one decimal.
        if (!integer || !report.contains(it.key()) || it.key().endsWith(QStringLiteral("average_age"))) {
            continue;
        }
        QCOMPARE(report.value(it.key()), it.value());
        ++compared;
    }
    QVERIFY2(compared > 60, qPrintable(QString::number(compared)));
    for (const char* key : {"members.total", "members.female", "organizations.grassroots", "changes.increase.total",
                            "changes.decrease.total", "development.admitted", "review.participated"}) {
        QVERIFY2(report.contains(QLatin1String(key)), key);
    }
}

void TestCliReport::pdfInChinese()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    const QString out = m_dir.filePath(QStringLiteral("all-2024.pdf"));
    const CliRun run = CliRunner::run(
        m_db,
        {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"), out},
        QStringLiteral("zh"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("党员")), qPrintable(text.left(1000)));
    QVERIFY(text.contains(QStringLiteral("2024-12-31")));
    QVERIFY(text.contains(QStringLiteral("民主评议党员"))); // a radical-shaped glyph, copied as the ideograph

    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {out});
    QVERIFY(fonts.waitForFinished(60000));
    const QString list = QString::fromUtf8(fonts.readAllStandardOutput());
    // name type encoding emb sub uni object ID: every CJK font is embedded.
    int embedded = 0;
    for (const QString& line : list.split(u'\n')) {
        if (line.contains(QStringLiteral("CJK"))) {
            const QStringList columns = line.simplified().split(u' ');
            QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QStringLiteral("yes"), qPrintable(line));
            ++embedded;
        }
    }
    QVERIFY2(embedded > 0, qPrintable(list));
}

void TestCliReport::errorExits()
{
    const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
    const QString txt = m_dir.filePath(QStringLiteral("bad.txt"));
    struct
    {
        QStringList arguments;
        int exitCode;
    } cases[] = {
        {{QStringLiteral("report"), QStringLiteral("--out"), pdf}, 2}, // no --year
        {{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("twenty"), QStringLiteral("--out"), pdf},
         2},
        {{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024")}, 2}, // no --out
        {{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"), txt}, 2},
        {{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--org"),
          QStringLiteral("NOPE"), QStringLiteral("--out"), pdf},
         2},
    };
    for (const auto& c : cases) {
        const CliRun run = CliRunner::run(m_db, c.arguments);
        QVERIFY2(run.exitCode == c.exitCode,
                 qPrintable(c.arguments.join(u' ') + QStringLiteral(" -> ") + QString::number(run.exitCode)));
        QVERIFY(!run.err.isEmpty());
    }
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!QFile::exists(txt));
}

QTEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
