#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/development/ApplicantDialog.h"
#include "gui/development/ApplicantListModel.h"
#include "gui/development/DevelopmentActions.h"
#include "gui/development/DueListModel.h"
#include "gui/development/PipelineWidget.h"
#include "services/DevelopmentService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

// The development pipeline of an organization on a small database built through the services
// (today 2026-11-21): the stage counts, the three due lists with days left and overdue rows in
// red, the applicant list with and without the admitted and ended, another subtree and the
// whole database, and the editor opened from the list, a talk row and the Edit button.
class TestDevelopmentPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void countsAndDueLists();
    void applicantListShowsAdmittedAndEndedOnRequest();
    void otherSubtreeAndWholeDatabase();
    void activatingAnApplicantOpensTheEditor();
    void talkRowOpensTheEditorAndProbationRowTheMember();
    void actionsOpenTheWindowAndTheEditor();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    qint64 addApplicant(Applicant a);
    qint64 admitMember(const QString& name, const QDate& birth, int sequence, const QDate& admittedOn, qint64 orgId);
    // Shows the organization and waits for the read.
    void show(PipelineWidget& widget, qint64 orgId);
    QString count(PipelineWidget& widget, const char* name);
    template <typename T> T* child(QWidget* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no %s", name);
        }
        return found;
    }

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
    qint64 m_zhao = 0;  // applicant, talk due in 10 days
    qint64 m_qian = 0;  // applicant, talk overdue
    qint64 m_sun = 0;   // activist
    qint64 m_li = 0;    // development target
    qint64 m_zhou = 0;  // admitted, approval waiting
    qint64 m_wu = 0;    // applicant of BR3 (outside GB1)
    qint64 m_zheng = 0; // left the development
    qint64 m_zhouMember = 0;
    qint64 m_soonMember = 0;    // probation ends in 10 days
    qint64 m_overdueMember = 0; // probation ended 51 days ago
};

namespace {

QString idFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
    return first17 + CitizenId::checkCharacter(first17);
}

const QString Zhang = QStringLiteral("110105198003151015"); // 张伟, full member of BR1
const QString LiNa = QStringLiteral("110105198506201029");  // 李娜, full member of BR1

} // namespace

void TestDevelopmentPipeline::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

qint64 TestDevelopmentPipeline::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestDevelopmentPipeline::member(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestDevelopmentPipeline::addApplicant(Applicant a)
{
    const auto id = DevelopmentService(m_temp->db()).save(m_user, a);
    if (!id.ok()) {
        qWarning("%s: %s (%s)", qPrintable(a.name), qPrintable(id.error().message()), qPrintable(id.error().field()));
        return 0;
    }
    return *id;
}

qint64 TestDevelopmentPipeline::admitMember(const QString& name, const QDate& birth, int sequence,
                                            const QDate& admittedOn, qint64 orgId)
{
    Member m;
    m.name = name;
    m.idNumber = idFor(birth, sequence);
    const auto id = MemberService(m_temp->db()).admit(m_user, m, admittedOn, orgId);
    return id.ok() ? *id : 0;
}

void TestDevelopmentPipeline::init()
{
    Dialogs::resetForTests();
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
    const qint64 br1 = org(QStringLiteral("BR1"));
    const qint64 br2 = org(QStringLiteral("BR2"));
    const qint64 br3 = org(QStringLiteral("BR3"));

    auto person = [](const QString& name, int year, int sequence, qint64 orgId) {
        Applicant a;
        a.name = name;
        a.idNumber = idFor(QDate(year, 4, 1), sequence);
        a.orgId = orgId;
        return a;
    };
    Applicant zhao = person(QStringLiteral("赵一"), 2000, 11, br1);
    zhao.appliedOn = QDate(2026, 11, 1); // talk due 2026-12-01: 10 days left
    m_zhao = addApplicant(zhao);

    Applicant qian = person(QStringLiteral("钱二"), 1999, 21, br2);
    qian.appliedOn = QDate(2026, 9, 1); // talk was due 2026-10-01: 51 days overdue
    m_qian = addApplicant(qian);

    Applicant sun = person(QStringLiteral("孙三"), 1998, 31, br1);
    sun.appliedOn = QDate(2025, 1, 10);
    sun.talkedOn = QDate(2025, 1, 20);
    sun.activistOn = QDate(2025, 3, 1);
    sun.contacts = {member(Zhang)};
    m_sun = addApplicant(sun);

    Applicant li = person(QStringLiteral("李四"), 1997, 41, br2);
    li.appliedOn = QDate(2024, 3, 1);
    li.talkedOn = QDate(2024, 3, 15);
    li.activistOn = QDate(2024, 5, 1);
    li.targetOn = QDate(2025, 6, 1);
    li.contacts = {member(LiNa)};
    m_li = addApplicant(li);

    Applicant zhou = person(QStringLiteral("周五"), 1995, 51, br1);
    zhou.appliedOn = QDate(2024, 1, 5);
    zhou.talkedOn = QDate(2024, 1, 20);
    zhou.activistOn = QDate(2024, 3, 1);
    zhou.targetOn = QDate(2025, 4, 1);
    zhou.politicalReviewOn = QDate(2025, 6, 1);
    zhou.trainedOn = QDate(2025, 7, 1);
    zhou.trainingHours = 24;
    zhou.preReviewedOn = QDate(2026, 8, 1);
    zhou.admittedOn = QDate(2026, 10, 1); // approval due 2027-01-01: 41 days left
    zhou.contacts = {member(Zhang)};
    zhou.sponsors = {member(Zhang), member(LiNa)};
    m_zhou = addApplicant(zhou);

    Applicant wu = person(QStringLiteral("吴六"), 2001, 61, br3);
    wu.appliedOn = QDate(2026, 11, 10);
    m_wu = addApplicant(wu);

    Applicant zheng = person(QStringLiteral("郑七"), 1996, 71, br1);
    zheng.appliedOn = QDate(2026, 1, 5);
    zheng.talkedOn = QDate(2026, 1, 20);
    zheng.closedOn = QDate(2026, 5, 1);
    zheng.closedReason = QStringLiteral("withdrew the application");
    m_zheng = addApplicant(zheng);
    QVERIFY(m_zhao && m_qian && m_sun && m_li && m_zhou && m_wu && m_zheng);
    const auto admitted = DevelopmentService(m_temp->db()).applicant(m_user, m_zhou);
    QVERIFY(admitted.ok() && admitted.value());
    m_zhouMember = admitted.value()->memberId;
    QVERIFY(m_zhouMember != 0);

    // Probationary members entered without an applicant record.
    m_soonMember = admitMember(QStringLiteral("冯八"), QDate(1990, 2, 2), 81, QDate(2025, 12, 1), br2);
    m_overdueMember = admitMember(QStringLiteral("陈九"), QDate(1991, 3, 3), 91, QDate(2025, 10, 1), br1);
    QVERIFY(m_soonMember && m_overdueMember);
}

void TestDevelopmentPipeline::cleanup()
{
    m_temp.reset();
}

void TestDevelopmentPipeline::show(PipelineWidget& widget, qint64 orgId)
{
    QSignalSpy loaded(&widget, &PipelineWidget::loaded);
    widget.showOrganization(orgId);
    QVERIFY(widget.isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!widget.isLoading());
    QVERIFY2(!widget.error(), qPrintable(widget.error() ? widget.error()->message() : QString()));
}

QString TestDevelopmentPipeline::count(PipelineWidget& widget, const char* name)
{
    auto* label = child<QLabel>(&widget, name);
    return label ? label->text() : QString();
}

void TestDevelopmentPipeline::modelsPassTheTester()
{
    DueListModel due(DueListModel::Kind::Approval);
    QAbstractItemModelTester dueTester(&due, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(due.columnCount(), int(DueListModel::ColumnCount));
    QCOMPARE(due.headerData(DueListModel::DueOnColumn, Qt::Horizontal).toString(), QStringLiteral("Approval due by"));
    const qint64 br1 = org(QStringLiteral("BR1"));
    due.setRows({DevelopmentService::Due{1, 2, QStringLiteral("周五"), idFor(QDate(1995, 4, 1), 51), br1,
                                         QDate(2026, 10, 1), QDate(2027, 1, 1), 41},
                 DevelopmentService::Due{3, 4, QStringLiteral("某某"), idFor(QDate(1995, 4, 2), 53), br1,
                                         QDate(2026, 7, 1), QDate(2026, 10, 1), -51}},
                {{br1, QStringLiteral("预算一科党支部")}});
    QCOMPARE(due.rowCount(), 2);
    QCOMPARE(due.overdueCount(), 1);
    QCOMPARE(due.index(0, DueListModel::OrganizationColumn).data().toString(), QStringLiteral("预算一科党支部"));
    QCOMPARE(due.index(0, DueListModel::DaysLeftColumn).data().toString(), QStringLiteral("41 day(s)"));
    QCOMPARE(due.index(1, DueListModel::DaysLeftColumn).data().toString(), QStringLiteral("overdue by 51 day(s)"));
    QCOMPARE(DueListModel::daysLeftText(0), QStringLiteral("due today"));
    QVERIFY(!due.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(due.index(1, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x00, 0x20));
    QCOMPARE(due.index(1, 0).data(DueListModel::ApplicantIdRole).toLongLong(), 3);
    QCOMPARE(due.index(1, 0).data(DueListModel::MemberIdRole).toLongLong(), 4);
    due.setRows({}, {});
    QCOMPARE(due.rowCount(), 0);

    ApplicantListModel applicants;
    QAbstractItemModelTester applicantsTester(&applicants, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto list = DevelopmentService(m_temp->db()).applicantsOf(m_user, 0, true);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 7);
    applicants.setRows(*list, {{br1, QStringLiteral("预算一科党支部")}}, QDate(2026, 11, 21));
    QCOMPARE(applicants.rowCount(), 7);
    const int zhou = applicants.rowOfApplicant(m_zhou);
    QVERIFY(zhou >= 0);
    QCOMPARE(applicants.index(zhou, ApplicantListModel::StageColumn).data().toString(), QStringLiteral("admitted"));
    QCOMPARE(applicants.index(zhou, ApplicantListModel::AdmittedOnColumn).data().toString(),
             QStringLiteral("2026-10-01"));
    QCOMPARE(applicants.index(zhou, 0).data(ApplicantListModel::MemberIdRole).toLongLong(), m_zhouMember);
    QVERIFY(applicants.index(zhou, 0).data(Qt::ForegroundRole).isValid()); // grey: out of the pipeline
    const int sun = applicants.rowOfApplicant(m_sun);
    QCOMPARE(applicants.index(sun, ApplicantListModel::StageColumn).data().toString(), QStringLiteral("activist"));
    QCOMPARE(applicants.index(sun, ApplicantListModel::OrganizationColumn).data().toString(),
             QStringLiteral("预算一科党支部"));
    QVERIFY(!applicants.index(sun, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(applicants.rowOfApplicant(999999), -1);
    applicants.setRows({}, {}, QDate(2026, 11, 21));
    QCOMPARE(applicants.rowCount(), 0);
}

void TestDevelopmentPipeline::countsAndDueLists()
{
    PipelineWidget widget(m_temp->db());
    QAbstractItemModelTester talksTester(widget.talksModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester approvalsTester(widget.approvalsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester probationsTester(widget.probationsModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester applicantsTester(widget.applicantsModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.show();
    show(widget, org(QStringLiteral("GB1")));
    QVERIFY(child<QLabel>(&widget, "scopeLabel")->text().contains(QStringLiteral("预算处党总支（GB1）")));

    // GB1 = BR1 + BR2: 赵一 and 钱二 applied, 孙三 activist, 李四 target; 王强 (fixture),
    // 周五 (admitted here), 冯八 and 陈九 are probationary. 吴六 is in BR3, 郑七 left.
    QCOMPARE(count(widget, "applicantsCount"), QStringLiteral("2"));
    QCOMPARE(count(widget, "activistsCount"), QStringLiteral("1"));
    QCOMPARE(count(widget, "targetsCount"), QStringLiteral("1"));
    QCOMPARE(count(widget, "probationaryCount"), QStringLiteral("4"));

    // Talks: the overdue one first, red.
    DueListModel* talks = widget.talksModel();
    QCOMPARE(talks->rowCount(), 2);
    QCOMPARE(talks->index(0, DueListModel::NameColumn).data().toString(), QStringLiteral("钱二"));
    QCOMPARE(talks->index(0, DueListModel::SinceColumn).data().toString(), QStringLiteral("2026-09-01"));
    QCOMPARE(talks->index(0, DueListModel::DueOnColumn).data().toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(talks->index(0, 0).data(DueListModel::DaysLeftRole).toInt(), -51);
    QCOMPARE(talks->index(0, DueListModel::DaysLeftColumn).data().toString(), QStringLiteral("overdue by 51 day(s)"));
    QCOMPARE(talks->index(0, DueListModel::NameColumn).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xb0, 0x00, 0x20));
    QCOMPARE(talks->index(0, DueListModel::OrganizationColumn).data().toString(), QStringLiteral("预算二科党支部"));
    QCOMPARE(talks->index(1, DueListModel::NameColumn).data().toString(), QStringLiteral("赵一"));
    QCOMPARE(talks->index(1, 0).data(DueListModel::DaysLeftRole).toInt(), 10);
    QVERIFY(!talks->index(1, 0).data(Qt::ForegroundRole).isValid());

    DueListModel* approvals = widget.approvalsModel();
    QCOMPARE(approvals->rowCount(), 1);
    QCOMPARE(approvals->index(0, DueListModel::NameColumn).data().toString(), QStringLiteral("周五"));
    QCOMPARE(approvals->index(0, DueListModel::DueOnColumn).data().toString(), QStringLiteral("2027-01-01"));
    QCOMPARE(approvals->index(0, 0).data(DueListModel::DaysLeftRole).toInt(), 41);

    // Probations ending within 30 days or ended: 陈九 (2026-10-01) then 冯八 (2026-12-01);
    // 王强 (2027-03-01) and 周五 (2027-10-01) are not due.
    DueListModel* probations = widget.probationsModel();
    QCOMPARE(probations->rowCount(), 2);
    QCOMPARE(probations->index(0, DueListModel::NameColumn).data().toString(), QStringLiteral("陈九"));
    QCOMPARE(probations->index(0, 0).data(DueListModel::OverdueRole).toBool(), true);
    QCOMPARE(probations->index(0, 0).data(DueListModel::MemberIdRole).toLongLong(), m_overdueMember);
    QCOMPARE(probations->index(1, DueListModel::NameColumn).data().toString(), QStringLiteral("冯八"));
    QCOMPARE(probations->index(1, DueListModel::DueOnColumn).data().toString(), QStringLiteral("2026-12-01"));
    QCOMPARE(probations->index(1, 0).data(DueListModel::DaysLeftRole).toInt(), 10);

    auto* tabs = child<QTabWidget>(&widget, "dueTabs");
    QCOMPARE(tabs->tabText(0), QStringLiteral("Talks due (2, 1 overdue)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Approvals waiting (1)"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Probations ending within 30 days (2, 1 overdue)"));

    // A talk recorded elsewhere leaves the list at the next read.
    auto zhao = DevelopmentService(m_temp->db()).applicant(m_user, m_zhao);
    QVERIFY(zhao.ok() && zhao.value());
    Applicant talked = *zhao.value();
    talked.talkedOn = QDate(2026, 11, 20);
    QVERIFY(DevelopmentService(m_temp->db()).save(m_user, talked).ok());
    QSignalSpy loaded(&widget, &PipelineWidget::loaded);
    QTest::mouseClick(child<QPushButton>(&widget, "refreshButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(talks->rowCount(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Talks due (1, 1 overdue)"));
}

void TestDevelopmentPipeline::applicantListShowsAdmittedAndEndedOnRequest()
{
    PipelineWidget widget(m_temp->db());
    QAbstractItemModelTester tester(widget.applicantsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.show();
    show(widget, org(QStringLiteral("GB1")));
    ApplicantListModel* list = widget.applicantsModel();
    // By application date: 周五 2024-01-05, 李四 2024-03-01, 孙三 2025-01-10, 钱二, 赵一.
    QCOMPARE(list->rowCount(), 4);
    QCOMPARE(list->index(0, ApplicantListModel::NameColumn).data().toString(), QStringLiteral("李四"));
    QCOMPARE(list->index(0, ApplicantListModel::StageColumn).data().toString(), QStringLiteral("development target"));
    QCOMPARE(list->index(0, ApplicantListModel::TargetOnColumn).data().toString(), QStringLiteral("2025-06-01"));
    QCOMPARE(list->index(3, ApplicantListModel::NameColumn).data().toString(), QStringLiteral("赵一"));
    QCOMPARE(list->index(3, ApplicantListModel::StageColumn).data().toString(), QStringLiteral("applicant"));
    QCOMPARE(list->rowOfApplicant(m_zhou), -1);
    QCOMPARE(list->rowOfApplicant(m_zheng), -1);

    auto* showDone = child<QCheckBox>(&widget, "showDoneCheck");
    QSignalSpy loaded(&widget, &PipelineWidget::loaded);
    QTest::mouseClick(showDone, Qt::LeftButton);
    QVERIFY(showDone->isChecked());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(list->rowCount(), 6);
    const int zhou = list->rowOfApplicant(m_zhou);
    QCOMPARE(list->index(zhou, ApplicantListModel::StageColumn).data().toString(), QStringLiteral("admitted"));
    const int zheng = list->rowOfApplicant(m_zheng);
    QCOMPARE(list->index(zheng, ApplicantListModel::StageColumn).data().toString(),
             QStringLiteral("left the development"));
    QCOMPARE(list->index(zheng, ApplicantListModel::ClosedOnColumn).data().toString(), QStringLiteral("2026-05-01"));
    QCOMPARE(list->index(zheng, ApplicantListModel::ClosedOnColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("withdrew the application"));
    // The counts are the same either way.
    QCOMPARE(count(widget, "applicantsCount"), QStringLiteral("2"));
}

void TestDevelopmentPipeline::otherSubtreeAndWholeDatabase()
{
    PipelineWidget widget(m_temp->db());
    widget.show();
    show(widget, org(QStringLiteral("BR3")));
    QCOMPARE(count(widget, "applicantsCount"), QStringLiteral("1"));
    QCOMPARE(count(widget, "activistsCount"), QStringLiteral("0"));
    QCOMPARE(count(widget, "probationaryCount"), QStringLiteral("0"));
    QCOMPARE(widget.applicantsModel()->rowCount(), 1);
    QCOMPARE(widget.applicantsModel()->index(0, 0).data().toString(), QStringLiteral("吴六"));
    QCOMPARE(widget.talksModel()->rowCount(), 1);
    QCOMPARE(widget.probationsModel()->rowCount(), 0);

    show(widget, org(QStringLiteral("COM1"))); // GB1 and BR3
    QCOMPARE(count(widget, "applicantsCount"), QStringLiteral("3"));
    QCOMPARE(widget.talksModel()->rowCount(), 3);

    show(widget, 0);
    QCOMPARE(child<QLabel>(&widget, "scopeLabel")->text(), QStringLiteral("All organizations"));
    QCOMPARE(count(widget, "applicantsCount"), QStringLiteral("3"));
    QCOMPARE(count(widget, "probationaryCount"), QStringLiteral("4"));
    QCOMPARE(widget.applicantsModel()->rowCount(), 5);
}

void TestDevelopmentPipeline::activatingAnApplicantOpensTheEditor()
{
    PipelineWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    show(widget, org(QStringLiteral("GB1")));
    auto* edit = child<QPushButton>(&widget, "editApplicantButton");
    QVERIFY(!edit->isEnabled()); // nothing selected
    QTableView* view = widget.applicantsView();
    const int row = widget.applicantsModel()->rowOfApplicant(m_sun);
    QVERIFY(row >= 0);

    // A double click opens 孙三's record; a note is added and saved.
    QSignalSpy saved(&widget, &PipelineWidget::applicantSaved);
    QSignalSpy loaded(&widget, &PipelineWidget::loaded);
    QString shownName;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ApplicantDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shownName = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text();
        // (QTest::keyClicks types ASCII only)
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))->insertPlainText(QStringLiteral("谈心谈话记录"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    });
    const QRect cell = view->visualRect(widget.applicantsModel()->index(row, ApplicantListModel::NameColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(edit->isEnabled());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(shownName, QStringLiteral("孙三"));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toLongLong(), m_sun);
    const auto sun = DevelopmentService(m_temp->db()).applicant(m_user, m_sun);
    QVERIFY(sun.ok() && sun.value());
    QCOMPARE(sun.value()->note, QStringLiteral("谈心谈话记录"));
    // The pipeline reads again and keeps 孙三 selected.
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view->currentIndex().row(), widget.applicantsModel()->rowOfApplicant(m_sun));

    // The Edit button opens the selected record; Cancel changes nothing.
    QString editedName;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ApplicantDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        editedName = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text();
        dialog->reject();
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(editedName, QStringLiteral("孙三"));
    QCOMPARE(saved.count(), 1);
}

void TestDevelopmentPipeline::talkRowOpensTheEditorAndProbationRowTheMember()
{
    PipelineWidget widget(m_temp->db());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    show(widget, org(QStringLiteral("GB1")));

    // The overdue talk: the editor shows 钱二 with the talk's deadline in red next to the date.
    auto* talks = child<QTableView>(&widget, "talksView");
    QString name;
    QString hint;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ApplicantDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text();
        hint = dialog->findChild<QLabel*>(QStringLiteral("talkedOnHint"))->text();
        dialog->reject();
    });
    emit talks->activated(widget.talksModel()->index(0, 0));
    QCOMPARE(name, QStringLiteral("钱二"));
    QCOMPARE(hint, QStringLiteral("due by 2026-10-01"));

    // A probation row names the member: converting is an event of the member's history.
    QSignalSpy member(&widget, &PipelineWidget::memberActivated);
    child<QTabWidget>(&widget, "dueTabs")->setCurrentIndex(2);
    auto* probations = child<QTableView>(&widget, "probationsView");
    emit probations->activated(widget.probationsModel()->index(1, 0));
    QCOMPARE(member.count(), 1);
    QCOMPARE(member.first().first().toLongLong(), m_soonMember);
}

void TestDevelopmentPipeline::actionsOpenTheWindowAndTheEditor()
{
    QWidget window;
    DevelopmentActions actions(&window);
    QCOMPARE(actions.actions().size(), 2);
    QVERIFY(!actions.pipelineAction()->isEnabled());                   // no database yet
    std::shared_ptr<Database> shared(&m_temp->db(), [](Database*) {}); // owned by TempDatabase
    actions.setDatabase(shared);
    QVERIFY(actions.pipelineAction()->isEnabled());
    QCOMPARE(actions.pipelineAction()->objectName(), QStringLiteral("actionDevelopmentPipeline"));
    QCOMPARE(actions.newApplicantAction()->objectName(), QStringLiteral("actionNewApplicant"));
    std::unique_ptr<QMenu> menu(actions.createMenu(&window));
    QCOMPARE(menu->actions(), actions.actions());
    actions.setOrganization(org(QStringLiteral("BR3")));

    // The pipeline window of BR3; its probation list is empty, its applicant list has 吴六.
    QString scope;
    int rows = -1;
    QTimer::singleShot(0, this, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("developmentWindow"));
        auto* pipeline = dialog->findChild<PipelineWidget*>();
        QVERIFY(pipeline);
        QSignalSpy loaded(pipeline, &PipelineWidget::loaded);
        QVERIFY(pipeline->isLoading() ? loaded.wait(10000) : true);
        scope = dialog->findChild<QLabel*>(QStringLiteral("scopeLabel"))->text();
        rows = pipeline->applicantsModel()->rowCount();
        dialog->close();
    });
    actions.pipelineAction()->trigger();
    QVERIFY(scope.contains(QStringLiteral("BR3")));
    QCOMPARE(rows, 1);

    // New applicant: the editor comes with BR3 chosen; a valid record is saved and announced.
    QSignalSpy changed(&actions, &DevelopmentActions::developmentChanged);
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ApplicantDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->insert(QStringLiteral("王十"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("idNumberEdit")), idFor(QDate(2002, 6, 6), 99));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("appliedOnEdit")), QStringLiteral("2026-11-15"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        if (QApplication::activeModalWidget() == dialog) {
            dialog->reject(); // refused: the test fails below
        }
    });
    const qint64 id = actions.newApplicantAction()->isEnabled() ? actions.newApplicant() : 0;
    QVERIFY(id != 0);
    QCOMPARE(changed.count(), 1);
    const auto saved = DevelopmentService(m_temp->db()).applicant(m_user, id);
    QVERIFY(saved.ok() && saved.value());
    QCOMPARE(saved.value()->orgId, org(QStringLiteral("BR3")));
    QCOMPARE(saved.value()->appliedOn, QDate(2026, 11, 15));
}

QTEST_MAIN(TestDevelopmentPipeline)
#include "tst_developmentpipeline.moc"
