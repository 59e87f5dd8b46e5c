#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/development/ApplicantDialog.h"
#include "services/DevelopmentService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <algorithm>
#include <memory>

// The applicant editor driven by objectName and keys, on the fixture database (today
// 2026-11-21): validation as you type (a too-young applicant, a date that is not one, an
// unknown organization), an approved exception that lets the record be saved, contacts and
// sponsors entered by citizen ID number (names shown; unknown numbers and members who were not
// full members refused at their field), the admission after a question (the member exists
// afterwards; declining writes nothing), and a loaded admitted record whose admission is
// read-only. Everything is read back through the services.
class TestDevelopmentApplicant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tooYoungIsRefusedUntilAnExceptionIsRecorded();
    void typingMistakesShowAtTheirFields();
    void wrongSponsorShowsAnError();
    void admissionWithTwoSponsorsCreatesTheMember();
    void admittedRecordKeepsItsAdmission();
    void closingTheDevelopmentNeedsItsReason();
    void warningsAreShownButDoNotStopTheSave();
    void tabOrderFollowsTheForm();

private:
    qint64 org(const QString& code);
    qint64 member(const QString& idNumber);
    std::unique_ptr<ApplicantDialog> newDialog(qint64 orgId);
    template <typename T> T* child(const char* name) const;
    void type(const char* edit, const QString& text);
    void retype(const char* edit, const QString& text);
    bool shows(const char* label) const;
    QString text(const char* label) const;
    void save();
    std::optional<Applicant> recorded(const QString& idNumber);
    // 赵一 in BR1, with every stage up to the admission on 2026-10-01 (sponsors still empty).
    void fillUpToAdmission();

    std::unique_ptr<TempDatabase> m_temp;
    ApplicantDialog* m_dialog = nullptr; // the one under test, owned by the test function
    UserContext m_user = UserContext::localUser();
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
const QString Wang = QStringLiteral("31010419900101213X");  // 王强, probationary since 2026-03-01
const QString Zhao = idFor(QDate(1996, 8, 8), 11);          // the applicant 赵一

} // namespace

void TestDevelopmentApplicant::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestDevelopmentApplicant::init()
{
    Dialogs::resetForTests();
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
}

void TestDevelopmentApplicant::cleanup()
{
    m_dialog = nullptr;
    m_temp.reset();
}

qint64 TestDevelopmentApplicant::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

qint64 TestDevelopmentApplicant::member(const QString& idNumber)
{
    auto found = MemberService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() && found.value() ? found.value()->id : 0;
}

std::unique_ptr<ApplicantDialog> TestDevelopmentApplicant::newDialog(qint64 orgId)
{
    auto dialog = std::make_unique<ApplicantDialog>(m_temp->db());
    dialog->startNew(orgId);
    dialog->show();
    m_dialog = dialog.get();
    return dialog;
}

template <typename T> T* TestDevelopmentApplicant::child(const char* name) const
{
    T* widget = m_dialog->findChild<T*>(QLatin1String(name));
    if (!widget) {
        qWarning("no widget %s", name);
    }
    return widget;
}

void TestDevelopmentApplicant::type(const char* edit, const QString& text)
{
    // QTest::keyClicks types ASCII only: Chinese text is inserted as an input method would.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii) {
        QTest::keyClicks(child<QLineEdit>(edit), text);
    } else {
        child<QLineEdit>(edit)->insert(text);
    }
}

void TestDevelopmentApplicant::retype(const char* edit, const QString& text)
{
    child<QLineEdit>(edit)->selectAll();
    QTest::keyClick(child<QLineEdit>(edit), Qt::Key_Backspace);
    type(edit, text);
}

bool TestDevelopmentApplicant::shows(const char* label) const
{
    auto* l = child<QLabel>(label);
    return l && l->isVisible() && !l->text().isEmpty();
}

QString TestDevelopmentApplicant::text(const char* label) const
{
    auto* l = child<QLabel>(label);
    return l ? l->text() : QString();
}

void TestDevelopmentApplicant::save()
{
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
}

std::optional<Applicant> TestDevelopmentApplicant::recorded(const QString& idNumber)
{
    auto found = DevelopmentService(m_temp->db()).findByIdNumber(m_user, idNumber);
    return found.ok() ? found.value() : std::nullopt;
}

void TestDevelopmentApplicant::fillUpToAdmission()
{
    type("nameEdit", QStringLiteral("赵一"));
    type("idNumberEdit", Zhao);
    type("appliedOnEdit", QStringLiteral("2024-01-05"));
    type("talkedOnEdit", QStringLiteral("2024-01-20"));
    type("activistOnEdit", QStringLiteral("2024-03-01"));
    type("targetOnEdit", QStringLiteral("2025-04-01"));
    type("politicalReviewOnEdit", QStringLiteral("2025-06-01"));
    type("trainedOnEdit", QStringLiteral("2025-07-01"));
    child<QSpinBox>("trainingHoursSpin")->setValue(32);
    type("preReviewedOnEdit", QStringLiteral("2026-08-01"));
    type("contact1Edit", Zhang);
    type("admittedOnEdit", QStringLiteral("2026-10-01"));
}

void TestDevelopmentApplicant::tooYoungIsRefusedUntilAnExceptionIsRecorded()
{
    auto dialog = newDialog(org(QStringLiteral("BR1")));
    QSignalSpy saved(dialog.get(), &ApplicantDialog::applicantSaved);
    const QString young = idFor(QDate(2010, 5, 1), 21); // 16 when applying
    type("nameEdit", QStringLiteral("钱二"));
    type("idNumberEdit", young);
    QCOMPARE(child<QLineEdit>("birthDateValue")->text(), QStringLiteral("2010-05-01"));
    QCOMPARE(child<QLineEdit>("genderValue")->text(), QStringLiteral("Male"));
    QVERIFY(!shows("appliedOnError")); // not typed yet
    type("appliedOnEdit", QStringLiteral("2026-11-01"));
    QVERIFY(shows("appliedOnError"));
    QVERIFY2(text("appliedOnError").contains(QStringLiteral("18")), qPrintable(text("appliedOnError")));
    QVERIFY(shows("exception1Status")); // the age rule (1) is broken
    QVERIFY(!dialog->isValid());

    save();
    QVERIFY(dialog->isVisible());
    QVERIFY(shows("formError"));
    QVERIFY(text("formError").contains(QStringLiteral("Application submitted")));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!recorded(young));

    // The exception ticked without its reason is still refused, with the reason asked for.
    QTest::mouseClick(child<QCheckBox>("exception1Check"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>("exception1ReasonEdit")->isEnabled());
    QVERIFY(shows("appliedOnError"));
    QVERIFY(shows("exceptionReasonError"));
    save();
    QVERIFY(!recorded(young));

    type("exception1ReasonEdit", QStringLiteral("市委组织部批复〔2026〕12号"));
    QVERIFY(!shows("appliedOnError"));
    QVERIFY(!shows("exceptionReasonError"));
    QVERIFY(text("exception1Status").contains(QStringLiteral("allowed")));
    QVERIFY(dialog->isValid());
    save();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    const auto a = recorded(young);
    QVERIFY(a);
    QCOMPARE(a->id, dialog->applicantId());
    QCOMPARE(a->orgId, org(QStringLiteral("BR1")));
    QCOMPARE(a->appliedOn, QDate(2026, 11, 1));
    QCOMPARE(a->birthDate, QDate(2010, 5, 1));
    QCOMPARE(a->exceptions.size(), 1);
    QCOMPARE(int(a->exceptions.first().rule), int(DevelopmentRule::MinimumAge));
    QCOMPARE(a->exceptions.first().reason, QStringLiteral("市委组织部批复〔2026〕12号"));
    QVERIFY(Dialogs::shownMessages().isEmpty()); // no admission, no question
}

void TestDevelopmentApplicant::typingMistakesShowAtTheirFields()
{
    auto dialog = newDialog(0);
    type("nameEdit", QStringLiteral("孙三"));
    QString wrong = idFor(QDate(1990, 1, 1), 31);
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1'; // wrong check character
    type("idNumberEdit", wrong);
    QVERIFY(shows("idNumberError"));
    retype("idNumberEdit", idFor(QDate(1990, 1, 1), 31));
    QVERIFY(!shows("idNumberError"));
    type("appliedOnEdit", QStringLiteral("2026-13-01"));
    QVERIFY(text("appliedOnError").contains(QStringLiteral("not a date")));
    retype("appliedOnEdit", QStringLiteral("2026-11-01"));
    QVERIFY(!shows("appliedOnError"));
    // The talk more than a month after the application: the time rule, at the talk.
    type("talkedOnEdit", QStringLiteral("2026-12-05"));
    QVERIFY(text("talkedOnError").contains(QStringLiteral("future")));
    retype("talkedOnEdit", QStringLiteral("2026-10-05"));
    QVERIFY(text("talkedOnError").contains(QStringLiteral("before")));
    retype("talkedOnEdit", QStringLiteral("2026-11-20"));
    QVERIFY(!shows("talkedOnError"));
    QCOMPARE(text("talkedOnHint"), QStringLiteral("due by 2026-12-01"));

    // No organization chosen yet: shown at the save; then a name that is none.
    save();
    QVERIFY(shows("orgError"));
    QVERIFY(!recorded(idFor(QDate(1990, 1, 1), 31)));
    auto* picker = child<OrganizationPicker>("organizationPicker");
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("no such branch"));
    QVERIFY(text("orgError").contains(QStringLiteral("no such branch")));
    // A party group does not develop members (the service's rule, as you type).
    picker->setOrganizationId(org(QStringLiteral("GRP1")));
    QVERIFY2(text("orgError").contains(QStringLiteral("GRP1")), qPrintable(text("orgError")));
    picker->setOrganizationId(org(QStringLiteral("BR2")));
    QVERIFY(!shows("orgError"));
    save();
    const auto a = recorded(idFor(QDate(1990, 1, 1), 31));
    QVERIFY(a);
    QCOMPARE(a->orgId, org(QStringLiteral("BR2")));
    QCOMPARE(a->talkedOn, QDate(2026, 11, 20));

    // The same person a second time: refused at the ID number as it is typed.
    auto second = newDialog(org(QStringLiteral("BR1")));
    type("nameEdit", QStringLiteral("孙三"));
    type("idNumberEdit", idFor(QDate(1990, 1, 1), 31));
    QVERIFY(text("idNumberError").contains(QStringLiteral("already recorded")));
    // A member cannot apply.
    retype("idNumberEdit", Zhang);
    QVERIFY(text("idNumberError").contains(QStringLiteral("member")));
}

void TestDevelopmentApplicant::wrongSponsorShowsAnError()
{
    auto dialog = newDialog(org(QStringLiteral("BR1")));
    fillUpToAdmission();
    QCOMPARE(text("contact1Name"), QStringLiteral("张伟 (Full member)"));
    QVERIFY(!shows("contactsError"));
    // The admission needs two sponsors: said at the sponsors once they are edited or at the save.
    QVERIFY(!shows("sponsorsError"));
    save();
    QVERIFY(text("sponsorsError").contains(QStringLiteral("two sponsors")));
    QVERIFY(text("formError").contains(QStringLiteral("Sponsors: ")));

    // A well-formed number nobody on record has.
    const QString nobody = idFor(QDate(1970, 7, 7), 55);
    type("sponsor1Edit", nobody);
    QVERIFY2(text("sponsorsError").contains(QStringLiteral("no member has the citizen ID number ") + nobody),
             qPrintable(text("sponsorsError")));
    QVERIFY(text("sponsor1Name").isEmpty());
    // Not a citizen ID number at all.
    retype("sponsor1Edit", QStringLiteral("12345"));
    QVERIFY(text("sponsorsError").startsWith(QStringLiteral("12345: ")));
    // A probationary member cannot sponsor (the service's rule on the admission date).
    retype("sponsor1Edit", Wang);
    type("sponsor2Edit", LiNa);
    QCOMPARE(text("sponsor2Name"), QStringLiteral("李娜 (Full member)"));
    QVERIFY2(text("sponsorsError").contains(QStringLiteral("was not a full member on 2026-10-01")),
             qPrintable(text("sponsorsError")));
    save();
    QVERIFY(Dialogs::shownMessages().isEmpty()); // refused before the question
    QVERIFY(!recorded(Zhao));
    QCOMPARE(member(Zhao), 0);
}

void TestDevelopmentApplicant::admissionWithTwoSponsorsCreatesTheMember()
{
    auto dialog = newDialog(org(QStringLiteral("BR1")));
    QSignalSpy admitted(dialog.get(), &ApplicantDialog::memberAdmitted);
    fillUpToAdmission();
    type("sponsor1Edit", Zhang);
    type("sponsor2Edit", LiNa);
    QVERIFY2(dialog->isValid(), qPrintable(text("sponsorsError")));

    // Declined: nothing is written.
    Dialogs::answerQuestions({false});
    save();
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(Dialogs::shownMessages().first().startsWith(QStringLiteral("This creates the member 赵一")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!recorded(Zhao));
    QCOMPARE(member(Zhao), 0);

    Dialogs::answerQuestions({true});
    save();
    QVERIFY(!dialog->isVisible());
    const qint64 memberId = member(Zhao);
    QVERIFY(memberId != 0);
    QCOMPARE(admitted.count(), 1);
    QCOMPARE(admitted.first().first().toLongLong(), memberId);
    QCOMPARE(dialog->memberId(), memberId);
    const auto m = MemberService(m_temp->db()).findById(m_user, memberId);
    QVERIFY(m.ok() && m.value());
    QCOMPARE(m.value()->name, QStringLiteral("赵一"));
    QCOMPARE(int(m.value()->category), int(MemberCategory::Probationary));
    QCOMPARE(m.value()->admittedOn, QDate(2026, 10, 1));
    QCOMPARE(m.value()->orgId, org(QStringLiteral("BR1")));
    QCOMPARE(m.value()->appliedOn, QDate(2024, 1, 5));
    const auto a = recorded(Zhao);
    QVERIFY(a);
    QCOMPARE(a->memberId, memberId);
    QCOMPARE(a->sponsors, (QList<qint64>{member(Zhang), member(LiNa)}));
    QCOMPARE(a->contacts, (QList<qint64>{member(Zhang)}));
    QCOMPARE(a->trainingHours, 32);
}

void TestDevelopmentApplicant::admittedRecordKeepsItsAdmission()
{
    {
        auto dialog = newDialog(org(QStringLiteral("BR1")));
        fillUpToAdmission();
        type("sponsor1Edit", Zhang);
        type("sponsor2Edit", LiNa);
        Dialogs::answerQuestions({true});
        save();
        QVERIFY(!dialog->isVisible());
    }
    const auto a = recorded(Zhao);
    QVERIFY(a && a->memberId != 0);

    ApplicantDialog dialog(m_temp->db());
    m_dialog = &dialog;
    QVERIFY(dialog.startEdit(a->id));
    dialog.show();
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("赵一"));
    QCOMPARE(child<QLineEdit>("sponsor2Edit")->text(), LiNa);
    QCOMPARE(text("sponsor1Name"), QStringLiteral("张伟 (Full member)"));
    QCOMPARE(child<QSpinBox>("trainingHoursSpin")->value(), 32);
    QVERIFY(child<QLineEdit>("admittedOnEdit")->isReadOnly());
    QVERIFY(!child<OrganizationPicker>("organizationPicker")->isEnabled());
    QVERIFY(text("stageLabel").contains(QStringLiteral("admitted")));
    QVERIFY(dialog.isValid());
    // The approval came later than 3 months: an error unless excepted; beyond 6 never.
    type("approvedOnEdit", QStringLiteral("2027-01-05"));
    QVERIFY(text("approvedOnError").contains(QStringLiteral("future")));
    retype("approvedOnEdit", QStringLiteral("2026-11-20"));
    QVERIFY(!shows("approvedOnError"));
    save();
    QVERIFY(!dialog.isVisible());
    QVERIFY(Dialogs::shownMessages().size() == 1); // only the first admission asked
    QCOMPARE(recorded(Zhao)->approvedOn, QDate(2026, 11, 20));
    QCOMPARE(recorded(Zhao)->memberId, a->memberId);
}

void TestDevelopmentApplicant::closingTheDevelopmentNeedsItsReason()
{
    auto dialog = newDialog(org(QStringLiteral("BR2")));
    type("nameEdit", QStringLiteral("郑七"));
    type("idNumberEdit", idFor(QDate(1996, 2, 2), 71));
    type("appliedOnEdit", QStringLiteral("2026-01-05"));
    type("talkedOnEdit", QStringLiteral("2026-01-20"));
    type("closedOnEdit", QStringLiteral("2026-05-01"));
    QVERIFY(!shows("closedOnError"));
    save();
    QVERIFY(shows("closedReasonError"));
    QVERIFY(!recorded(idFor(QDate(1996, 2, 2), 71)));
    type("closedReasonEdit", QStringLiteral("本人撤回申请"));
    QVERIFY(!shows("closedReasonError"));
    QVERIFY(text("stageLabel").contains(QStringLiteral("left the development")));
    save();
    const auto a = recorded(idFor(QDate(1996, 2, 2), 71));
    QVERIFY(a);
    QCOMPARE(a->closedOn, QDate(2026, 5, 1));
    QCOMPARE(a->closedReason, QStringLiteral("本人撤回申请"));
    QCOMPARE(int(a->stageOn(QDate(2026, 11, 21))), int(DevelopmentStage::Closed));
}

void TestDevelopmentApplicant::warningsAreShownButDoNotStopTheSave()
{
    auto dialog = newDialog(org(QStringLiteral("BR2")));
    QVERIFY(!child<QLabel>("warningsLabel")->isVisible());
    type("nameEdit", QStringLiteral("冯八"));
    type("idNumberEdit", idFor(QDate(1999, 9, 9), 81));
    type("appliedOnEdit", QStringLiteral("2026-01-10"));
    type("talkedOnEdit", QStringLiteral("2026-01-20"));
    type("activistOnEdit", QStringLiteral("2026-04-01"));
    // An activist without a contact, and an exception to a rule the record keeps.
    QTest::mouseClick(child<QCheckBox>("exception4Check"), Qt::LeftButton);
    type("exception4ReasonEdit", QStringLiteral("not needed"));
    QVERIFY(text("exception4Status").contains(QStringLiteral("not needed")));
    QVERIFY(child<QLabel>("warningsLabel")->isVisible());
    const QString warnings = text("warningsLabel");
    QVERIFY2(warnings.contains(QStringLiteral("Contacts: the activist has no contact yet")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("training of at least 24 hours")), qPrintable(warnings));
    QVERIFY(!shows("contactsError"));
    QVERIFY(dialog->isValid());
    save();
    QVERIFY(!dialog->isVisible());
    const auto a = recorded(idFor(QDate(1999, 9, 9), 81));
    QVERIFY(a);
    QCOMPARE(int(a->stageOn(QDate(2026, 11, 21))), int(DevelopmentStage::Activist));

    // Loaded again, the contact is added: the warning goes.
    ApplicantDialog edit(m_temp->db());
    m_dialog = &edit;
    QVERIFY(edit.startEdit(a->id));
    edit.show();
    QVERIFY(child<QLabel>("warningsLabel")->isVisible());
    QVERIFY(child<QCheckBox>("exception4Check")->isChecked());
    QTest::mouseClick(child<QCheckBox>("exception4Check"), Qt::LeftButton);
    type("contact1Edit", LiNa);
    QVERIFY(!child<QLabel>("warningsLabel")->isVisible());
    save();
    QCOMPARE(recorded(idFor(QDate(1999, 9, 9), 81))->contacts, QList<qint64>{member(LiNa)});
    QVERIFY(recorded(idFor(QDate(1999, 9, 9), 81))->exceptions.isEmpty());
}

void TestDevelopmentApplicant::tabOrderFollowsTheForm()
{
    const auto dialog = newDialog(org(QStringLiteral("BR1")));
    // The person, then the stages in their order, the people, the exceptions, the end.
    const QStringList expected{QStringLiteral("nameEdit"),
                               QStringLiteral("idNumberEdit"),
                               QStringLiteral("ethnicityCombo"),
                               QStringLiteral("educationCombo"),
                               QStringLiteral("occupationCombo"),
                               QStringLiteral("phoneEdit"),
                               QStringLiteral("positionEdit"),
                               QStringLiteral("honoursEdit"),
                               QStringLiteral("organizationPicker"),
                               QStringLiteral("appliedOnEdit"),
                               QStringLiteral("talkedOnEdit"),
                               QStringLiteral("activistOnEdit"),
                               QStringLiteral("targetOnEdit"),
                               QStringLiteral("politicalReviewOnEdit"),
                               QStringLiteral("trainedOnEdit"),
                               QStringLiteral("trainingHoursSpin"),
                               QStringLiteral("preReviewedOnEdit"),
                               QStringLiteral("admittedOnEdit"),
                               QStringLiteral("approvedOnEdit"),
                               QStringLiteral("contact1Edit"),
                               QStringLiteral("contact2Edit"),
                               QStringLiteral("sponsor1Edit"),
                               QStringLiteral("sponsor2Edit"),
                               QStringLiteral("exception1Check"),
                               QStringLiteral("exception1ReasonEdit"),
                               QStringLiteral("exception2Check"),
                               QStringLiteral("closedOnEdit"),
                               QStringLiteral("closedReasonEdit"),
                               QStringLiteral("noteEdit"),
                               QStringLiteral("saveButton")};
    QStringList met;
    QWidget* w = child<QLineEdit>("nameEdit");
    for (int i = 0; i < 400 && w; ++i, w = w->nextInFocusChain()) {
        QWidget* named = w;
        while (named && !expected.contains(named->objectName()) && named != dialog.get()) {
            named = named->parentWidget();
        }
        if (named && expected.contains(named->objectName()) && !met.contains(named->objectName()) &&
            (w->focusPolicy() & Qt::TabFocus)) {
            met.append(named->objectName());
        }
    }
    QCOMPARE(met, expected);
    QVERIFY(!(child<QLineEdit>("birthDateValue")->focusPolicy() & Qt::TabFocus)); // derived, skipped
}

QTEST_MAIN(TestDevelopmentApplicant)
#include "tst_developmentapplicant.moc"
