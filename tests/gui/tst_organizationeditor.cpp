#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/organizations/OrganizationEditDialog.h"
#include "gui/organizations/OrganizationEventDialog.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The organization editor and the dated organization events, driven through their widgets
// by objectName; results are read back through the services.
class TestOrganizationEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createValidatesAsYouType();
    void duplicateCodeIsMarked();
    void serviceRefusalGoesNextToItsField();
    void editCorrectsTheRecord();
    void renameIsDated();
    void reaffiliationIsDated();
    void dissolveMovingTheRoll();
    void dissolveAnsweredNoWritesNothing();
    void dissolveWithSubOrganizationsAsksNothing();

private:
    qint64 idOf(const QString& code);
    std::optional<Organization> org(const QString& code);
    // The name and parent code of an organization in the tree of a date (empty when absent).
    QPair<QString, QString> nodeOn(const QString& code, const QDate& date);

    std::unique_ptr<TempDatabase> m_temp;
    UserContext m_user = UserContext::localUser();
};

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

void clickSave(QWidget& dialog)
{
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

void TestOrganizationEditor::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestOrganizationEditor::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
    QVERIFY(Fixtures::import(m_temp->db()));
    Dialogs::resetForTests();
}

void TestOrganizationEditor::cleanup()
{
    m_temp.reset();
}

qint64 TestOrganizationEditor::idOf(const QString& code)
{
    const auto found = org(code);
    return found ? found->id : 0;
}

std::optional<Organization> TestOrganizationEditor::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(m_user, code);
    return found.ok() ? *found : std::nullopt;
}

QPair<QString, QString> TestOrganizationEditor::nodeOn(const QString& code, const QDate& date)
{
    auto tree = OrganizationService(m_temp->db()).treeOn(m_user, date);
    if (!tree.ok()) {
        return {};
    }
    QHash<qint64, QString> codes;
    for (const auto& node : std::as_const(*tree)) {
        codes.insert(node.id, node.code);
    }
    for (const auto& node : std::as_const(*tree)) {
        if (node.code == code) {
            return {node.name, codes.value(node.parentId)};
        }
    }
    return {};
}

void TestOrganizationEditor::createValidatesAsYouType()
{
    OrganizationEditDialog dialog(m_temp->db());
    dialog.startNew(idOf(QStringLiteral("COM1")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* code = child<QLineEdit>(dialog, "codeEdit");
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    auto* established = child<QLineEdit>(dialog, "establishedOnEdit");
    auto* type = child<QComboBox>(dialog, "typeCombo");
    auto* unit = child<QComboBox>(dialog, "unitCategoryCombo");
    auto* codeError = child<QLabel>(dialog, "codeError");
    auto* nameError = child<QLabel>(dialog, "nameError");
    auto* establishedError = child<QLabel>(dialog, "establishedOnError");
    auto* message = child<QLabel>(dialog, "messageLabel");
    auto* parent = child<OrganizationPicker>(dialog, "parentPicker");
    QVERIFY(code && name && established && type && unit && codeError && nameError && establishedError && message &&
            parent);
    // Suggested from the parent: a branch of a committee, the committee's unit category.
    QCOMPARE(type->currentData().toInt(), int(OrgType::Branch));
    QCOMPARE(unit->currentData().toInt(), int(UnitCategory::Organ));
    QCOMPARE(parent->organizationId(), idOf(QStringLiteral("COM1")));
    // Nothing is marked before the user types.
    QVERIFY(nameError->text().isEmpty());
    QVERIFY(codeError->text().isEmpty());

    QTest::keyClicks(code, QStringLiteral("BR 9"));
    QVERIFY(!codeError->text().isEmpty()); // spaces: marked as typed
    typeInto(code, QStringLiteral("BR9"));
    QVERIFY(codeError->text().isEmpty());
    QTest::keyClicks(established, QStringLiteral("2020-13-01"));
    QVERIFY(!establishedError->text().isEmpty());
    typeInto(established, QStringLiteral("2020-01-01"));
    QVERIFY(establishedError->text().isEmpty());

    // The name is missing: Save is refused, the error stands next to the name.
    QSignalSpy saved(&dialog, &OrganizationEditDialog::organizationSaved);
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(saved.count(), 0);
    QVERIFY(!nameError->text().isEmpty());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!org(QStringLiteral("BR9")));

    name->setText(QStringLiteral("新建党支部")); // (keyClicks types ASCII only)
    QVERIFY(nameError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(saved.count(), 1);
    const auto created = org(QStringLiteral("BR9"));
    QVERIFY(created);
    QCOMPARE(dialog.organizationId(), created->id);
    QCOMPARE(saved.constFirst().constFirst().toLongLong(), created->id);
    QCOMPARE(created->name, QStringLiteral("新建党支部"));
    QCOMPARE(int(created->type), int(OrgType::Branch));
    QCOMPARE(int(created->unitCategory), int(UnitCategory::Organ));
    QCOMPARE(created->establishedOn, QDate(2020, 1, 1));
    QCOMPARE(created->parentId, idOf(QStringLiteral("COM1")));
    QVERIFY(!created->staffCount);
    QCOMPARE(nodeOn(QStringLiteral("BR9"), QDate(2020, 1, 1)).second, QStringLiteral("COM1"));
}

void TestOrganizationEditor::duplicateCodeIsMarked()
{
    OrganizationEditDialog dialog(m_temp->db());
    dialog.startNew(idOf(QStringLiteral("GB1")));
    dialog.show();
    auto* code = child<QLineEdit>(dialog, "codeEdit");
    auto* codeError = child<QLabel>(dialog, "codeError");
    QVERIFY(code && codeError);
    QTest::keyClicks(code, QStringLiteral("BR1"));
    QVERIFY2(codeError->text().contains(QStringLiteral("BR1")), qPrintable(codeError->text()));
    dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("重复代码党支部"));
    typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("establishedOnEdit")), QStringLiteral("2021-01-01"));
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!codeError->text().isEmpty());
    QCOMPARE(*OrganizationService(m_temp->db()).count(m_user), 8);

    // Correcting the code clears the mark and saves.
    QTest::keyClick(code, Qt::Key_Backspace);
    QTest::keyClicks(code, QStringLiteral("0"));
    QVERIFY(codeError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(org(QStringLiteral("BR0"))->parentId, idOf(QStringLiteral("GB1")));
}

void TestOrganizationEditor::serviceRefusalGoesNextToItsField()
{
    OrganizationEditDialog dialog(m_temp->db());
    dialog.startNew(idOf(QStringLiteral("BR2")));
    dialog.show();
    auto* type = child<QComboBox>(dialog, "typeCombo");
    auto* parentError = child<QLabel>(dialog, "parentError");
    auto* established = child<QLineEdit>(dialog, "establishedOnEdit");
    QVERIFY(type && parentError && established);
    QCOMPARE(type->currentData().toInt(), int(OrgType::Group)); // suggested under a branch
    QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), QStringLiteral("C9"));
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("错放的党委"));
    QTest::keyClicks(established, QStringLiteral("2010-01-01"));
    // A committee under a branch: only the service knows the rule; its Error.field is
    // "parent", so the message goes next to the parent.
    type->setCurrentIndex(type->findData(int(OrgType::Committee)));
    QVERIFY(parentError->text().isEmpty());
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(!parentError->text().isEmpty(), "the refusal is shown next to the parent");
    QVERIFY(!org(QStringLiteral("C9")));
    // Any edit retires the refusal; a group under the branch is accepted.
    type->setCurrentIndex(type->findData(int(OrgType::Group)));
    QVERIFY(parentError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(int(org(QStringLiteral("C9"))->type), int(OrgType::Group));
}

void TestOrganizationEditor::editCorrectsTheRecord()
{
    OrganizationEditDialog dialog(m_temp->db());
    QVERIFY(dialog.startEdit(idOf(QStringLiteral("BR3"))));
    dialog.show();
    auto* code = child<QLineEdit>(dialog, "codeEdit");
    auto* staff = child<QLineEdit>(dialog, "staffCountEdit");
    auto* staffError = child<QLabel>(dialog, "staffCountError");
    auto* established = child<QLineEdit>(dialog, "establishedOnEdit");
    auto* parentError = child<QLabel>(dialog, "parentError");
    auto* parent = child<OrganizationPicker>(dialog, "parentPicker");
    QVERIFY(code && staff && staffError && established && parentError && parent);
    QCOMPARE(code->text(), QStringLiteral("BR3"));
    QCOMPARE(staff->text(), QStringLiteral("15"));
    QCOMPARE(established->text(), QStringLiteral("2001-01-01"));
    QCOMPARE(parent->organizationId(), idOf(QStringLiteral("COM1")));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("noteLabel"))->text().isEmpty());

    typeInto(staff, QStringLiteral("-3"));
    QVERIFY(!staffError->text().isEmpty());
    typeInto(staff, QStringLiteral("16"));
    QVERIFY(staffError->text().isEmpty());
    // Moving the establishment before the parent existed: the chosen parent is gone from the
    // list of that date, and the dialog says so instead of silently making a root.
    typeInto(established, QStringLiteral("1994-01-01"));
    QVERIFY2(!parentError->text().isEmpty(), "COM1 was established in 1995");
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(*org(QStringLiteral("BR3"))->staffCount, 15);
    // Back to a date on which COM1 existed: the parent comes back.
    typeInto(established, QStringLiteral("2001-01-01"));
    QCOMPARE(parent->organizationId(), idOf(QStringLiteral("COM1")));
    QVERIFY(parentError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto edited = org(QStringLiteral("BR3"));
    QCOMPARE(*edited->staffCount, 16);
    QCOMPARE(edited->parentId, idOf(QStringLiteral("COM1")));
    QCOMPARE(dialog.organizationId(), edited->id);
    // The organization's own code is not a duplicate of itself.
    QCOMPARE(*OrganizationService(m_temp->db()).count(m_user), 8);
}

void TestOrganizationEditor::renameIsDated()
{
    const qint64 br1 = idOf(QStringLiteral("BR1"));
    OrganizationEventDialog dialog(m_temp->db(), br1, OrgEventKind::Renamed);
    dialog.show();
    auto* date = child<QLineEdit>(dialog, "dateEdit");
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    auto* nameError = child<QLabel>(dialog, "nameError");
    auto* dateError = child<QLabel>(dialog, "dateError");
    QVERIFY(date && name && nameError && dateError);
    QCOMPARE(date->text(), QStringLiteral("2026-11-21")); // today by default
    QVERIFY(name->isVisible());
    QVERIFY(!dialog.findChild<OrganizationPicker*>(QStringLiteral("parentPicker"))->isVisible());

    typeInto(date, QStringLiteral("2027-01-01"));
    QVERIFY(!dateError->text().isEmpty()); // in the future
    typeInto(date, QStringLiteral("2020-01-01"));
    QVERIFY(dateError->text().isEmpty());
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!nameError->text().isEmpty());
    QVERIFY(OrganizationService(m_temp->db()).events(m_user, br1)->isEmpty());

    name->setText(QStringLiteral("预算科党支部"));
    QVERIFY(nameError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.eventId() != 0);
    QCOMPARE(nodeOn(QStringLiteral("BR1"), QDate(2019, 12, 31)).first, QStringLiteral("预算一科党支部"));
    QCOMPARE(nodeOn(QStringLiteral("BR1"), QDate(2020, 1, 1)).first, QStringLiteral("预算科党支部"));
    QCOMPARE(nodeOn(QStringLiteral("BR1"), QDate(2026, 11, 21)).first, QStringLiteral("预算科党支部"));
}

void TestOrganizationEditor::reaffiliationIsDated()
{
    const qint64 br3 = idOf(QStringLiteral("BR3"));
    OrganizationEventDialog dialog(m_temp->db(), br3, OrgEventKind::Reaffiliated);
    dialog.show();
    auto* date = child<QLineEdit>(dialog, "dateEdit");
    auto* parent = child<OrganizationPicker>(dialog, "parentPicker");
    auto* parentError = child<QLabel>(dialog, "parentError");
    QVERIFY(date && parent && parentError);
    QVERIFY(parent->isVisible());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isVisible());

    // The picker lists the organizations of the event's date: BR2 did not exist in 2004.
    typeInto(date, QStringLiteral("2004-01-01"));
    QCOMPARE(parent->findData(idOf(QStringLiteral("BR2"))), -1);
    QVERIFY(parent->findData(idOf(QStringLiteral("GB1"))) >= 0);
    typeInto(date, QStringLiteral("2021-01-01"));
    QVERIFY(parent->findData(idOf(QStringLiteral("BR2"))) >= 0);

    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!parentError->text().isEmpty()); // no parent chosen
    QTest::keyClicks(parent->lineEdit(), QStringLiteral("no such"));
    QVERIFY(!parentError->text().isEmpty());
    parent->setCurrentIndex(parent->findData(idOf(QStringLiteral("GB1"))));
    QVERIFY(parentError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(nodeOn(QStringLiteral("BR3"), QDate(2020, 12, 31)).second, QStringLiteral("COM1"));
    QCOMPARE(nodeOn(QStringLiteral("BR3"), QDate(2021, 1, 1)).second, QStringLiteral("GB1"));
    const auto events = *OrganizationService(m_temp->db()).events(m_user, br3);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().id, dialog.eventId());
}

void TestOrganizationEditor::dissolveMovingTheRoll()
{
    const qint64 br2 = idOf(QStringLiteral("BR2"));
    const qint64 br3 = idOf(QStringLiteral("BR3"));
    MemberService members(m_temp->db());
    // BR2's roll on 2026-06-01: 王强 (admitted 2026-03-01); 陈静 left in 2023.
    const qint64 wang = (*members.findByIdNumber(m_user, QStringLiteral("31010419900101213X")))->id;
    QCOMPARE((*members.findById(m_user, wang))->orgId, br2);

    Dialogs::answerQuestions({true});
    OrganizationEventDialog dialog(m_temp->db(), br2, OrgEventKind::Dissolved);
    dialog.show();
    auto* date = child<QLineEdit>(dialog, "dateEdit");
    auto* target = child<OrganizationPicker>(dialog, "moveTargetPicker");
    auto* targetError = child<QLabel>(dialog, "targetError");
    QVERIFY(date && target && targetError);
    QVERIFY(!target->isVisible());
    typeInto(date, QStringLiteral("2026-06-01"));
    clickSave(dialog);
    // The service refused (a member on the roll); the question was asked and answered yes.
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY2(Dialogs::shownMessages().constFirst().contains(QStringLiteral("BR2")),
             qPrintable(Dialogs::shownMessages().constFirst()));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isMovingRoll());
    QVERIFY(target->isVisible());
    QVERIFY(targetError->text().isEmpty());
    QVERIFY(!OrganizationService(m_temp->db()).findById(m_user, br2)->value().dissolvedOn.isValid());

    clickSave(dialog); // no target chosen yet
    QVERIFY(dialog.isVisible());
    QVERIFY(!targetError->text().isEmpty());
    target->setCurrentIndex(target->findData(br3));
    QVERIFY(targetError->text().isEmpty());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.movedMembers(), 1);
    QCOMPARE(Dialogs::shownMessages().size(), 1); // asked once
    QCOMPARE((*members.findById(m_user, wang))->orgId, br3);
    const MembershipEvent moved = members.history(m_user, wang)->constLast();
    QCOMPARE(int(moved.kind), int(EventKind::Moved));
    QCOMPARE(moved.date, QDate(2026, 6, 1));
    QCOMPARE(OrganizationService(m_temp->db()).findById(m_user, br2)->value().dissolvedOn, QDate(2026, 6, 1));
    QVERIFY(dialog.eventId() != 0);
    QVERIFY(nodeOn(QStringLiteral("BR2"), QDate(2026, 5, 31)).first.size() > 0);
    QVERIFY(nodeOn(QStringLiteral("BR2"), QDate(2026, 6, 1)).first.isEmpty());
    QCOMPARE(OrganizationService(m_temp->db()).rollCountsOn(m_user, QDate(2026, 11, 21))->value(br3), 1);
}

void TestOrganizationEditor::dissolveAnsweredNoWritesNothing()
{
    const qint64 br2 = idOf(QStringLiteral("BR2"));
    MemberService members(m_temp->db());
    const qint64 wang = (*members.findByIdNumber(m_user, QStringLiteral("31010419900101213X")))->id;
    const qsizetype historyBefore = members.history(m_user, wang)->size();

    Dialogs::answerQuestions({false});
    OrganizationEventDialog dialog(m_temp->db(), br2, OrgEventKind::Dissolved);
    dialog.show();
    auto* dateError = child<QLabel>(dialog, "dateError");
    QVERIFY(dateError);
    typeInto(child<QLineEdit>(dialog, "dateEdit"), QStringLiteral("2026-06-01"));
    clickSave(dialog);
    QCOMPARE(Dialogs::shownMessages().size(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isMovingRoll());
    QVERIFY(!dialog.findChild<OrganizationPicker*>(QStringLiteral("moveTargetPicker"))->isVisible());
    // The service's refusal stays next to the date; nothing was written.
    QVERIFY2(dateError->text().contains(QStringLiteral("BR2")), qPrintable(dateError->text()));
    QVERIFY(OrganizationService(m_temp->db()).events(m_user, br2)->isEmpty());
    QVERIFY(!OrganizationService(m_temp->db()).findById(m_user, br2)->value().dissolvedOn.isValid());
    QCOMPARE(members.history(m_user, wang)->size(), historyBefore);
    QCOMPARE((*members.findById(m_user, wang))->orgId, br2);
}

void TestOrganizationEditor::dissolveWithSubOrganizationsAsksNothing()
{
    // GB1 holds no roll itself but has branches: refused, and no question about members.
    const qint64 gb1 = idOf(QStringLiteral("GB1"));
    Dialogs::answerQuestions({true});
    OrganizationEventDialog dialog(m_temp->db(), gb1, OrgEventKind::Dissolved);
    dialog.show();
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(Dialogs::shownMessages().isEmpty());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("dateError"))->text().isEmpty());
    QVERIFY(OrganizationService(m_temp->db()).events(m_user, gb1)->isEmpty());
}

QTEST_MAIN(TestOrganizationEditor)
#include "tst_organizationeditor.moc"
