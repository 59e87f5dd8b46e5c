#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "services/CheckService.h"

#include <QTest>

class TestCheckService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheProblems();
    void limitedToSubtree();
};

namespace {

void importFixtures(TempDatabase& temp)
{
    QVERIFY(Fixtures::import(temp.db(), true));
}

bool has(const QList<CheckService::Finding>& findings, const QString& subject, const QString& words)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const CheckService::Finding& f) {
        return f.subject.startsWith(subject) && f.message.contains(words);
    });
}

} // namespace

void TestCheckService::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestCheckService::findsTheProblems()
{
    TempDatabase temp;
    importFixtures(temp);
    CheckService check(temp.db());
    const auto findings = check.run(UserContext::localUser(), QString(), QDate(2026, 11, 21));
    QVERIFY(findings.ok());
    // BR2 has one probationary member left and no secretary; BR1 has three full members and a
    // secretary; BR3 is empty since 刘洋 moved.
    QVERIFY(has(*findings, QStringLiteral("BR2"), QStringLiteral("no secretary")));
    QVERIFY(has(*findings, QStringLiteral("BR2"), QStringLiteral("at least 3 full members, it has 0")));
    QVERIFY(!has(*findings, QStringLiteral("BR1"), QStringLiteral("at least 3 full members")));
    QVERIFY(!has(*findings, QStringLiteral("BR1"), QStringLiteral("no secretary")));
    QVERIFY(has(*findings, QStringLiteral("BR3"), QStringLiteral("at least 3 full members, it has 0")));
    // 刘洋's secretary post in BR3 ended in 2020: no complaint about a left member.
    QVERIFY(!has(*findings, QStringLiteral("440305197511113130"), QStringLiteral("still holds a post")));
    // Every fixture member has an occupation and an ethnic group.
    QVERIFY(!has(*findings, QStringLiteral("31010419900101213X"), QStringLiteral("occupation")));
    QVERIFY(!has(*findings, QStringLiteral("440305197511113130"), QStringLiteral("ethnic")));
}

void TestCheckService::limitedToSubtree()
{
    TempDatabase temp;
    importFixtures(temp);
    CheckService check(temp.db());
    const auto findings = check.run(UserContext::localUser(), QStringLiteral("BR3"), QDate(2026, 11, 21));
    QVERIFY(findings.ok());
    for (const CheckService::Finding& f : *findings) {
        QVERIFY2(!f.subject.startsWith(QStringLiteral("BR1")) && !f.subject.startsWith(QStringLiteral("BR2")),
                 qPrintable(f.subject + f.message));
    }
    QVERIFY(!check.run(UserContext::localUser(), QStringLiteral("NOPE"), QDate(2026, 11, 21)).ok());
}

QTEST_GUILESS_MAIN(TestCheckService)
#include "tst_checkservice.moc"
