#include "TempDatabase.h"
#include "core/CitizenId.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/members/MemberEditDialog.h"
#include "gui/members/MemberFormValidator.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

// A valid ID number for a birth date; odd sequence = male.
static QString idNumber(const QDate& birth, bool male = true)
{
    const QString first17 =
        QStringLiteral("110105%1%2")
            .arg(birth.toString(QStringLiteral("yyyyMMdd")), male ? QStringLiteral("001") : QStringLiteral("002"));
    return first17 + CitizenId::checkCharacter(first17);
}

class TestMemberEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // MemberFormValidator, without widgets.
    void validatorDerivesFromTheIdNumber();
    void validatorChecksTheAdmission();
    void validatorKeepsHistoryPossible();

    // The dialog.
    void badIdNumberIsCaughtAsYouType();
    void requiredFieldsAreMarkedAndEnforced();
    void underageAdmissionIsRefused();
    void partyGroupCannotHoldTheRoll();
    void duplicateIdNumberIsShownAtTheIdField();
    void serviceErrorIsShownNextToItsField();
    void editCorrectsPersonalFieldsOnly();
    void editRefusesAnImpossibleHistory();
    void legacyIdNumberIsConverted();
    void tabOrderFollowsTheForm();
    void worksInChinese();

private:
    std::unique_ptr<MemberEditDialog> newDialog(qint64 orgId);
    template <typename T> T* child(const char* name) const;
    bool shows(const char* errorLabel) const;
    QString text(const char* errorLabel) const;
    void save();
    qint64 memberRows();
    qint64 admitDirectly(const QString& idNumber, const QString& name, const QDate& admittedOn);

    std::unique_ptr<TempDatabase> m_temp;
    MemberEditDialog* m_dialog = nullptr; // the one under test, owned by the test function
    UserContext m_user = UserContext::localUser();
    qint64 m_committee = 0;
    qint64 m_branch = 0;
    qint64 m_branch2 = 0;
    qint64 m_group = 0;
};

void TestMemberEditDialog::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestMemberEditDialog::init()
{
    Dialogs::resetForTests();
    m_temp = std::make_unique<TempDatabase>(); // today = 2026-11-21
    OrganizationService orgs(m_temp->db());
    Organization c;
    c.code = QStringLiteral("C1");
    c.name = QStringLiteral("机关党委");
    c.type = OrgType::Committee;
    c.establishedOn = QDate(2000, 1, 1);
    m_committee = *orgs.create(m_user, c);
    Organization b;
    b.code = QStringLiteral("B1");
    b.name = QStringLiteral("第一党支部");
    b.parentId = m_committee;
    b.establishedOn = QDate(2000, 1, 1);
    m_branch = *orgs.create(m_user, b);
    b.code = QStringLiteral("B2");
    b.name = QStringLiteral("第二党支部");
    m_branch2 = *orgs.create(m_user, b);
    Organization g;
    g.code = QStringLiteral("G1");
    g.name = QStringLiteral("第一党小组");
    g.type = OrgType::Group;
    g.parentId = m_branch;
    g.establishedOn = QDate(2001, 1, 1);
    m_group = *orgs.create(m_user, g);
    QVERIFY(m_committee && m_branch && m_branch2 && m_group);
}

void TestMemberEditDialog::cleanup()
{
    m_dialog = nullptr;
    m_temp.reset();
}

std::unique_ptr<MemberEditDialog> TestMemberEditDialog::newDialog(qint64 orgId)
{
    auto dialog = std::make_unique<MemberEditDialog>(m_temp->db());
    dialog->startNew(orgId);
    dialog->show();
    m_dialog = dialog.get();
    return dialog;
}

template <typename T> T* TestMemberEditDialog::child(const char* name) const
{
    T* widget = m_dialog->findChild<T*>(QLatin1String(name));
    if (!widget) {
        qWarning("no widget %s", name);
    }
    return widget;
}

bool TestMemberEditDialog::shows(const char* errorLabel) const
{
    auto* label = child<QLabel>(errorLabel);
    return label && label->isVisible() && !label->text().isEmpty();
}

QString TestMemberEditDialog::text(const char* errorLabel) const
{
    auto* label = child<QLabel>(errorLabel);
    return label ? label->text() : QString();
}

void TestMemberEditDialog::save()
{
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
}

qint64 TestMemberEditDialog::memberRows()
{
    auto q = m_temp->db().exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM members) + (SELECT COUNT(*) FROM membership_events)"));
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 TestMemberEditDialog::admitDirectly(const QString& number, const QString& name, const QDate& admittedOn)
{
    Member m;
    m.name = name;
    m.idNumber = number;
    m.education = Education::Bachelor;
    m.phone = QStringLiteral("13800000001");
    const auto id = MemberService(m_temp->db()).admit(m_user, m, admittedOn, m_branch);
    return id.ok() ? *id : 0;
}

// --- MemberFormValidator --------------------------------------------------------------

void TestMemberEditDialog::validatorDerivesFromTheIdNumber()
{
    const QDate today(2026, 11, 21);
    MemberFormValidator::Input in;
    in.member.name = QStringLiteral("李娜");
    in.member.idNumber = QStringLiteral("110105194912310021"); // should end in X
    auto out = MemberFormValidator::check(in, today);
    QVERIFY(out.hasIssue(QStringLiteral("id_number")));
    QVERIFY(out.messages(QStringLiteral("id_number")).contains(QStringLiteral("check character")));
    QVERIFY(!out.member.birthDate.isValid());
    QCOMPARE(int(out.member.gender), int(Gender::Unknown));

    in.member.idNumber = QStringLiteral("11010519491231002x");
    in.appliedOn = QStringLiteral("1970年3月1日");
    in.activistOn = QStringLiteral("1971-02-30");
    out = MemberFormValidator::check(in, today);
    QCOMPARE(out.member.idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(out.member.birthDate, QDate(1949, 12, 31));
    QCOMPARE(int(out.member.gender), int(Gender::Female));
    QCOMPARE(out.member.appliedOn, QDate(1970, 3, 1));
    QVERIFY(!out.member.activistOn.isValid());
    QCOMPARE(out.issues.size(), 1);
    QCOMPARE(out.issues.first().field, QStringLiteral("activist_on"));

    // Whatever gender or birth date the caller left in the record, the ID number decides.
    in.activistOn.clear();
    in.member.gender = Gender::Male;
    in.member.birthDate = QDate(1950, 1, 1);
    out = MemberFormValidator::check(in, today);
    QVERIFY(out.ok());
    QCOMPARE(int(out.member.gender), int(Gender::Female));

    in.member.name = QStringLiteral("  ");
    in.member.phone = QStringLiteral("call me");
    out = MemberFormValidator::check(in, today);
    QVERIFY(out.hasIssue(QStringLiteral("name")));
    QVERIFY(out.hasIssue(QStringLiteral("phone")));
}

void TestMemberEditDialog::validatorChecksTheAdmission()
{
    const QDate today(2026, 11, 21);
    Organization branch;
    branch.id = 7;
    branch.code = QStringLiteral("B7");
    branch.type = OrgType::Branch;
    MemberFormValidator::Input in;
    in.member.name = QStringLiteral("王芳");
    in.member.idNumber = idNumber(QDate(1990, 5, 1), false);
    in.admission = true;
    auto out = MemberFormValidator::check(in, today);
    QVERIFY(out.hasIssue(QStringLiteral("org")));
    QVERIFY(out.hasIssue(QStringLiteral("admitted_on")));

    in.orgId = branch.id;
    in.organization = branch;
    in.admittedOn = QStringLiteral("2015/07/01");
    in.fullOn = QStringLiteral("2016-07-01");
    out = MemberFormValidator::check(in, today);
    QVERIFY2(out.ok(), qPrintable(out.issues.value(0).message));
    QCOMPARE(out.admittedOn, QDate(2015, 7, 1));
    QCOMPARE(out.fullOn, QDate(2016, 7, 1));

    // Conversion before the probation year ends (MemberTimeline's rule).
    in.fullOn = QStringLiteral("2016-01-01");
    out = MemberFormValidator::check(in, today);
    QCOMPARE(out.issues.size(), 1);
    QCOMPARE(out.issues.first().field, QStringLiteral("full_on"));

    // Before 18: born 1990-05-01, admitted 2008-04-30.
    in.fullOn.clear();
    in.admittedOn = QStringLiteral("2008-04-30");
    out = MemberFormValidator::check(in, today);
    QCOMPARE(out.messages(QStringLiteral("admitted_on")),
             QStringLiteral("admitted before the age of 18 (born 1990-05-01)"));
    in.admittedOn = QStringLiteral("2008-05-01");
    QVERIFY(MemberFormValidator::check(in, today).ok());

    in.admittedOn = QStringLiteral("2026-11-22");
    QVERIFY(MemberFormValidator::check(in, today)
                .messages(QStringLiteral("admitted_on"))
                .contains(QStringLiteral("future")));
    in.admittedOn = QStringLiteral("soon");
    QVERIFY(MemberFormValidator::check(in, today)
                .messages(QStringLiteral("admitted_on"))
                .contains(QStringLiteral("not a date")));

    // A party group cannot hold a roll (MemberRules::checkEventOrganization).
    in.admittedOn = QStringLiteral("2015-07-01");
    branch.type = OrgType::Group;
    in.organization = branch;
    out = MemberFormValidator::check(in, today);
    QCOMPARE(out.issues.size(), 1);
    QCOMPARE(out.issues.first().field, QStringLiteral("org"));

    // A typed name that matches no organization is named in the message.
    in.orgId = 0;
    in.organization.reset();
    in.organizationText = QStringLiteral("nowhere");
    QVERIFY(MemberFormValidator::check(in, today).messages(QStringLiteral("org")).contains(QStringLiteral("nowhere")));
}

void TestMemberEditDialog::validatorKeepsHistoryPossible()
{
    const QDate today(2026, 11, 21);
    MemberFormValidator::Input in;
    in.member.name = QStringLiteral("赵磊");
    in.storedBirthDate = QDate(1980, 1, 1);
    in.history = {MembershipEvent{1, 1, QDate(2000, 7, 1), EventKind::Admitted, 5, {}}};
    in.member.idNumber = idNumber(QDate(1980, 1, 1));
    QVERIFY(MemberFormValidator::check(in, today).ok());
    // A corrected number that makes the member 17 at the recorded admission.
    in.member.idNumber = idNumber(QDate(1983, 1, 1));
    const auto out = MemberFormValidator::check(in, today);
    QCOMPARE(out.issues.size(), 1);
    QCOMPARE(out.issues.first().field, QStringLiteral("birth_date"));
}

// --- MemberEditDialog -----------------------------------------------------------------

void TestMemberEditDialog::badIdNumberIsCaughtAsYouType()
{
    const auto dialog = newDialog(m_branch);
    QSignalSpy saved(dialog.get(), &MemberEditDialog::memberSaved);
    QCOMPARE(child<OrganizationPicker>("organizationPicker")->organizationId(), m_branch);
    QVERIFY(child<QGroupBox>("membershipGroup")->isVisible());
    QVERIFY(!child<QGroupBox>("membershipSummaryGroup")->isVisible());
    QVERIFY(child<QLineEdit>("admittedOnEdit")->text().isEmpty()); // no default admission date
    QVERIFY(!shows("idNumberError"));                              // nothing typed yet

    child<QLineEdit>("nameEdit")->setText(QStringLiteral("李娜")); // keyClicks types ASCII only
    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), QStringLiteral("110105194912310021"));
    QVERIFY(shows("idNumberError"));
    QCOMPARE(text("idNumberError"), QStringLiteral("wrong check character: the last character should be X, not 1"));
    QVERIFY(child<QLineEdit>("genderValue")->text().isEmpty());
    QVERIFY(child<QLineEdit>("birthDateValue")->text().isEmpty());
    QVERIFY(child<QLineEdit>("genderValue")->isReadOnly());
    QVERIFY(child<QLineEdit>("birthDateValue")->isReadOnly());
    QTest::keyClicks(child<QLineEdit>("admittedOnEdit"), QStringLiteral("2010-06-30"));
    QTest::keyClicks(child<QLineEdit>("phoneEdit"), QStringLiteral("13800000002"));
    auto* education = child<QComboBox>("educationCombo");
    education->setCurrentIndex(education->findData(int(Education::Postgraduate)));
    child<QComboBox>("ethnicityCombo")->setEditText(QStringLiteral("回"));
    QVERIFY(!dialog->isValid());

    // Save while invalid: refused with the list of problems, nothing written.
    save();
    QVERIFY(dialog->isVisible());
    QVERIFY(shows("formError"));
    QVERIFY(text("formError").contains(QStringLiteral("Citizen ID number: wrong check character")));
    QCOMPARE(memberRows(), 0);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(dialog->memberId(), 0);

    // Corrected: the error goes, gender and birth date come from the number.
    QTest::keyClick(child<QLineEdit>("idNumberEdit"), Qt::Key_Backspace);
    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), QStringLiteral("x"));
    QVERIFY(!shows("idNumberError"));
    QVERIFY(!shows("formError"));
    QCOMPARE(child<QLineEdit>("genderValue")->text(), QStringLiteral("Female"));
    QCOMPARE(child<QLineEdit>("birthDateValue")->text(), QStringLiteral("1949-12-31"));
    QVERIFY(dialog->isValid());

    save();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    QVERIFY(dialog->memberId() > 0);
    QCOMPARE(saved.first().first().toLongLong(), dialog->memberId());

    MemberService members(m_temp->db());
    const auto found = members.findByIdNumber(m_user, QStringLiteral("11010519491231002X"));
    QVERIFY(found.ok() && found.value());
    const Member& m = *found.value();
    QCOMPARE(m.id, dialog->memberId());
    QCOMPARE(m.name, QStringLiteral("李娜"));
    QCOMPARE(m.phone, QStringLiteral("13800000002"));
    QCOMPARE(int(m.education), int(Education::Postgraduate));
    QCOMPARE(m.ethnicity, QStringLiteral("回族"));
    QCOMPARE(int(m.gender), int(Gender::Female));
    QCOMPARE(m.birthDate, QDate(1949, 12, 31));
    QCOMPARE(m.orgId, m_branch);
    QCOMPARE(m.admittedOn, QDate(2010, 6, 30));
    QCOMPARE(int(m.category), int(MemberCategory::Probationary));
    // On the branch's roll from the admission date, not before.
    OrganizationService orgs(m_temp->db());
    QCOMPARE(orgs.rollCountsOn(m_user, QDate(2010, 6, 30))->value(m_branch), 1);
    QCOMPARE(orgs.rollCountsOn(m_user, QDate(2010, 6, 29))->value(m_branch), 0);
    const auto history = members.history(m_user, m.id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(int(history->first().kind), int(EventKind::Admitted));
    QCOMPARE(history->first().orgId, m_branch);
}

void TestMemberEditDialog::requiredFieldsAreMarkedAndEnforced()
{
    const auto dialog = newDialog(m_branch);
    for (const char* label : {"nameLabel", "idNumberLabel", "organizationLabel", "admittedOnLabel"}) {
        QVERIFY2(child<QLabel>(label)->text().contains(QStringLiteral("color:#c0392b\">*")), label);
    }
    QVERIFY(!child<QLabel>("phoneLabel")->text().contains(u'*'));

    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), idNumber(QDate(1985, 6, 20), false));
    QVERIFY(!shows("idNumberError"));
    QVERIFY(!shows("nameError")); // untouched fields stay quiet until a save
    save();
    QVERIFY(dialog->isVisible());
    QCOMPARE(text("nameError"), QStringLiteral("the name is missing"));
    QCOMPARE(text("admittedOnError"), QStringLiteral("the admission date is missing"));
    QVERIFY(text("formError").contains(QStringLiteral("Name: the name is missing")));
    QVERIFY(text("formError").contains(QStringLiteral("Admission date: the admission date is missing")));
    QCOMPARE(memberRows(), 0);

    // The organization is required too: a typed text that names none is refused.
    auto* picker = child<OrganizationPicker>("organizationPicker");
    picker->setEditText(QStringLiteral("no such branch"));
    QCOMPARE(picker->organizationId(), 0);
    QVERIFY(text("organizationError").contains(QStringLiteral("no such branch")));
    picker->setOrganizationId(m_branch2);
    QVERIFY(!shows("organizationError"));

    // Fixing one problem updates the list at once; fixing all hides it.
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("周敏"));
    QVERIFY(!shows("nameError"));
    QVERIFY(!text("formError").contains(QStringLiteral("Name:")));
    QTest::keyClicks(child<QLineEdit>("admittedOnEdit"), QStringLiteral("2012.7.1"));
    QVERIFY(!shows("formError"));
    save();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const auto m = MemberService(m_temp->db()).findById(m_user, dialog->memberId());
    QCOMPARE(m->value().orgId, m_branch2);
    QCOMPARE(m->value().admittedOn, QDate(2012, 7, 1));
}

void TestMemberEditDialog::underageAdmissionIsRefused()
{
    const auto dialog = newDialog(m_branch);
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("钱多"));
    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), idNumber(QDate(2000, 3, 15)));
    QTest::keyClicks(child<QLineEdit>("admittedOnEdit"), QStringLiteral("2018-03-14"));
    QCOMPARE(text("admittedOnError"), QStringLiteral("admitted before the age of 18 (born 2000-03-15)"));
    save();
    QVERIFY(dialog->isVisible());
    QCOMPARE(memberRows(), 0);

    // A conversion date inside the probation year is refused at the conversion date.
    child<QLineEdit>("admittedOnEdit")->setText(QStringLiteral("2018-03-15"));
    QVERIFY(!shows("admittedOnError"));
    QTest::keyClicks(child<QLineEdit>("fullOnEdit"), QStringLiteral("2019-03-14"));
    QVERIFY(text("fullOnError").contains(QStringLiteral("probation")));
    child<QLineEdit>("fullOnEdit")->setText(QStringLiteral("2019-03-15"));
    QVERIFY(!shows("fullOnError"));
    save();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const auto m = MemberService(m_temp->db()).findById(m_user, dialog->memberId());
    QCOMPARE(int(m->value().category), int(MemberCategory::Full));
    QCOMPARE(m->value().fullOn, QDate(2019, 3, 15));
}

void TestMemberEditDialog::partyGroupCannotHoldTheRoll()
{
    const auto dialog = newDialog(m_group);
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("孙丽"));
    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), idNumber(QDate(1988, 8, 8), false));
    QTest::keyClicks(child<QLineEdit>("admittedOnEdit"), QStringLiteral("2015-07-01"));
    QVERIFY(text("organizationError").contains(QStringLiteral("G1")));
    save();
    QVERIFY(dialog->isVisible());
    QCOMPARE(memberRows(), 0);
    child<OrganizationPicker>("organizationPicker")->setOrganizationId(m_branch);
    QVERIFY(!shows("organizationError"));
    QVERIFY(dialog->isValid());
}

void TestMemberEditDialog::duplicateIdNumberIsShownAtTheIdField()
{
    const QString number = idNumber(QDate(1980, 3, 15));
    QVERIFY(admitDirectly(number, QStringLiteral("张伟"), QDate(2005, 7, 1)));
    const qint64 before = memberRows();
    const auto dialog = newDialog(m_branch);
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("张伟"));
    QTest::keyClicks(child<QLineEdit>("admittedOnEdit"), QStringLiteral("2005-07-01"));
    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), number);
    // Found as soon as the number is complete and valid.
    QCOMPARE(text("idNumberError"),
             QStringLiteral("a member with the citizen ID number %1 already exists: 张伟").arg(number));
    save();
    QVERIFY(dialog->isVisible());
    QCOMPARE(memberRows(), before);
}

void TestMemberEditDialog::serviceErrorIsShownNextToItsField()
{
    // The form is valid when typed; the same number is recorded meanwhile (another user of a
    // shared database), so MemberService refuses the save and names the field.
    const QString number = idNumber(QDate(1981, 4, 4), false);
    const auto dialog = newDialog(m_branch);
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("吴红"));
    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), number);
    QTest::keyClicks(child<QLineEdit>("admittedOnEdit"), QStringLiteral("2006-07-01"));
    QVERIFY(dialog->isValid());
    QVERIFY(admitDirectly(number, QStringLiteral("吴红"), QDate(2006, 7, 1)));
    const qint64 before = memberRows();

    save();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->memberId(), 0);
    QCOMPARE(memberRows(), before);
    QCOMPARE(text("idNumberError"),
             QStringLiteral("a member with the citizen ID number %1 already exists").arg(number));
    QVERIFY(text("formError").contains(QStringLiteral("already exists")));
    // Editing another field keeps the service's word at the ID number.
    QTest::keyClicks(child<QLineEdit>("phoneEdit"), QStringLiteral("1"));
    QVERIFY(shows("idNumberError"));
}

void TestMemberEditDialog::editCorrectsPersonalFieldsOnly()
{
    const qint64 id = admitDirectly(idNumber(QDate(1975, 11, 11)), QStringLiteral("刘洋"), QDate(1998, 7, 1));
    QVERIFY(MemberService(m_temp->db())
                .recordEvent(m_user, MembershipEvent{0, id, QDate(1999, 7, 1), EventKind::ConvertedFull, 0, {}})
                .ok());
    OrganizationService orgs(m_temp->db());
    QVERIFY(orgs.recordEvent(m_user, OrgEvent{0, m_branch, QDate(2020, 1, 1), OrgEventKind::Renamed, 0,
                                              QStringLiteral("综合党支部")})
                .ok());

    MemberEditDialog dialog(m_temp->db());
    m_dialog = &dialog;
    QSignalSpy saved(&dialog, &MemberEditDialog::memberSaved);
    QVERIFY(dialog.startEdit(id));
    dialog.show();
    QCOMPARE(dialog.memberId(), id);
    QVERIFY(!dialog.isNewMember());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("刘洋")));
    QVERIFY(!child<QGroupBox>("membershipGroup")->isVisible());
    QVERIFY(child<QGroupBox>("membershipSummaryGroup")->isVisible());
    QCOMPARE(child<QLabel>("currentOrganizationValue")->text(), QStringLiteral("综合党支部（B1）"));
    QCOMPARE(child<QLabel>("categoryValue")->text(), QStringLiteral("Full member"));
    QCOMPARE(child<QLabel>("admittedOnValue")->text(), QStringLiteral("1998-07-01"));
    QCOMPARE(child<QLabel>("fullOnValue")->text(), QStringLiteral("1999-07-01"));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("刘洋"));
    QCOMPARE(child<QLineEdit>("phoneEdit")->text(), QStringLiteral("13800000001"));
    QCOMPARE(child<QComboBox>("educationCombo")->currentData().toInt(), int(Education::Bachelor));
    QCOMPARE(child<QLineEdit>("genderValue")->text(), QStringLiteral("Male"));
    QVERIFY(dialog.isValid());

    auto* phone = child<QLineEdit>("phoneEdit");
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("phone?"));
    QVERIFY(shows("phoneError"));
    save();
    QVERIFY(dialog.isVisible());
    QCOMPARE(MemberService(m_temp->db()).findById(m_user, id)->value().phone, QStringLiteral("13800000001"));

    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("0571-88886666"));
    child<QCheckBox>("mobileCheck")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>("mobileDestinationEdit"), QStringLiteral("Shenzhen"));
    save();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    const Member m = *MemberService(m_temp->db()).findById(m_user, id).value();
    QCOMPARE(m.phone, QStringLiteral("0571-88886666"));
    QVERIFY(m.mobile);
    QCOMPARE(m.mobileDestination, QStringLiteral("Shenzhen"));
    QCOMPARE(m.name, QStringLiteral("刘洋"));
    QCOMPARE(int(m.education), int(Education::Bachelor));
    // History untouched.
    QCOMPARE(m.admittedOn, QDate(1998, 7, 1));
    QCOMPARE(m.fullOn, QDate(1999, 7, 1));
    QCOMPARE(MemberService(m_temp->db()).history(m_user, id)->size(), 2);
}

void TestMemberEditDialog::editRefusesAnImpossibleHistory()
{
    const qint64 id = admitDirectly(idNumber(QDate(1980, 1, 1)), QStringLiteral("郑军"), QDate(2000, 7, 1));
    QVERIFY(id);
    MemberEditDialog dialog(m_temp->db());
    m_dialog = &dialog;
    QVERIFY(dialog.startEdit(id));
    dialog.show();
    // A corrected number that makes him 17 at the recorded admission.
    auto* number = child<QLineEdit>("idNumberEdit");
    number->clear();
    QTest::keyClicks(number, idNumber(QDate(1983, 1, 1)));
    QCOMPARE(child<QLineEdit>("birthDateValue")->text(), QStringLiteral("1983-01-01"));
    QVERIFY(text("birthDateError").contains(QStringLiteral("age of 18")));
    save();
    QVERIFY(dialog.isVisible());
    QCOMPARE(MemberService(m_temp->db()).findById(m_user, id)->value().birthDate, QDate(1980, 1, 1));

    // A member who cannot be read is reported, not shown.
    MemberEditDialog missing(m_temp->db());
    QVERIFY(!missing.startEdit(9999));
    QCOMPARE(Dialogs::shownMessages().size(), 1);
}

void TestMemberEditDialog::legacyIdNumberIsConverted()
{
    const auto dialog = newDialog(m_branch);
    auto* convert = child<QToolButton>("convertIdButton");
    QVERIFY(!convert->isVisible());
    QTest::keyClicks(child<QLineEdit>("idNumberEdit"), QStringLiteral("110105491231002"));
    QVERIFY(text("idNumberError").contains(QStringLiteral("11010519491231002X")));
    QVERIFY(convert->isVisible());
    QTest::mouseClick(convert, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("idNumberEdit")->text(), QStringLiteral("11010519491231002X"));
    QVERIFY(!shows("idNumberError"));
    QVERIFY(!convert->isVisible());
    QCOMPARE(child<QLineEdit>("birthDateValue")->text(), QStringLiteral("1949-12-31"));
}

void TestMemberEditDialog::tabOrderFollowsTheForm()
{
    const auto dialog = newDialog(m_branch);
    const QStringList expected{
        QStringLiteral("nameEdit"),           QStringLiteral("idNumberEdit"),     QStringLiteral("ethnicityCombo"),
        QStringLiteral("nativePlaceEdit"),    QStringLiteral("educationCombo"),   QStringLiteral("occupationCombo"),
        QStringLiteral("positionEdit"),       QStringLiteral("phoneEdit"),        QStringLiteral("addressEdit"),
        QStringLiteral("organizationPicker"), QStringLiteral("admittedOnEdit"),   QStringLiteral("fullOnEdit"),
        QStringLiteral("honoursEdit"),        QStringLiteral("partyWorkerCombo"), QStringLiteral("appliedOnEdit"),
        QStringLiteral("activistOnEdit"),     QStringLiteral("mobileCheck"),      QStringLiteral("lostContactCheck")};
    // Walk the focus chain from the name; note each named input in the order met.
    QStringList met;
    QWidget* w = child<QLineEdit>("nameEdit");
    for (int i = 0; i < 200 && w; ++i, w = w->nextInFocusChain()) {
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
    QVERIFY(!(child<QLineEdit>("genderValue")->focusPolicy() & Qt::TabFocus)); // derived, skipped
}

void TestMemberEditDialog::worksInChinese()
{
    Language::install(QStringLiteral("zh"));
    {
        const auto dialog = newDialog(m_branch);
        auto* education = child<QComboBox>("educationCombo");
        QVERIFY(education->findText(QStringLiteral("大学本科")) > 0);
        QVERIFY(child<QComboBox>("ethnicityCombo")->findText(QStringLiteral("汉族")) > 0);
        QTest::keyClicks(child<QLineEdit>("idNumberEdit"), idNumber(QDate(1990, 1, 1), false));
        QCOMPARE(child<QLineEdit>("genderValue")->text(), QStringLiteral("女"));
        save();
        QCOMPARE(text("nameError"), QStringLiteral("缺少姓名"));
        QCOMPARE(memberRows(), 0);
    }
    Language::install(QStringLiteral("en"));
}

QTEST_MAIN(TestMemberEditDialog)
#include "tst_membereditdialog.moc"
