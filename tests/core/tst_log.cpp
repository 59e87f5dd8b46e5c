#include "core/Log.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The log file of the GUI: written, rotated at its size limit, with a bounded number of files.
class TestLog : public QObject
{
    Q_OBJECT

private slots:
    void rotatesAndKeepsABoundedNumberOfFiles();
};

void TestLog::rotatesAndKeepsABoundedNumberOfFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partyroll.log"));
    QVERIFY(Log::writeToFile(path, 4096, 2));
    Log::setLevel(spdlog::level::info);
    auto logger = Log::get("test");
    for (int i = 0; i < 400; ++i) {
        logger->info("line {} of the rotation test: {}", i, QStringLiteral("中文也写得进去"));
    }
    logger->flush();
    // The newest lines in partyroll.log, older ones in .1 and .2, nothing beyond.
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("partyroll.1.log"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("partyroll.2.log"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("partyroll.3.log"))));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 3);
    for (const QString& name : files) {
        QVERIFY2(QFileInfo(dir.filePath(name)).size() <= 4096, qPrintable(name));
    }
    QFile current(path);
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(current.readAll());
    QVERIFY(text.contains(QStringLiteral("line 399 of the rotation test: 中文也写得进去")));
    QVERIFY(text.contains(QStringLiteral("[test] info:")));

    // A file that cannot be created is refused (logging then stays on stderr).
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!Log::writeToFile(dir.filePath(QStringLiteral("blocker/x.log")), 4096, 2));
}

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
