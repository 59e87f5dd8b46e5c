#include "core/MemberRules.h"

#include <QTest>

class TestMemberRules : public QObject
{
    Q_OBJECT

private slots:
    void derivesBirthDateAndGender();
    void refusesMismatch();
    void reportsEveryField();
    void eventOrganization();
};

static const QDate Today(2026, 11, 21);

void TestMemberRules::derivesBirthDateAndGender()
{
    Member m;
    m.name = QStringLiteral(" 王芳 ");
    m.idNumber = QStringLiteral("11010519491231002x");
    m.ethnicity = QStringLiteral("回");
    QVERIFY(MemberRules::checkAndComplete(m, Today).isEmpty());
    QCOMPARE(m.name, QStringLiteral("王芳"));
    QCOMPARE(m.idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(m.birthDate, QDate(1949, 12, 31));
    QCOMPARE(int(m.gender), int(Gender::Female));
    QCOMPARE(m.ethnicity, QStringLiteral("回族"));
}

void TestMemberRules::refusesMismatch()
{
    Member m;
    m.name = QStringLiteral("王芳");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.birthDate = QDate(1949, 12, 30);
    m.gender = Gender::Male;
    const FieldIssues issues = MemberRules::checkAndComplete(m, Today);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).field, QStringLiteral("birth_date"));
    QCOMPARE(issues.at(1).field, QStringLiteral("gender"));
}

void TestMemberRules::reportsEveryField()
{
    Member m;
    m.idNumber = QStringLiteral("110105194912310021");
    m.ethnicity = QStringLiteral("火星");
    m.phone = QStringLiteral("call me");
    m.appliedOn = Today.addDays(1);
    const FieldIssues issues = MemberRules::checkAndComplete(m, Today);
    QStringList fields;
    for (const FieldIssue& i : issues) {
        fields << i.field;
    }
    QCOMPARE(fields, QStringList({QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("ethnicity"),
                                  QStringLiteral("phone"), QStringLiteral("applied_on")}));
}

void TestMemberRules::eventOrganization()
{
    Organization branch;
    branch.code = QStringLiteral("B1");
    branch.type = OrgType::Branch;
    branch.dissolvedOn = QDate(2020, 1, 1);
    const MembershipEvent before{0, 1, QDate(2019, 12, 31), EventKind::Moved, 1, {}};
    const MembershipEvent after{0, 1, QDate(2020, 1, 1), EventKind::Moved, 1, {}};
    const MembershipEvent leaving{0, 1, QDate(2020, 1, 1), EventKind::TransferredOut, 1, {}};
    QVERIFY(MemberRules::checkEventOrganization(before, branch).isEmpty());
    QVERIFY(!MemberRules::checkEventOrganization(after, branch).isEmpty());
    QVERIFY(MemberRules::checkEventOrganization(leaving, branch).isEmpty());
    Organization group = branch;
    group.type = OrgType::Group;
    group.dissolvedOn = QDate();
    QVERIFY(!MemberRules::checkEventOrganization(before, group).isEmpty());
}

QTEST_GUILESS_MAIN(TestMemberRules)
#include "tst_memberrules.moc"
