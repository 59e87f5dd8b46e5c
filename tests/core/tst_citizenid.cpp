#include "core/CitizenId.h"

#include <QTest>

class TestCitizenId : public QObject
{
    Q_OBJECT

private slots:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void lowerCaseX();
    void legacyConversion();
    void checkCharacter();
};

static const QDate Today(2026, 11, 21);

void TestCitizenId::validNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("gender");
    QTest::newRow("female 1949") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << int(Gender::Female);
    QTest::newRow("male 1880") << QStringLiteral("440524188001010014") << QDate(1880, 1, 1) << int(Gender::Male);
}

void TestCitizenId::validNumbers()
{
    QFETCH(QString, number);
    QFETCH(QDate, birth);
    QFETCH(int, gender);
    const auto id = CitizenId::parse(number, Today);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    QCOMPARE(id->text(), number);
    QCOMPARE(id->birthDate(), birth);
    QCOMPARE(int(id->gender()), gender);
}

void TestCitizenId::invalidNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected"); // a word of the English message
    QTest::newRow("wrong check") << QStringLiteral("110105194912310021") << QStringLiteral("check character");
    QTest::newRow("too short") << QStringLiteral("11010519491231") << QStringLiteral("18 characters");
    QTest::newRow("letters") << QStringLiteral("1101051949123A002X") << QStringLiteral("17 digits");
    QTest::newRow("no such day") << QStringLiteral("110105200102300010") << QStringLiteral("not a real date");
    QTest::newRow("future") << QStringLiteral("110105203001010010") << QStringLiteral("future");
    QTest::newRow("empty") << QString() << QStringLiteral("missing");
    QTest::newRow("15 digits") << QStringLiteral("110105491231002") << QStringLiteral("15-digit");
}

void TestCitizenId::invalidNumbers()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    const auto id = CitizenId::parse(number, Today);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message().contains(expected), qPrintable(id.error().message()));
}

void TestCitizenId::lowerCaseX()
{
    const auto id = CitizenId::parse(QStringLiteral(" 11010519491231002x "), Today);
    QVERIFY(id.ok());
    QCOMPARE(id->text(), QStringLiteral("11010519491231002X"));
}

void TestCitizenId::legacyConversion()
{
    // 110105 49 1231 002 -> 110105 19 491231 002 + check character X
    QCOMPARE(CitizenId::fromLegacy(QStringLiteral("110105491231002")), QStringLiteral("11010519491231002X"));
    QCOMPARE(CitizenId::fromLegacy(QStringLiteral("11010549123100")), QString());
    const auto refused = CitizenId::parse(QStringLiteral("110105491231002"), Today);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message().contains(QStringLiteral("11010519491231002X")));
}

void TestCitizenId::checkCharacter()
{
    QCOMPARE(CitizenId::checkCharacter(u"44052418800101001"), QChar(u'4'));
    QCOMPARE(CitizenId::checkCharacter(u"11010519491231002"), QChar(u'X'));
    QVERIFY(CitizenId::checkCharacter(u"1101051949123100").isNull());
}

QTEST_GUILESS_MAIN(TestCitizenId)
#include "tst_citizenid.moc"
