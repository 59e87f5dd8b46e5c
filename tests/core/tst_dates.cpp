#include "core/Dates.h"

#include <QTest>

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void age();
    void leapDayAnniversary();
};

void TestDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // null = refused
    QTest::newRow("iso") << QStringLiteral("2001-02-28") << QDate(2001, 2, 28);
    QTest::newRow("slash") << QStringLiteral("2001/2/3") << QDate(2001, 2, 3);
    QTest::newRow("dot") << QStringLiteral("2001.12.31") << QDate(2001, 12, 31);
    QTest::newRow("chinese") << QStringLiteral("2001年2月3日") << QDate(2001, 2, 3);
    QTest::newRow("spaces") << QStringLiteral(" 2001-02-03 ") << QDate(2001, 2, 3);
    QTest::newRow("impossible") << QStringLiteral("2001-02-30") << QDate();
    QTest::newRow("mixed separators") << QStringLiteral("2001-02/03") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("01-02-03") << QDate();
    QTest::newRow("trailing") << QStringLiteral("2001-02-03x") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("month 13") << QStringLiteral("2001-13-01") << QDate();
}

void TestDates::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto parsed = Dates::parse(text);
    if (expected.isValid()) {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    } else {
        QVERIFY(!parsed.has_value());
    }
}

void TestDates::age()
{
    QCOMPARE(Dates::age(QDate(1990, 6, 15), QDate(2025, 6, 14)), 34);
    QCOMPARE(Dates::age(QDate(1990, 6, 15), QDate(2025, 6, 15)), 35);
    QCOMPARE(Dates::age(QDate(1990, 6, 15), QDate(2026, 6, 14)), 35);
    QCOMPARE(Dates::age(QDate(1990, 6, 15), QDate(2026, 6, 15)), 36);
}

void TestDates::leapDayAnniversary()
{
    const QDate born(2000, 2, 29);
    QCOMPARE(Dates::age(born, QDate(2018, 2, 28)), 17);
    QCOMPARE(Dates::age(born, QDate(2018, 3, 1)), 18);
    QCOMPARE(Dates::anniversary(born, 18), QDate(2018, 3, 1));
    QCOMPARE(Dates::anniversary(born, 20), QDate(2020, 2, 29));
    QCOMPARE(Dates::age(born, Dates::anniversary(born, 18)), 18);
    QCOMPARE(Dates::age(born, Dates::anniversary(born, 18).addDays(-1)), 17);
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
