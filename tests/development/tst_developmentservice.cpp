#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "services/DataGenerator.h"
#include "services/DevelopmentService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/MemberService.h"
#include "services/StatisticsService.h"
#include "store/OrganizationStore.h"

#include <QTest>

#include <memory>

// The development of new members through the service against a real database (the fixture
// roll: 张伟 and 李娜 full members of BR1, 王强 probationary in BR2 since 2026-03-01, 陈静
// transferred out of BR2 in 2023): contacts and sponsors must be full members on the dates
// that matter, the person must not be a member or another applicant yet, the admission
// creates the member with its admission event in the same transaction (and a refused
// admission writes nothing), the pipeline's counts and due lists, the statistics figures, and
// `import applicants` with its export reading back.
class TestDevelopmentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsAndReadsBack();
    void organizationMustDevelop();
    void personIsNotYetAMember();
    void contactsAreFullMembersWhenDesignated();
    void sponsorsAreFullMembersOnAdmission();
    void admissionCreatesTheMember();
    void refusedAdmissionWritesNothing();
    void admissionIsCorrectedInTheHistory();
    void conversionAfterTheProbation();
    void pipelineCountsAndDueLists();
    void statisticsFigures();
    void importAndExportReadBack();
    void importReportsEveryBadRow();
    void generatedPipelineKeepsTheRules();

private:
    qint64 org(const QString& code);
    qint64 memberId(const QString& idNumber);
    Applicant target(const QString& name, const QDate& birth, int serial);
    Statistics::Development development(const QString& code, int year);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
    qint64 m_zhang = 0;
    qint64 m_li = 0;
    qint64 m_wang = 0;
    qint64 m_chen = 0;
};

namespace {

QString idNumber(const QDate& birth, int serial, bool female = false)
{
    const QString first17 = QStringLiteral("110105%1%2")
                                .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                .arg(serial * 2 + (female ? 0 : 1), 3, 10, QLatin1Char('0'));
    return first17 + CitizenId::checkCharacter(first17);
}

// The message of a failed result, for QVERIFY2 (which evaluates it even when the check passes).
template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message().toUtf8();
}

} // namespace

void TestDevelopmentService::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestDevelopmentService::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
    m_zhang = memberId(QStringLiteral("110105198003151015"));
    m_li = memberId(QStringLiteral("110105198506201029"));
    m_wang = memberId(QStringLiteral("31010419900101213X"));
    m_chen = memberId(QStringLiteral("510107199512304253"));
}

void TestDevelopmentService::cleanup()
{
    m_temp.reset();
}

qint64 TestDevelopmentService::org(const QString& code)
{
    auto found = OrganizationStore(m_temp->db()).findByCode(code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestDevelopmentService::memberId(const QString& number)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, number);
    return found.ok() && found.value() ? found.value()->id : 0;
}

// A development target of BR1, trained, with a contact: ready for admission.
Applicant TestDevelopmentService::target(const QString& name, const QDate& birth, int serial)
{
    Applicant a;
    a.orgId = org(QStringLiteral("BR1"));
    a.name = name;
    a.idNumber = idNumber(birth, serial);
    a.education = Education::Bachelor;
    a.appliedOn = QDate(2022, 3, 1);
    a.talkedOn = QDate(2022, 3, 20);
    a.activistOn = QDate(2022, 9, 1);
    a.contacts = {m_zhang};
    a.targetOn = QDate(2023, 9, 1);
    a.politicalReviewOn = QDate(2024, 3, 1);
    a.trainedOn = QDate(2024, 4, 1);
    a.trainingHours = 32;
    return a;
}

Statistics::Development TestDevelopmentService::development(const QString& code, int year)
{
    auto stats = StatisticsService(m_temp->db()).compute(m_user, StatisticsRequest::forYear(year, org(code)));
    if (!stats.ok()) {
        qWarning() << stats.error().message();
        return {};
    }
    return stats->development;
}

void TestDevelopmentService::recordsAndReadsBack()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("赵敏"), QDate(2000, 5, 6), 1);
    a.contacts = {m_zhang, m_li};
    a.exceptions = {{DevelopmentRule::TrainingHours, QStringLiteral("unused")}};
    a.note = QStringLiteral("备注");
    auto id = service.save(m_user, a);
    QVERIFY2(id.ok(), why(id).constData());
    auto read = service.applicant(m_user, *id);
    QVERIFY(read.ok() && read.value());
    a.id = *id;
    a.birthDate = QDate(2000, 5, 6);
    a.gender = Gender::Male;
    QCOMPARE(*read.value(), a);
    auto byNumber = service.findByIdNumber(m_user, a.idNumber.toLower());
    QVERIFY(byNumber.ok() && byNumber.value());
    QCOMPARE(byNumber.value()->id, *id);

    // A second record of the same person is refused.
    Applicant twice = target(QStringLiteral("赵敏"), QDate(2000, 5, 6), 1);
    auto refused = service.save(m_user, twice);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("id_number"));
}

void TestDevelopmentService::organizationMustDevelop()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("钱多"), QDate(1999, 1, 2), 2);
    a.orgId = org(QStringLiteral("GRP1")); // a party group
    auto refused = service.save(m_user, a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("org"));
    a.orgId = 99999;
    QCOMPARE(service.save(m_user, a).error().field(), QStringLiteral("org"));
    a.orgId = org(QStringLiteral("GB1")); // a general branch develops too
    QVERIFY(service.save(m_user, a).ok());
}

void TestDevelopmentService::personIsNotYetAMember()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("张伟"), QDate(1980, 3, 15), 0);
    a.idNumber = QStringLiteral("110105198003151015");
    auto refused = service.save(m_user, a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("id_number"));
    QVERIFY(refused.error().message().contains(QStringLiteral("member")));
}

void TestDevelopmentService::contactsAreFullMembersWhenDesignated()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("孙丽"), QDate(1998, 8, 8), 3);
    a.contacts = {m_wang}; // probationary since 2026-03-01, not a member in 2022
    auto validation = service.validate(m_user, a);
    QVERIFY(validation.ok());
    QCOMPARE(validation->errors.size(), 1);
    QCOMPARE(validation->errors.constFirst().field, QStringLiteral("contacts"));
    QVERIFY(validation->errors.constFirst().message.contains(QStringLiteral("王强")));

    a.contacts = {m_chen}; // full member of BR2 until the transfer out in 2023
    validation = service.validate(m_user, a);
    QVERIFY(validation->errors.isEmpty());
    a.activistOn = QDate(2023, 9, 1);
    a.targetOn = QDate(2024, 9, 1);
    a.politicalReviewOn = QDate(2024, 10, 1);
    a.trainedOn = QDate(2024, 11, 1);
    validation = service.validate(m_user, a);
    QCOMPARE(validation->errors.size(), 1);
    QCOMPARE(validation->errors.constFirst().field, QStringLiteral("contacts"));
}

void TestDevelopmentService::sponsorsAreFullMembersOnAdmission()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("周航"), QDate(1997, 7, 7), 4);
    a.admittedOn = QDate(2026, 6, 1);
    a.sponsors = {m_zhang, m_wang}; // 王强 is probationary on 2026-06-01
    auto refused = service.save(m_user, a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("sponsors"));
    a.sponsors = {m_zhang, m_chen}; // 陈静 left in 2023
    QCOMPARE(service.save(m_user, a).error().field(), QStringLiteral("sponsors"));
    a.sponsors = {m_zhang};
    QCOMPARE(service.save(m_user, a).error().field(), QStringLiteral("sponsors"));
    QCOMPARE(memberId(a.idNumber), 0);
    a.sponsors = {m_zhang, m_li};
    QVERIFY(service.save(m_user, a).ok());
}

void TestDevelopmentService::admissionCreatesTheMember()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("吴桐"), QDate(1996, 6, 6), 5);
    a.honours = QStringLiteral("优秀团员");
    auto id = service.save(m_user, a);
    QVERIFY(id.ok());
    QCOMPARE(memberId(a.idNumber), 0); // a development target is not a member

    a.id = *id;
    a.preReviewedOn = QDate(2024, 11, 1);
    a.admittedOn = QDate(2025, 1, 10);
    a.sponsors = {m_zhang, m_li};
    QVERIFY(service.save(m_user, a).ok());
    MemberService members(m_temp->db());
    auto member = members.findByIdNumber(m_user, a.idNumber);
    QVERIFY(member.ok() && member.value());
    QCOMPARE(member.value()->category, MemberCategory::Probationary);
    QCOMPARE(member.value()->orgId, org(QStringLiteral("BR1")));
    QCOMPARE(member.value()->admittedOn, QDate(2025, 1, 10));
    QCOMPARE(member.value()->appliedOn, QDate(2022, 3, 1));
    QCOMPARE(member.value()->activistOn, QDate(2022, 9, 1));
    QCOMPARE(member.value()->honours, QStringLiteral("优秀团员"));
    QCOMPARE(member.value()->education, Education::Bachelor);
    auto history = members.history(m_user, member.value()->id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().kind, EventKind::Admitted);
    auto read = service.applicant(m_user, *id);
    QCOMPARE(read.value()->memberId, member.value()->id);

    // The approval, later, changes the applicant only.
    a.approvedOn = QDate(2025, 3, 1);
    QVERIFY(service.save(m_user, a).ok());
    QCOMPARE(members.history(m_user, member.value()->id)->size(), 1);
}

void TestDevelopmentService::refusedAdmissionWritesNothing()
{
    DevelopmentService service(m_temp->db());
    // TMP1 was dissolved on 2024-06-30: MemberService refuses an admission into it afterwards.
    Applicant a = target(QStringLiteral("郑和"), QDate(1995, 5, 5), 6);
    a.orgId = org(QStringLiteral("TMP1"));
    a.admittedOn = QDate(2024, 8, 1);
    a.sponsors = {m_zhang, m_li};
    auto refused = service.save(m_user, a);
    QVERIFY(!refused.ok());
    QCOMPARE(memberId(a.idNumber), 0);
    auto none = service.findByIdNumber(m_user, a.idNumber);
    QVERIFY(none.ok() && !none.value());
}

void TestDevelopmentService::admissionIsCorrectedInTheHistory()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("冯远"), QDate(1994, 4, 4), 7);
    a.admittedOn = QDate(2025, 2, 1);
    a.sponsors = {m_zhang, m_li};
    auto id = service.save(m_user, a);
    QVERIFY(id.ok());
    a.id = *id;
    a.admittedOn = QDate(2025, 2, 2);
    auto refused = service.save(m_user, a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("admitted_on"));
    a.admittedOn = QDate(2025, 2, 1);
    a.orgId = org(QStringLiteral("BR2"));
    QCOMPARE(service.save(m_user, a).error().field(), QStringLiteral("org"));
}

void TestDevelopmentService::conversionAfterTheProbation()
{
    DevelopmentService service(m_temp->db());
    Applicant a = target(QStringLiteral("陈光"), QDate(1993, 3, 3), 8);
    a.admittedOn = QDate(2025, 3, 1);
    a.sponsors = {m_zhang, m_li};
    QVERIFY(service.save(m_user, a).ok());
    const qint64 member = memberId(a.idNumber);
    MemberService members(m_temp->db());
    MembershipEvent conversion{0, member, QDate(2026, 2, 28), EventKind::ConvertedFull, 0, {}};
    auto early = members.recordEvent(m_user, conversion);
    QVERIFY(!early.ok());
    QVERIFY(early.error().message().contains(QStringLiteral("2026-03-01")));
    conversion.date = QDate(2026, 3, 1);
    QVERIFY(members.recordEvent(m_user, conversion).ok());
    QCOMPARE(members.findById(m_user, member).value()->category, MemberCategory::Full);
}

void TestDevelopmentService::pipelineCountsAndDueLists()
{
    DevelopmentService service(m_temp->db());
    const qint64 br1 = org(QStringLiteral("BR1"));
    // An applicant without talk (due 2026-12-10), an activist, a target, an admitted one
    // waiting for approval, an applicant of BR3 (outside GB1), one who withdrew.
    Applicant fresh;
    fresh.orgId = br1;
    fresh.name = QStringLiteral("新人");
    fresh.idNumber = idNumber(QDate(2001, 1, 1), 10);
    fresh.appliedOn = QDate(2026, 11, 10);
    QVERIFY(service.save(m_user, fresh).ok());
    Applicant activist = target(QStringLiteral("积极"), QDate(2001, 2, 2), 11);
    activist.targetOn = {};
    activist.politicalReviewOn = {};
    activist.trainedOn = {};
    activist.trainingHours = 0;
    QVERIFY(service.save(m_user, activist).ok());
    QVERIFY(service.save(m_user, target(QStringLiteral("对象"), QDate(2001, 3, 3), 12)).ok());
    Applicant admitted = target(QStringLiteral("预备"), QDate(2001, 4, 4), 13);
    admitted.admittedOn = QDate(2026, 9, 1);
    admitted.sponsors = {m_zhang, m_li};
    QVERIFY(service.save(m_user, admitted).ok());
    Applicant elsewhere = fresh;
    elsewhere.idNumber = idNumber(QDate(2001, 5, 5), 14);
    elsewhere.orgId = org(QStringLiteral("BR3"));
    QVERIFY(service.save(m_user, elsewhere).ok());
    Applicant withdrew = fresh;
    withdrew.idNumber = idNumber(QDate(2001, 6, 6), 15);
    withdrew.closedOn = QDate(2026, 11, 15);
    withdrew.closedReason = QStringLiteral("本人撤回");
    QVERIFY(service.save(m_user, withdrew).ok());

    auto p = service.pipeline(m_user, org(QStringLiteral("GB1")), 30);
    QVERIFY2(p.ok(), why(p).constData());
    QCOMPARE(p->applicants, 1);
    QCOMPARE(p->activists, 1);
    QCOMPARE(p->targets, 1);
    // 王强 (BR2, admitted 2026-03-01: probation ends 2027-03-01, beyond 30 days) and 预备.
    QCOMPARE(p->probationary, 2);
    QCOMPARE(p->talks.size(), 1);
    QCOMPARE(p->talks.constFirst().name, QStringLiteral("新人"));
    QCOMPARE(p->talks.constFirst().dueOn, QDate(2026, 12, 10));
    QCOMPARE(p->talks.constFirst().daysLeft, 19);
    QCOMPARE(p->approvals.size(), 1);
    QCOMPARE(p->approvals.constFirst().dueOn, QDate(2026, 12, 1));
    QCOMPARE(p->approvals.constFirst().daysLeft, 10);
    QVERIFY(p->probations.isEmpty());
    auto later = service.pipeline(m_user, org(QStringLiteral("GB1")), 110);
    QCOMPARE(later->probations.size(), 1);
    QCOMPARE(later->probations.constFirst().memberId, m_wang);
    QCOMPARE(later->probations.constFirst().dueOn, QDate(2027, 3, 1));

    auto all = service.applicantsOf(m_user, org(QStringLiteral("GB1")), false);
    QCOMPARE(all->size(), 3);
    auto withDone = service.applicantsOf(m_user, 0, true);
    QCOMPARE(withDone->size(), 6);
}

void TestDevelopmentService::statisticsFigures()
{
    DevelopmentService service(m_temp->db());
    // Applied 2022 / activist 2022 / target 2023 (BR1), admitted 2025.
    Applicant a = target(QStringLiteral("甲"), QDate(1990, 1, 1), 20);
    a.admittedOn = QDate(2025, 5, 1);
    a.sponsors = {m_zhang, m_li};
    QVERIFY(service.save(m_user, a).ok());
    Applicant b = target(QStringLiteral("乙"), QDate(1991, 1, 1), 21); // still a target
    QVERIFY(service.save(m_user, b).ok());
    Applicant c = target(QStringLiteral("丙"), QDate(1992, 1, 1), 22); // still an activist
    c.targetOn = c.politicalReviewOn = c.trainedOn = {};
    c.trainingHours = 0;
    QVERIFY(service.save(m_user, c).ok());
    Applicant d = target(QStringLiteral("丁"), QDate(1993, 1, 1), 23); // BR3, applied 2023
    d.orgId = org(QStringLiteral("BR3"));
    d.appliedOn = QDate(2023, 1, 5);
    d.talkedOn = QDate(2023, 1, 20);
    d.activistOn = QDate(2023, 6, 1);
    d.targetOn = d.politicalReviewOn = d.trainedOn = {};
    d.trainingHours = 0;
    QVERIFY(service.save(m_user, d).ok());

    Statistics::Development y2022 = development(QStringLiteral("COM1"), 2022);
    QCOMPARE(y2022.applicantsReceived, 3);
    QCOMPARE(y2022.activistsDesignated, 3);
    QCOMPARE(y2022.activistsAtEnd, 3);
    QCOMPARE(y2022.targetsAtEnd, 0);
    Statistics::Development y2023 = development(QStringLiteral("COM1"), 2023);
    QCOMPARE(y2023.applicantsReceived, 1);
    QCOMPARE(y2023.activistsDesignated, 1);
    QCOMPARE(y2023.activistsAtEnd, 2); // 丙 and 丁
    QCOMPARE(y2023.targetsAtEnd, 2);   // 甲 and 乙
    Statistics::Development y2025 = development(QStringLiteral("BR1"), 2025);
    QCOMPARE(y2025.applicantsReceived, 0);
    QCOMPARE(y2025.activistsAtEnd, 1);
    QCOMPARE(y2025.targetsAtEnd, 1); // 甲 was admitted
    QCOMPARE(y2025.admitted, 1);
    QCOMPARE(development(QStringLiteral("BR3"), 2023).applicantsReceived, 1);
    QCOMPARE(development(QStringLiteral("BR2"), 2023).applicantsReceived, 0);
}

void TestDevelopmentService::importAndExportReadBack()
{
    const QString file = m_temp->writeFile(
        QStringLiteral("applicants.csv"),
        QStringLiteral("姓名,性别,公民身份号码,出生日期,学历,职业,所在党组织,申请日期,确定积极分子日期,"
                       "确定发展对象日期,培训结业日期,接收预备党员日期,先进,介绍人,培养联系人,例外原因\n"
                       "林一,男,%1,,大学本科,工人,BR1,2022-03-01,2022-09-01,2023-09-01,2024-04-01,2025-01-10,"
                       "劳动模范,110105198003151015;110105198506201029,110105198003151015,\n"
                       "林二,女,%2,,大专,,BR1,2024-03-01,2024-09-01,2025-03-01,,,,,110105198506201029,"
                       "支部报请上级批准提前\n")
            .arg(idNumber(QDate(1998, 1, 1), 30), idNumber(QDate(1999, 1, 1), 31, true)));
    ImportService importer(m_temp->db());
    auto report = importer.importFile(m_user, TableKind::Applicants, file, {});
    QVERIFY2(report.ok(), why(report).constData());
    for (const RowIssue& issue : std::as_const(report->issues)) {
        qWarning() << issue.row << issue.column << issue.message;
    }
    QVERIFY(report->issues.isEmpty());
    QCOMPARE(report->created, 2);
    const qint64 member = memberId(idNumber(QDate(1998, 1, 1), 30));
    QVERIFY(member != 0);
    auto second = DevelopmentService(m_temp->db()).findByIdNumber(m_user, idNumber(QDate(1999, 1, 1), 31, true));
    QCOMPARE(second.value()->exceptions.size(), 1); // only the rule it breaks
    QCOMPARE(second.value()->exceptions.constFirst().rule, DevelopmentRule::ActivistYear);

    // Exported, then imported into the same database: nothing changes.
    const QString exported = m_temp->file(QStringLiteral("out.csv"));
    auto rows = ExportService(m_temp->db()).exportTable(m_user, TableKind::Applicants, exported);
    QVERIFY(rows.ok());
    QCOMPARE(*rows, qint64(2));
    auto again = importer.importFile(m_user, TableKind::Applicants, exported, {});
    QVERIFY(again.ok());
    QVERIFY(again->issues.isEmpty());
    QCOMPARE(again->unchanged, 2);
}

void TestDevelopmentService::importReportsEveryBadRow()
{
    const QString file = m_temp->writeFile(
        QStringLiteral("bad.csv"),
        QStringLiteral("name,id_number,org,applied_on,activist_on,target_on,trained_on,admitted_on,sponsors\n"
                       "甲,%1,BR1,2016-03-01,,,,,\n"                               // 16 years old
                       "乙,%2,NOPE,2022-03-01,,,,,\n"                              // unknown organization
                       "丙,%3,BR1,2022-03-01,2022-09-01,2023-03-01,2023-05-01,,\n" // half a year as activist
                       "丁,%4,BR1,2022-03-01,2022-09-01,2023-09-01,2024-04-01,2025-01-10,31010419900101213X\n"
                       "戊,%5,BR1,2022-03-01,,,,,\n"
                       "己,%5,BR1,2022-04-01,,,,,\n") // the person of row 6 again
            .arg(idNumber(QDate(2000, 1, 1), 40), idNumber(QDate(2000, 1, 1), 41), idNumber(QDate(2000, 1, 1), 42),
                 idNumber(QDate(2000, 1, 1), 43), idNumber(QDate(2000, 1, 1), 44)));
    auto report = ImportService(m_temp->db()).importFile(m_user, TableKind::Applicants, file, {});
    QVERIFY(report.ok());
    QStringList found;
    for (const RowIssue& issue : std::as_const(report->issues)) {
        found.append(QStringLiteral("%1:%2").arg(issue.row).arg(issue.column));
    }
    found.removeDuplicates();
    QCOMPARE(found, (QStringList{QStringLiteral("2:applied_on"), QStringLiteral("3:org"), QStringLiteral("4:target_on"),
                                 QStringLiteral("5:sponsors"), QStringLiteral("7:id_number")}));
    // All or nothing: the good row 6 was not written either.
    auto none = DevelopmentService(m_temp->db()).applicantsOf(m_user, 0, true);
    QVERIFY(none->isEmpty());
}

void TestDevelopmentService::generatedPipelineKeepsTheRules()
{
    TempDatabase generated;
    GeneratorOptions options;
    options.members = 3000;
    options.orgs = 120;
    options.years = 5;
    options.seed = 7;
    auto summary = DataGenerator(generated.db()).generate(m_user, options);
    QVERIFY2(summary.ok(), why(summary).constData());
    QVERIFY(summary->applicants > 50);
    DevelopmentService service(generated.db());
    auto all = service.applicantsOf(m_user, 0, true);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), summary->applicants);
    int withContact = 0;
    QSet<DevelopmentStage> stages;
    for (Applicant a : std::as_const(*all)) {
        auto validation = service.validate(m_user, a);
        QVERIFY(validation.ok());
        QVERIFY2(validation->errors.isEmpty(),
                 qPrintable(a.idNumber + QStringLiteral(": ") + validation->errors.value(0).field +
                            QStringLiteral(" ") + validation->errors.value(0).message));
        withContact += a.contacts.isEmpty() ? 0 : 1;
        stages.insert(a.stageOn(QDate(2026, 11, 21)));
    }
    QVERIFY(withContact > 0);
    QCOMPARE(stages, (QSet<DevelopmentStage>{DevelopmentStage::Applicant, DevelopmentStage::Activist,
                                             DevelopmentStage::Target}));
    auto pipeline = service.pipeline(m_user, 0);
    QVERIFY(pipeline.ok());
    QCOMPARE(pipeline->applicants + pipeline->activists + pipeline->targets, summary->applicants);
    QVERIFY(!pipeline->talks.isEmpty());
}

QTEST_GUILESS_MAIN(TestDevelopmentService)
#include "tst_developmentservice.moc"
