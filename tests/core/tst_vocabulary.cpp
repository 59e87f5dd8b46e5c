#include "core/Ethnicity.h"
#include "core/Vocabulary.h"

#include <QTest>

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void acceptsEverySpelling_data();
    void acceptsEverySpelling();
    void refusesUnknown();
    void flags();
    void ethnicity();
    void keysAreUnique();
};

void TestVocabulary::acceptsEverySpelling_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("key") << QStringLiteral("unit") << QStringLiteral("community") << int(UnitCategory::Community);
    QTest::newRow("chinese full") << QStringLiteral("unit") << QStringLiteral("社区（居委会）")
                                  << int(UnitCategory::Community);
    QTest::newRow("without parenthesis") << QStringLiteral("unit") << QStringLiteral("社区")
                                         << int(UnitCategory::Community);
    QTest::newRow("worker short") << QStringLiteral("occupation") << QStringLiteral("工人") << int(Occupation::Worker);
    QTest::newRow("slash part") << QStringLiteral("education") << QStringLiteral("中技")
                                << int(Education::SecondaryVocational);
    QTest::newRow("alias") << QStringLiteral("education") << QStringLiteral("大专") << int(Education::JuniorCollege);
    QTest::newRow("case") << QStringLiteral("education") << QStringLiteral("Bachelor") << int(Education::Bachelor);
    QTest::newRow("org type") << QStringLiteral("type") << QStringLiteral("党总支") << int(OrgType::GeneralBranch);
    QTest::newRow("org type key") << QStringLiteral("type") << QStringLiteral("higher_committee")
                                  << int(OrgType::HigherCommittee);
    QTest::newRow("event") << QStringLiteral("event") << QStringLiteral("劝退或退党") << int(EventKind::Withdrew);
    QTest::newRow("event key") << QStringLiteral("event") << QStringLiteral("transferred_out")
                               << int(EventKind::TransferredOut);
    QTest::newRow("post") << QStringLiteral("post") << QStringLiteral("纪检委员") << int(PostKind::DisciplineMember);
}

static const Vocabulary& listNamed(const QString& name)
{
    if (name == QStringLiteral("unit")) {
        return Vocabulary::unitCategories();
    }
    if (name == QStringLiteral("occupation")) {
        return Vocabulary::occupations();
    }
    if (name == QStringLiteral("education")) {
        return Vocabulary::educations();
    }
    if (name == QStringLiteral("type")) {
        return Vocabulary::orgTypes();
    }
    if (name == QStringLiteral("event")) {
        return Vocabulary::eventKinds();
    }
    return Vocabulary::postKinds();
}

void TestVocabulary::acceptsEverySpelling()
{
    QFETCH(QString, list);
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto parsed = listNamed(list).parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, code);
}

void TestVocabulary::refusesUnknown()
{
    QVERIFY(!Vocabulary::educations().parse(QStringLiteral("幼儿园")).has_value());
    QVERIFY(!Vocabulary::genders().parse(QString()).has_value());
}

void TestVocabulary::flags()
{
    for (const char* yes : {"是", "yes", "Y", "1", "TRUE"}) {
        QCOMPARE(Vocabulary::parseFlag(QString::fromUtf8(yes)), std::optional<bool>(true));
    }
    for (const char* no : {"否", "no", "n", "0", "false"}) {
        QCOMPARE(Vocabulary::parseFlag(QString::fromUtf8(no)), std::optional<bool>(false));
    }
    QVERIFY(!Vocabulary::parseFlag(QStringLiteral("maybe")).has_value());
}

void TestVocabulary::ethnicity()
{
    QCOMPARE(Ethnicity::all().size(), 56);
    QCOMPARE(Ethnicity::normalize(QStringLiteral("壮")), std::optional<QString>(QStringLiteral("壮族")));
    QCOMPARE(Ethnicity::normalize(QStringLiteral("蒙古族")), std::optional<QString>(QStringLiteral("蒙古族")));
    QVERIFY(!Ethnicity::normalize(QStringLiteral("火星族")).has_value());
    QVERIFY(!Ethnicity::isMinority(QStringLiteral("汉族")));
    QVERIFY(Ethnicity::isMinority(QStringLiteral("回族")));
}

void TestVocabulary::keysAreUnique()
{
    for (const Vocabulary* v : {&Vocabulary::orgTypes(), &Vocabulary::unitCategories(), &Vocabulary::educations(),
                                &Vocabulary::occupations(), &Vocabulary::eventKinds(), &Vocabulary::postKinds()}) {
        QSet<QString> keys;
        for (const int code : v->codes()) {
            QVERIFY(!keys.contains(v->key(code)));
            keys.insert(v->key(code));
            // Every spelling we export parses back to the same code.
            QCOMPARE(v->parse(v->key(code)), std::optional<int>(code));
            QCOMPARE(v->parse(v->chinese(code)), std::optional<int>(code));
        }
    }
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
