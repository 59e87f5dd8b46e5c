#include "Reliability.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Reliability;

// The hostile-input corpus (tests/data/hostile, plus big files and broken workbooks made here)
// imported with partyroll-cli: each file is refused with a clear message naming the problem,
// and the database is left exactly as it was; or it is stored verbatim, and reads back and
// exports and imports again unchanged.
class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void storedVerbatim();
    void utf16WithoutBom();
    void gb18030BeyondTheBmp();
    void roundTripThroughExports_data();
    void roundTripThroughExports();

private:
    QString hostile(const QString& name) const;
    QString made(const QString& name) const { return m_dir.filePath(name); }
    void makeGeneratedFiles();
    QString freshDatabase(const QString& name);

    QTemporaryDir m_dir;
    QString m_base;
    QStringList m_baseDump;
};

namespace {

const QByteArray header = QStringLiteral("姓名,公民身份号码,所在党组织,入党日期\n").toUtf8();

QByteArray row(const QString& name, int index)
{
    return (name + QStringLiteral(",%1,BR1,2015-07-01\n").arg(idNumber(200000 + index))).toUtf8();
}

bool writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& parts)
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
    zip.close();
    return zip.getZipError() == 0;
}

// A one-sheet workbook whose sheet rows are given as XML.
bool writeWorkbook(const QString& path, const QByteArray& rows)
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    return writeZip(path, {{QStringLiteral("xl/worksheets/sheet1.xml"),
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + ns + "><sheetData>" + rows +
                                "</sheetData></worksheet>"}});
}

QByteArray inlineCell(const QString& text)
{
    return "<c t=\"inlineStr\"><is><t>" + text.toHtmlEscaped().toUtf8() + "</t></is></c>";
}

QByteArray xlsxHeaderRow()
{
    return "<row>" + inlineCell(QStringLiteral("姓名")) + inlineCell(QStringLiteral("公民身份号码")) +
           inlineCell(QStringLiteral("所在党组织")) + inlineCell(QStringLiteral("入党日期")) + "</row>";
}

QByteArray xlsxRow(const QByteArray& nameCell, int index)
{
    return "<row>" + nameCell + inlineCell(idNumber(200000 + index)) + inlineCell(QStringLiteral("BR1")) +
           inlineCell(QStringLiteral("2015-07-01")) + "</row>";
}

// The names of stored-verbatim.csv, by ID number, as the file spells them.
QList<std::pair<QString, QString>> verbatimNames()
{
    return {
        {QStringLiteral("110105197001011209"), QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"点击\")")},
        {QStringLiteral("110105197102021211"), QStringLiteral("<b>张</b><img src=x onerror=alert(1)>")},
        {QStringLiteral("110105197203031224"), QStringLiteral("Robert'); DROP TABLE members;--")},
        {QStringLiteral("110105197304041237"), QStringLiteral("محمد علي")},
        {QStringLiteral("11010519740505124X"), QStringLiteral("张🎉伟")},
        {QStringLiteral("110105197506061252"), QStringLiteral("👨\u200d👩\u200d👧 家")},
        {QStringLiteral("110105197607071265"), QStringLiteral("\u202e伟张")},
        {QStringLiteral("110105197708081278"), QStringLiteral("A_x0041_B_x000D_")},
        {QStringLiteral("110105197809091280"), QStringLiteral("+1-1")},
        {QStringLiteral("110105197901011298"), QStringLiteral("@SUM(A1)")},
        {QStringLiteral("110105198002021200"), QStringLiteral("-2+3")},
        {QStringLiteral("110105198103031213"), QStringLiteral("王\u0001小\u007f明")},
    };
}

QString memberField(const QString& path, const QString& column, const QString& idNumber)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        return db.error().message();
    }
    auto q = (*db)->exec(QStringLiteral("SELECT %1 FROM members WHERE id_number = ?").arg(column), {idNumber});
    return q.ok() && q->next() ? q->value(0).toString() : QStringLiteral("<no member %1>").arg(idNumber);
}

} // namespace

QString TestHostileInput::hostile(const QString& name) const
{
    return QStringLiteral(PARTYROLL_TEST_DATA) + QStringLiteral("/hostile/") + name;
}

QString TestHostileInput::freshDatabase(const QString& name)
{
    const QString path = m_dir.filePath(name);
    if (!copyDatabase(m_base, path)) {
        qFatal("cannot copy the database");
    }
    return path;
}

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.db"));
    QCOMPARE(initWithOrganizations(m_base), QString());
    const QString members = m_dir.filePath(QStringLiteral("members.csv"));
    writeMembersCsv(members, 20);
    const Run imported = cli(m_base, {QStringLiteral("import"), QStringLiteral("members"), members});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    m_baseDump = dump(m_base);
    makeGeneratedFiles();
}

void TestHostileInput::makeGeneratedFiles()
{
    // A 10 MB cell, in CSV and in a workbook.
    // Varied characters: a cell of one repeated character would be refused as a zip bomb.
    QString big(10 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i) {
        big[i] = QChar(static_cast<char16_t>(0x4E00 + (i * 7919) % 20000));
    }
    QVERIFY(writeFile(made(QStringLiteral("big-cell.csv")), header + row(big, 1)));
    QVERIFY(writeWorkbook(made(QStringLiteral("big-cell.xlsx")), xlsxHeaderRow() + xlsxRow(inlineCell(big), 1)));
    // 100,000 columns in one row.
    QByteArray wide = header;
    wide += row(QStringLiteral("赵一"), 2).trimmed();
    wide += QByteArray(100000, ',') + "x\n";
    QVERIFY(writeFile(made(QStringLiteral("many-columns.csv")), wide));
    QByteArray wideRow = "<row>";
    for (int i = 0; i < 100000; ++i) {
        wideRow += "<c t=\"inlineStr\"><is><t>x</t></is></c>";
    }
    wideRow += "</row>";
    QVERIFY(writeWorkbook(made(QStringLiteral("many-columns.xlsx")), xlsxHeaderRow() + wideRow));
    // A NUL written the way Excel escapes characters XML cannot hold.
    QVERIFY(writeWorkbook(made(QStringLiteral("nul-escape.xlsx")),
                          xlsxHeaderRow() + xlsxRow(inlineCell(QStringLiteral("赵_x0000_一")), 3)));
    // A real export, cut in the middle.
    const QString exported = made(QStringLiteral("export.xlsx"));
    const Run run = cli(m_base, {QStringLiteral("export"), QStringLiteral("members"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray whole = readFile(exported);
    QVERIFY(writeFile(made(QStringLiteral("truncated.xlsx")), whole.first(whole.size() / 2)));
    QVERIFY(writeFile(made(QStringLiteral("truncated-after-directory.xlsx")), whole.first(whole.size() - 30)));
    // A zip bomb: a sheet that unpacks to 300 MB from a few hundred KB.
    {
        QuaZip zip(made(QStringLiteral("zip-bomb.xlsx")));
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))));
        const QByteArray spaces(1024 * 1024, ' ');
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(file.write(spaces), spaces.size());
        }
        file.close();
        zip.close();
        QVERIFY(QFileInfo(made(QStringLiteral("zip-bomb.xlsx"))).size() < 2 * 1024 * 1024);
    }
    QVERIFY(writeFile(made(QStringLiteral("empty.csv")), QByteArray()));
}

void TestHostileInput::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // a part of the expected message

    QTest::newRow("UTF-32 with BOM") << hostile(QStringLiteral("utf32-with-bom.csv")) << QStringLiteral("UTF-32");
    QTest::newRow("UTF-8 with a GB18030 row")
        << hostile(QStringLiteral("mixed-encoding.csv")) << QStringLiteral("row 3: the text is not valid UTF-8");
    QTest::newRow("NUL in a cell") << hostile(QStringLiteral("nul-in-cell.csv"))
                                   << QStringLiteral("row 2: the file contains a NUL byte");
    QTest::newRow("PNG named .csv") << hostile(QStringLiteral("png-renamed.csv")) << QStringLiteral("NUL bytes");
    QTest::newRow("only a BOM") << hostile(QStringLiteral("only-bom.csv")) << QStringLiteral("empty");
    QTest::newRow("empty file") << made(QStringLiteral("empty.csv")) << QStringLiteral("empty");
    QTest::newRow("2015-02-30") << hostile(QStringLiteral("impossible-date.csv")) << QStringLiteral("2015-02-30");
    QTest::newRow("wrong check character")
        << hostile(QStringLiteral("wrong-check-character.csv")) << QStringLiteral("check character");
    QTest::newRow("ID number born 30 February")
        << hostile(QStringLiteral("impossible-birth-date.csv")) << QStringLiteral("not a real date");
    QTest::newRow("formula as ID number")
        << hostile(QStringLiteral("formula-id-number.csv")) << QStringLiteral("18 characters");
    QTest::newRow("10 MB cell (CSV)") << made(QStringLiteral("big-cell.csv")) << QStringLiteral("longer than");
    QTest::newRow("10 MB cell (XLSX)") << made(QStringLiteral("big-cell.xlsx")) << QStringLiteral("longer than");
    QTest::newRow("100,000 columns (CSV)")
        << made(QStringLiteral("many-columns.csv")) << QStringLiteral("more than 1000 columns");
    QTest::newRow("100,000 columns (XLSX)")
        << made(QStringLiteral("many-columns.xlsx")) << QStringLiteral("more than 1000 columns");
    QTest::newRow("NUL escaped in XLSX") << made(QStringLiteral("nul-escape.xlsx")) << QStringLiteral("NUL");
    QTest::newRow("truncated XLSX") << made(QStringLiteral("truncated.xlsx")) << QStringLiteral("damaged");
    QTest::newRow("XLSX cut before its end")
        << made(QStringLiteral("truncated-after-directory.xlsx")) << QStringLiteral("damaged");
    QTest::newRow("zip bomb") << made(QStringLiteral("zip-bomb.xlsx")) << QStringLiteral("refused");
}

void TestHostileInput::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = freshDatabase(QStringLiteral("refused.db"));
    const Run run = cli(path, {QStringLiteral("import"), QStringLiteral("members"), file});
    QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err.left(2000))));
    QVERIFY2(run.err.contains(message), qPrintable(run.err.left(2000)));
    // One short message, not the file echoed back.
    QVERIFY2(run.err.size() < 2000, qPrintable(QString::number(run.err.size())));
    QCOMPARE(integrity(path), QStringLiteral("ok"));
    QCOMPARE(dump(path), m_baseDump);
}

void TestHostileInput::storedVerbatim()
{
    const QString path = freshDatabase(QStringLiteral("verbatim.db"));
    const Run run = cli(
        path, {QStringLiteral("import"), QStringLiteral("members"), hostile(QStringLiteral("stored-verbatim.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const auto& [id, name] : verbatimNames()) {
        QCOMPARE(memberField(path, QStringLiteral("name"), id), name);
    }
    QCOMPARE(memberField(path, QStringLiteral("position"), QStringLiteral("110105197001011209")),
             QStringLiteral("第一行\r\n第二行, 含逗号"));
    QCOMPARE(memberField(path, QStringLiteral("position"), QStringLiteral("110105197102021211")),
             QStringLiteral("<script>alert(\"x\")</script>"));
    // The SQL-looking name did what names do.
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM members")).toInt(), 20 + 12);
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

void TestHostileInput::utf16WithoutBom()
{
    // Read as UTF-16 (its zero bytes give it away), not as GB18030 mojibake.
    const QString path = freshDatabase(QStringLiteral("utf16.db"));
    const Run run = cli(
        path, {QStringLiteral("import"), QStringLiteral("members"), hostile(QStringLiteral("utf16-without-bom.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(memberField(path, QStringLiteral("name"), QStringLiteral("110105199001011013")), QStringLiteral("赵一"));
}

void TestHostileInput::gb18030BeyondTheBmp()
{
    const QString path = freshDatabase(QStringLiteral("gb18030.db"));
    const Run run = cli(
        path, {QStringLiteral("import"), QStringLiteral("members"), hostile(QStringLiteral("gb18030-four-byte.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(memberField(path, QStringLiteral("name"), QStringLiteral("110105198001011019")), QStringLiteral("𠀀明"));
    QCOMPARE(memberField(path, QStringLiteral("name"), QStringLiteral("110105198001011035")), QStringLiteral("张𪚥"));
}

void TestHostileInput::roundTripThroughExports_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("CSV") << QStringLiteral("csv");
    QTest::newRow("XLSX") << QStringLiteral("xlsx");
}

void TestHostileInput::roundTripThroughExports()
{
    QFETCH(QString, extension);
    const QString source = freshDatabase(QStringLiteral("roundtrip-source.db"));
    const Run imported = cli(
        source, {QStringLiteral("import"), QStringLiteral("members"), hostile(QStringLiteral("stored-verbatim.csv"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString file = made(QStringLiteral("roundtrip.") + extension);
    QFile::remove(file);
    const Run exported = cli(source, {QStringLiteral("export"), QStringLiteral("members"), file});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    const QString target = m_dir.filePath(QStringLiteral("roundtrip-target.db"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(target + suffix);
    }
    QCOMPARE(initWithOrganizations(target), QString());
    const Run again = cli(target, {QStringLiteral("import"), QStringLiteral("members"), file});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    for (const auto& [id, name] : verbatimNames()) {
        QCOMPARE(memberField(target, QStringLiteral("name"), id), name);
    }
    QCOMPARE(memberField(target, QStringLiteral("position"), QStringLiteral("110105197001011209")),
             QStringLiteral("第一行\r\n第二行, 含逗号"));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
