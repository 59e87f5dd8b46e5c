#include "core/CitizenId.h"
#include "core/DevelopmentRules.h"
#include "core/Language.h"

#include <QTest>

// The time rules of domain.md (Development) at their boundaries — 18 on the application date,
// the talk within a month, a year as activist, 24 hours of training, the approval within 3
// months (6 with an approved exception, never more) — and the order of the stages, what each
// stage needs, contacts and sponsors, and the stage on a date.
class TestDevelopmentRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void minimumAge_data();
    void minimumAge();
    void exceptionNeedsItsReason();
    void talkWithinAMonth_data();
    void talkWithinAMonth();
    void activistYear_data();
    void activistYear();
    void trainingHours_data();
    void trainingHours();
    void approvalTime_data();
    void approvalTime();
    void stagesInOrder();
    void stagesNeedTheirPredecessors();
    void contactsAndSponsors();
    void endOfDevelopment();
    void personIsCompletedFromIdNumber();
    void stageOnADate();
};

namespace {

const QDate Today(2026, 11, 21);

// A valid citizen ID number of a man born on `birth`.
QString idNumberBornOn(const QDate& birth)
{
    const QString first17 =
        QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("001");
    return first17 + CitizenId::checkCharacter(first17);
}

// An activist of branch 1 born on 2000-01-01, applied on 2018-03-01.
Applicant applicant()
{
    Applicant a;
    a.orgId = 1;
    a.name = QStringLiteral("赵敏");
    a.idNumber = idNumberBornOn(QDate(2000, 1, 1));
    a.appliedOn = QDate(2018, 3, 1);
    return a;
}

// A development target ready for admission on 2025-01-15.
Applicant admitted()
{
    Applicant a = applicant();
    a.talkedOn = QDate(2018, 3, 15);
    a.activistOn = QDate(2019, 1, 1);
    a.contacts = {11};
    a.targetOn = QDate(2024, 1, 1);
    a.politicalReviewOn = QDate(2024, 6, 1);
    a.trainedOn = QDate(2024, 7, 1);
    a.trainingHours = 24;
    a.preReviewedOn = QDate(2024, 12, 1);
    a.admittedOn = QDate(2025, 1, 15);
    a.sponsors = {21, 22};
    return a;
}

QStringList fieldsOf(const FieldIssues& issues)
{
    QStringList fields;
    for (const FieldIssue& issue : issues) {
        fields.append(issue.field);
    }
    return fields;
}

} // namespace

void TestDevelopmentRules::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestDevelopmentRules::minimumAge_data()
{
    QTest::addColumn<QDate>("appliedOn");
    QTest::addColumn<bool>("broken");
    QTest::newRow("the 18th birthday") << QDate(2018, 1, 1) << false;
    QTest::newRow("the day before") << QDate(2017, 12, 31) << true;
    QTest::newRow("a year older") << QDate(2019, 1, 1) << false;
}

void TestDevelopmentRules::minimumAge()
{
    QFETCH(QDate, appliedOn);
    QFETCH(bool, broken);
    Applicant a = applicant();
    a.appliedOn = appliedOn;
    DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QCOMPARE(fieldsOf(check.errors).contains(QStringLiteral("applied_on")), broken);
    if (broken) {
        QVERIFY(check.errors.constFirst().message.contains(QStringLiteral("17")));
        // Recorded as an approved exception with its reason, the record is accepted.
        a.exceptions = {{DevelopmentRule::MinimumAge, QStringLiteral("县委组织部批复")}};
        check = DevelopmentRules::check(a, Today);
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.value(0).message));
        QCOMPARE(check.excepted, QList<DevelopmentRule>{DevelopmentRule::MinimumAge});
    }
}

void TestDevelopmentRules::exceptionNeedsItsReason()
{
    Applicant a = applicant();
    a.appliedOn = QDate(2017, 6, 1);
    a.exceptions = {{DevelopmentRule::MinimumAge, QStringLiteral("  ")}};
    const DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QVERIFY(fieldsOf(check.errors).contains(QStringLiteral("applied_on")));
    QVERIFY(fieldsOf(check.errors).contains(QStringLiteral("exception_reason")));

    // An exception for a rule that is kept is noted, not an error.
    Applicant kept = applicant();
    kept.exceptions = {{DevelopmentRule::TalkWithinMonth, QStringLiteral("批复")}};
    const DevelopmentRules::Check unused = DevelopmentRules::check(kept, Today);
    QVERIFY(unused.errors.isEmpty());
    QCOMPARE(unused.unusedExceptions, QList<DevelopmentRule>{DevelopmentRule::TalkWithinMonth});
}

void TestDevelopmentRules::talkWithinAMonth_data()
{
    QTest::addColumn<QDate>("appliedOn");
    QTest::addColumn<QDate>("talkedOn");
    QTest::addColumn<bool>("broken");
    QTest::newRow("a month later") << QDate(2024, 3, 15) << QDate(2024, 4, 15) << false;
    QTest::newRow("a day more") << QDate(2024, 3, 15) << QDate(2024, 4, 16) << true;
    QTest::newRow("31 March: 30 April") << QDate(2024, 3, 31) << QDate(2024, 4, 30) << false;
    QTest::newRow("31 March: 1 May") << QDate(2024, 3, 31) << QDate(2024, 5, 1) << true;
    QTest::newRow("the same day") << QDate(2024, 3, 15) << QDate(2024, 3, 15) << false;
}

void TestDevelopmentRules::talkWithinAMonth()
{
    QFETCH(QDate, appliedOn);
    QFETCH(QDate, talkedOn);
    QFETCH(bool, broken);
    Applicant a = applicant();
    a.appliedOn = appliedOn;
    a.talkedOn = talkedOn;
    const DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QCOMPARE(fieldsOf(check.errors), broken ? QStringList{QStringLiteral("talked_on")} : QStringList{});
    QCOMPARE(DevelopmentRules::talkDue(a), appliedOn.addMonths(1));
}

void TestDevelopmentRules::activistYear_data()
{
    QTest::addColumn<QDate>("activistOn");
    QTest::addColumn<QDate>("targetOn");
    QTest::addColumn<bool>("broken");
    QTest::newRow("a year") << QDate(2023, 5, 10) << QDate(2024, 5, 10) << false;
    QTest::newRow("a day short") << QDate(2023, 5, 10) << QDate(2024, 5, 9) << true;
    QTest::newRow("29 February") << QDate(2024, 2, 29) << QDate(2025, 2, 28) << false;
    QTest::newRow("29 February, a day short") << QDate(2024, 2, 29) << QDate(2025, 2, 27) << true;
}

void TestDevelopmentRules::activistYear()
{
    QFETCH(QDate, activistOn);
    QFETCH(QDate, targetOn);
    QFETCH(bool, broken);
    Applicant a = applicant();
    a.activistOn = activistOn;
    a.contacts = {11};
    a.targetOn = targetOn;
    DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QCOMPARE(fieldsOf(check.errors), broken ? QStringList{QStringLiteral("target_on")} : QStringList{});
    if (broken) {
        a.exceptions = {{DevelopmentRule::ActivistYear, QStringLiteral("特殊情况，经上级党委批准")}};
        check = DevelopmentRules::check(a, Today);
        QVERIFY(check.errors.isEmpty());
        QCOMPARE(check.excepted, QList<DevelopmentRule>{DevelopmentRule::ActivistYear});
    }
}

void TestDevelopmentRules::trainingHours_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<bool>("broken");
    QTest::newRow("not recorded") << 0 << false;
    QTest::newRow("23 hours") << 23 << true;
    QTest::newRow("24 hours") << 24 << false;
    QTest::newRow("40 hours") << 40 << false;
}

void TestDevelopmentRules::trainingHours()
{
    QFETCH(int, hours);
    QFETCH(bool, broken);
    Applicant a = admitted();
    a.trainingHours = hours;
    const DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QCOMPARE(fieldsOf(check.errors), broken ? QStringList{QStringLiteral("training_hours")} : QStringList{});
}

void TestDevelopmentRules::approvalTime_data()
{
    QTest::addColumn<QDate>("approvedOn");
    QTest::addColumn<bool>("withException");
    QTest::addColumn<bool>("refused");
    // Admitted on 2025-01-15: approval by 2025-04-15, by 2025-07-15 with an exception.
    QTest::newRow("3 months") << QDate(2025, 4, 15) << false << false;
    QTest::newRow("3 months and a day") << QDate(2025, 4, 16) << false << true;
    QTest::newRow("3 months and a day, exception") << QDate(2025, 4, 16) << true << false;
    QTest::newRow("6 months, exception") << QDate(2025, 7, 15) << true << false;
    QTest::newRow("6 months and a day, exception") << QDate(2025, 7, 16) << true << true;
    QTest::newRow("the admission day") << QDate(2025, 1, 15) << false << false;
}

void TestDevelopmentRules::approvalTime()
{
    QFETCH(QDate, approvedOn);
    QFETCH(bool, withException);
    QFETCH(bool, refused);
    Applicant a = admitted();
    a.approvedOn = approvedOn;
    if (withException) {
        a.exceptions = {{DevelopmentRule::ApprovalTime, QStringLiteral("上级党委会议推迟")}};
    }
    const DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QCOMPARE(fieldsOf(check.errors).contains(QStringLiteral("approved_on")), refused);
    QCOMPARE(DevelopmentRules::approvalDue(a), QDate(2025, 4, 15));
}

void TestDevelopmentRules::stagesInOrder()
{
    Applicant a = admitted();
    a.targetOn = QDate(2018, 12, 31); // before the designation as activist
    a.exceptions = {{DevelopmentRule::ActivistYear, QStringLiteral("批复")}};
    DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QCOMPARE(fieldsOf(check.errors), QStringList{QStringLiteral("target_on")});
    QVERIFY(check.errors.constFirst().message.contains(QStringLiteral("2018-12-31")));

    a = applicant();
    a.appliedOn = Today.addDays(1);
    check = DevelopmentRules::check(a, Today);
    QCOMPARE(fieldsOf(check.errors), QStringList{QStringLiteral("applied_on")});
    QVERIFY(check.errors.constFirst().message.contains(QStringLiteral("future")));

    QVERIFY(DevelopmentRules::check(a = admitted(), Today).errors.isEmpty());
}

void TestDevelopmentRules::stagesNeedTheirPredecessors()
{
    Applicant a = admitted();
    a.trainedOn = {};
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("trained_on")});

    a = applicant();
    a.targetOn = QDate(2020, 1, 1);
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("activist_on")});

    a = applicant();
    a.appliedOn = {};
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("applied_on")});

    a = applicant();
    a.orgId = 0;
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("org")});
}

void TestDevelopmentRules::contactsAndSponsors()
{
    Applicant a = admitted();
    a.sponsors = {21};
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("sponsors")});
    a.sponsors = {21, 21};
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("sponsors")});
    a.sponsors = {21, 22, 23};
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("sponsors")});

    a = admitted();
    a.contacts = {11, 12, 13};
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("contacts")});
    a.contacts = {11, 12};
    QVERIFY(DevelopmentRules::check(a, Today).errors.isEmpty());

    // An activist without a contact is a warning; contacts of someone who is no activist an error.
    a = applicant();
    a.activistOn = QDate(2019, 1, 1);
    const DevelopmentRules::Check check = DevelopmentRules::check(a, Today);
    QVERIFY(check.errors.isEmpty());
    QCOMPARE(fieldsOf(check.warnings), QStringList{QStringLiteral("contacts")});
    a = applicant();
    a.contacts = {11};
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("contacts")});
}

void TestDevelopmentRules::endOfDevelopment()
{
    Applicant a = applicant();
    a.closedOn = QDate(2019, 1, 1);
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("closed_reason")});
    a.closedReason = QStringLiteral("本人撤回申请");
    QVERIFY(DevelopmentRules::check(a, Today).errors.isEmpty());
    a.closedOn = QDate(2018, 2, 1);
    QCOMPARE(fieldsOf(DevelopmentRules::check(a, Today).errors), QStringList{QStringLiteral("closed_on")});

    Applicant b = admitted();
    b.closedOn = QDate(2025, 6, 1);
    b.closedReason = QStringLiteral("x");
    QCOMPARE(fieldsOf(DevelopmentRules::check(b, Today).errors), QStringList{QStringLiteral("closed_on")});
}

void TestDevelopmentRules::personIsCompletedFromIdNumber()
{
    Applicant a = applicant();
    a.idNumber = a.idNumber.toLower();
    QVERIFY(DevelopmentRules::check(a, Today).errors.isEmpty());
    QCOMPARE(a.birthDate, QDate(2000, 1, 1));
    QCOMPARE(a.gender, Gender::Male);

    a = applicant();
    a.idNumber.chop(1);
    a.idNumber += a.idNumber.endsWith(u'1') ? u'2' : u'1';
    const QStringList fields = fieldsOf(DevelopmentRules::check(a, Today).errors);
    QVERIFY(fields.contains(QStringLiteral("id_number")));
}

void TestDevelopmentRules::stageOnADate()
{
    const Applicant a = admitted();
    QCOMPARE(a.stageOn(QDate(2018, 2, 28)), DevelopmentStage::None);
    QCOMPARE(a.stageOn(QDate(2018, 3, 1)), DevelopmentStage::Applicant);
    QCOMPARE(a.stageOn(QDate(2019, 1, 1)), DevelopmentStage::Activist);
    QCOMPARE(a.stageOn(QDate(2024, 12, 31)), DevelopmentStage::Target);
    QCOMPARE(a.stageOn(QDate(2025, 1, 15)), DevelopmentStage::Admitted);
    Applicant b = applicant();
    b.closedOn = QDate(2019, 1, 1);
    QCOMPARE(b.stageOn(QDate(2019, 1, 1)), DevelopmentStage::Closed);
}

QTEST_GUILESS_MAIN(TestDevelopmentRules)
#include "tst_developmentrules.moc"
