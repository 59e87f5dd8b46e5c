#include "core/Language.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

// Chinese first: our catalogue is complete and compiled in, and Qt's own texts (standard
// buttons of every dialog) come in Chinese too; English stays available.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete();
    void qtOwnDialogsAreChinese();
    void englishOnRequest();
};

void TestTranslations::catalogueIsComplete()
{
    QFile ts(QStringLiteral(PARTYROLL_SOURCE_DIR "/resources/translations/partyroll_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.count(QStringLiteral("<message")) > 300);
    // Every message translated (none unfinished, none left empty).
    QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(text.count(QStringLiteral("<translation></translation>")), 0);
}

void TestTranslations::qtOwnDialogsAreChinese()
{
    QVERIFY(Language::install(QStringLiteral("zh")));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("保存"));
    // Our own catalogue is installed as well.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("文件(&F)"));
}

void TestTranslations::englishOnRequest()
{
    QVERIFY(Language::install(QStringLiteral("en")));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
