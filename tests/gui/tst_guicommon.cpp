#include "Fixtures.h"
#include "TempDatabase.h"
#include "core/Language.h"
#include "core/UserContext.h"
#include "gui/common/AsOfDateField.h"
#include "gui/common/DatedListPage.h"
#include "gui/common/DaysLeft.h"
#include "gui/common/FieldErrorLabels.h"
#include "gui/common/RecordListModel.h"
#include "gui/common/SettingsDialog.h"
#include "gui/common/SubtreeListPage.h"
#include "gui/common/SubtreeScope.h"
#include "gui/common/TextColors.h"
#include "gui/common/YearSpin.h"
#include "services/OrganizationService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

// The smallest table of records: a list of names with their lengths.
class NamesModel : public RecordListModel<QString>
{
public:
    explicit NamesModel(const QStringList& names)
        : RecordListModel(2, nullptr)
    {
        m_rows = names;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!isRecordIndex(index) || role != Qt::DisplayRole) {
            return {};
        }
        const QString& name = m_rows.at(index.row());
        return index.column() == 0 ? QVariant(name) : QVariant(int(name.size()));
    }
    void setNames(const QStringList& names) { setRecords(names); }

protected:
    QStringList columnTitles() const override { return {QStringLiteral("Name"), QStringLiteral("Length")}; }
};

// A page across the tree with one control of its own, counting its refreshes.
class CountingPage : public SubtreeListPage
{
public:
    CountingPage(Database& db, QAbstractItemModel* model)
        : SubtreeListPage(db, nullptr)
    {
        control = new QComboBox(this);
        control->setObjectName(QStringLiteral("ownCombo"));
        setUpPage({control}, model, QStringLiteral("pageErrorLabel"), QStringLiteral("pageView"));
    }
    void refresh() override
    {
        ++refreshes;
        showScope();
    }
    using SubtreeListPage::showError;
    using SubtreeListPage::summaryLabel;

    QComboBox* control = nullptr;
    int refreshes = 0;
};

// A page on a date, keeping the dates it was read on.
class DatedPage : public DatedListPage
{
public:
    DatedPage(Database& db, QAbstractItemModel* model)
        : DatedListPage(db, nullptr)
    {
        setUpPage({asOfLabel(), asOfField()}, model, QStringLiteral("pageErrorLabel"), QStringLiteral("pageView"));
    }
    void refresh() override { dates.append(startReading()); }
    using DatedListPage::asOfField;

    QList<QDate> dates;
};

// A settings dialog over one number, stored in memory (or refused).
class NumberSettingsDialog : public SettingsDialog
{
public:
    NumberSettingsDialog()
        : SettingsDialog(nullptr)
    {
        spin = new QSpinBox(this);
        spin->setRange(0, 100);
        message = new QLabel(this);
        restore = new QPushButton(this);
        buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        setUpForm(message, buttons, restore);
    }

    QSpinBox* spin = nullptr;
    QLabel* message = nullptr;
    QPushButton* restore = nullptr;
    QDialogButtonBox* buttons = nullptr;
    int stored = 7;
    bool refuse = false;

protected:
    Status loadStored() override
    {
        const Result<int> read =
            refuse ? Result<int>(Error(Error::Kind::Storage, QStringLiteral("cannot read"))) : Result<int>(stored);
        return showStored(read, [this](int value) { spin->setValue(value); });
    }
    Status store() override
    {
        if (refuse) {
            return Error(Error::Kind::Invalid, QStringLiteral("refused"));
        }
        stored = spin->value();
        return {};
    }
    void showDefaults() override { spin->setValue(42); }
};

QColor textColor(const QLabel* label)
{
    return label->palette().color(QPalette::WindowText);
}

} // namespace

// The small shared pieces of the GUI (gui/common): the days-left wording and colour, the
// table-of-records bases, the "as of" field, the scope line, the frames of the lists across the
// tree (with or without a date), the year spin box, the per-field error labels and the settings dialog base.
class TestGuiCommon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void daysLeftWordsAndColours();
    void recordTableModel();
    void asOfDateField();
    void yearSpin();
    void subtreeScope();
    void subtreeListPage();
    void datedListPage();
    void fieldErrorLabelsShowIssues();
    void fieldErrorLabelsShowErrors();
    void settingsDialog();

private:
    qint64 org(const QString& code);

    std::unique_ptr<TempDatabase> m_temp;
};

void TestGuiCommon::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestGuiCommon::init()
{
    m_temp = std::make_unique<TempDatabase>(); // today: 2026-11-21
}

void TestGuiCommon::cleanup()
{
    m_temp.reset();
}

qint64 TestGuiCommon::org(const QString& code)
{
    auto found = OrganizationService(m_temp->db()).findByCode(UserContext::localUser(), code);
    return found.ok() && found.value() ? found.value()->id : 0;
}

void TestGuiCommon::daysLeftWordsAndColours()
{
    using W = DaysLeft::Wording;
    QCOMPARE(DaysLeft::text(-3, W::TermDue), QStringLiteral("overdue by 3 day(s)"));
    QCOMPARE(DaysLeft::text(-1, W::StepDue), QStringLiteral("overdue by 1 day(s)"));
    QCOMPARE(DaysLeft::text(-12, W::Deadline), QStringLiteral("overdue by 12 day(s)"));
    for (const W wording : {W::TermDue, W::StepDue, W::Deadline}) {
        QCOMPARE(DaysLeft::text(0, wording), QStringLiteral("due today"));
    }
    QCOMPARE(DaysLeft::text(30, W::TermDue), QStringLiteral("due in 30 day(s)"));
    QCOMPARE(DaysLeft::text(41, W::StepDue), QStringLiteral("41 day(s)"));
    QCOMPARE(DaysLeft::text(10, W::Deadline), QStringLiteral("10 day(s) left"));

    QCOMPARE(DaysLeft::foreground(true).value<QColor>(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(!DaysLeft::foreground(false).isValid());
    QCOMPARE(TextColors::error(), QColor(0xb0, 0x00, 0x20));
    QLabel label;
    TextColors::styleAsError(&label);
    QCOMPARE(textColor(&label), TextColors::error());
    TextColors::setLabelColor(&label, TextColors::muted());
    QCOMPARE(textColor(&label), QColor(0x80, 0x80, 0x80));
}

void TestGuiCommon::recordTableModel()
{
    NamesModel model({QStringLiteral("张三"), QStringLiteral("欧阳明月")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    // A flat table: no children under a row.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(1, 1).data().toInt(), 4);
    QVERIFY(!model.data(QModelIndex(), Qt::DisplayRole).isValid());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Length"));
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    // Rows are numbered as QAbstractTableModel numbers them.
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    // The row count follows the list; a new list is a reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setNames({QStringLiteral("李四")});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.index(1, 0).isValid());
}

void TestGuiCommon::asOfDateField()
{
    AsOfDateField field;
    QCOMPARE(field.objectName(), QStringLiteral("asOfEdit"));
    QCOMPARE(field.text(), QStringLiteral("2026-11-21")); // today
    QCOMPARE(field.date(), QDate(2026, 11, 21));
    QVERIFY(field.problem().isEmpty());
    QCOMPARE(field.placeholderText(), QStringLiteral("YYYY-MM-DD"));

    field.setDate(QDate(2025, 1, 31));
    QCOMPARE(field.text(), QStringLiteral("2025-01-31"));
    field.clear();
    QTest::keyClicks(&field, QStringLiteral("2025-02-30"));
    QVERIFY(!field.date().isValid());
    QCOMPARE(field.problem(), QStringLiteral("\"2025-02-30\" is not a date (YYYY-MM-DD)"));

    QWidget parent;
    QLabel* label = field.createLabel(&parent);
    QCOMPARE(label->text(), QStringLiteral("&As of"));
    QCOMPARE(label->buddy(), &field);
    QCOMPARE(label->parentWidget(), &parent);
}

void TestGuiCommon::yearSpin()
{
    QWidget parent;
    QSpinBox* spin = YearSpin::create(&parent);
    QCOMPARE(spin->parentWidget(), &parent);
    QCOMPARE(spin->objectName(), QStringLiteral("yearSpin"));
    QCOMPARE(spin->value(), 2026);
    QCOMPARE(spin->minimum(), 1949);
    QCOMPARE(spin->maximum(), 2026);
}

void TestGuiCommon::subtreeScope()
{
    QVERIFY(Fixtures::import(m_temp->db(), true));
    Database& db = m_temp->db();
    QCOMPARE(SubtreeScope::text(db, 0), QStringLiteral("All organizations"));
    QCOMPARE(SubtreeScope::text(db, 0, SubtreeScope::Naming::NameAndCode), QStringLiteral("All organizations"));
    const qint64 gb1 = org(QStringLiteral("GB1"));
    QVERIFY(gb1 != 0);
    QCOMPARE(SubtreeScope::text(db, gb1), QStringLiteral("GB1 and its sub-organizations"));
    const QString named = SubtreeScope::text(db, gb1, SubtreeScope::Naming::NameAndCode);
    QVERIFY2(named.endsWith(QStringLiteral("（GB1） and its sub-organizations")), qPrintable(named));
    QVERIFY(named.size() > QStringLiteral("（GB1） and its sub-organizations").size());
    // An organization that cannot be read names nothing.
    QCOMPARE(SubtreeScope::text(db, 999999), QString());
}

void TestGuiCommon::subtreeListPage()
{
    QVERIFY(Fixtures::import(m_temp->db(), true));
    QStringListModel model({QStringLiteral("a"), QStringLiteral("b")});
    CountingPage page(m_temp->db(), &model);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* refresh = page.findChild<QPushButton*>(QStringLiteral("refreshButton"));
    auto* scope = page.findChild<QLabel*>(QStringLiteral("scopeLabel"));
    auto* summary = page.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* error = page.findChild<QLabel*>(QStringLiteral("pageErrorLabel"));
    auto* view = page.findChild<QTableView*>(QStringLiteral("pageView"));
    QVERIFY(refresh && scope && summary && error && view);
    QCOMPARE(page.view(), view);
    QCOMPARE(view->model(), &model);
    QCOMPARE(view->selectionMode(), QAbstractItemView::SingleSelection);
    QCOMPARE(page.summaryLabel(), summary);
    QVERIFY(!error->isVisible());
    QCOMPARE(refresh->text(), QStringLiteral("&Refresh"));
    // Tab goes through the page's own controls first, then Refresh, then the list.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.control->setFocus();
    QTRY_VERIFY(page.control->hasFocus());
    QTest::keyClick(page.control, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(refresh));
    QTest::keyClick(refresh, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(view));

    QTest::mouseClick(refresh, Qt::LeftButton);
    QCOMPARE(page.refreshes, 1);
    QCOMPARE(scope->text(), QStringLiteral("All organizations"));
    page.setRootOrganization(org(QStringLiteral("GB1")));
    QCOMPARE(page.refreshes, 2);
    QCOMPARE(page.rootOrganization(), org(QStringLiteral("GB1")));
    QCOMPARE(scope->text(), QStringLiteral("GB1 and its sub-organizations"));

    page.showError(QStringLiteral("refused"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("refused"));
    page.showError(QString());
    QVERIFY(!error->isVisible());
}

void TestGuiCommon::datedListPage()
{
    QVERIFY(Fixtures::import(m_temp->db(), true));
    QStringListModel model;
    DatedPage page(m_temp->db(), &model);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* field = page.findChild<AsOfDateField*>(QStringLiteral("asOfEdit"));
    auto* scope = page.findChild<QLabel*>(QStringLiteral("scopeLabel"));
    auto* error = page.findChild<QLabel*>(QStringLiteral("pageErrorLabel"));
    QCOMPARE(field, page.asOfField());
    QCOMPARE(page.asOf(), QDate(2026, 11, 21));

    page.setAsOf(QDate(2025, 6, 30));
    QCOMPARE(page.dates, QList<QDate>{QDate(2025, 6, 30)});
    QCOMPARE(scope->text(), QStringLiteral("All organizations"));

    // Enter in the field reads again; a text that is not a date shows why instead.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("2025-13-01"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(page.dates.size(), 2);
    QVERIFY(!page.dates.last().isValid());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("\"2025-13-01\" is not a date (YYYY-MM-DD)"));
    QVERIFY(!page.asOf().isValid());
}

void TestGuiCommon::fieldErrorLabelsShowIssues()
{
    QWidget form;
    QLabel name(&form);
    QLabel idNumber(&form);
    QLabel gender(&form);
    FieldErrorLabels labels;
    labels.add(QStringLiteral("name"), &name, QStringLiteral("Name"));
    labels.add(QStringLiteral("id_number"), &idNumber, QStringLiteral("ID number"));
    labels.add(QStringLiteral("gender"), &gender, QStringLiteral("Gender"));
    labels.setDerived(QStringLiteral("id_number"), {QStringLiteral("gender")});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(labels.fields().size(), 3);
    QCOMPARE(labels.label(QStringLiteral("gender")), &gender);
    QVERIFY(!labels.label(QStringLiteral("phone")));

    const FieldIssues issues{{QStringLiteral("name"), QStringLiteral("Enter the name.")},
                             {QStringLiteral("gender"), QStringLiteral("Not a known gender.")},
                             {QStringLiteral("gender"), QStringLiteral("Not a known gender.")},
                             {QStringLiteral("gender"), QStringLiteral("Does not match.")},
                             {QStringLiteral("kind"), QStringLiteral("The history is impossible.")}};
    QCOMPARE(FieldErrorLabels::messagesOf(issues, QStringLiteral("gender")),
             QStringLiteral("Not a known gender.\nDoes not match."));

    // Nothing touched: nothing shows, empty labels are hidden.
    std::optional<Error> refusal;
    labels.showIssues(issues, false, refusal);
    QVERIFY(!name.isVisible() && !idNumber.isVisible() && !gender.isVisible());
    // Touching the ID number shows the problems of the fields read from it.
    labels.edited(QStringLiteral("id_number"), refusal);
    labels.showIssues(issues, false, refusal);
    QVERIFY(!name.isVisible());
    QVERIFY(gender.isVisible());
    QCOMPARE(gender.text(), QStringLiteral("Not a known gender.\nDoes not match."));
    // After a save attempt everything shows.
    labels.showIssues(issues, true, refusal);
    QVERIFY(name.isVisible());
    QCOMPARE(name.text(), QStringLiteral("Enter the name."));

    // A refusal shows at its field while the field has no problem of its own, until edited.
    refusal =
        labels.refusalAt(Error(Error::Kind::Conflict, QStringLiteral("Recorded already."), QStringLiteral("id_number")),
                         QStringLiteral("id_number"));
    QCOMPARE(refusal->field(), QStringLiteral("id_number"));
    labels.showIssues(issues, true, refusal);
    QVERIFY(idNumber.isVisible());
    QCOMPARE(idNumber.text(), QStringLiteral("Recorded already."));
    labels.edited(QStringLiteral("name"), refusal);
    QVERIFY(refusal.has_value()); // another field's edit keeps it
    labels.edited(QStringLiteral("id_number"), refusal);
    QVERIFY(!refusal.has_value());
    // A refusal about no field of the form is about no field; any edit retires it.
    refusal = labels.refusalAt(Error(Error::Kind::Storage, QStringLiteral("Locked."), QStringLiteral("phone")),
                               QStringLiteral("phone"));
    QVERIFY(refusal->field().isEmpty());
    labels.showIssues({}, true, refusal);
    QVERIFY(!name.isVisible() && !idNumber.isVisible() && !gender.isVisible());
    labels.edited(QStringLiteral("name"), refusal);
    QVERIFY(!refusal.has_value());

    // The list of what to correct: fields in reading order, then the problems of no field.
    QCOMPARE(labels.problemLines(issues), (QStringList{QStringLiteral("• Name: Enter the name."),
                                                       QStringLiteral("• Gender: Not a known gender.; Does not match."),
                                                       QStringLiteral("• The history is impossible.")}));

    labels.clearTouched();
    QVERIFY(!labels.isTouched(QStringLiteral("name")));
    labels.touchAll();
    QVERIFY(labels.isTouched(QStringLiteral("name")) && labels.isTouched(QStringLiteral("gender")));
}

void TestGuiCommon::fieldErrorLabelsShowErrors()
{
    QWidget form;
    QLabel date(&form);
    QLabel parent(&form);
    FieldErrorLabels labels;
    labels.add(QStringLiteral("date"), &date);
    labels.add(QStringLiteral("parent"), &parent);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    const QHash<QString, QString> errors{{QStringLiteral("date"), QStringLiteral("Enter the date.")},
                                         {QStringLiteral("parent"), QStringLiteral("Choose the parent.")}};
    labels.touch(QStringLiteral("date"));
    labels.showErrors(errors);
    QCOMPARE(date.text(), QStringLiteral("Enter the date."));
    QCOMPARE(parent.text(), QString());
    // The labels keep their place: only the text changes.
    QVERIFY(parent.isVisible());

    // A refusal comes first, until the refusals are cleared.
    labels.refuse(QStringLiteral("date"), QStringLiteral("Before the establishment."));
    labels.refuse(QStringLiteral("parent"), QStringLiteral("Dissolved."));
    labels.showErrors(errors);
    QCOMPARE(date.text(), QStringLiteral("Before the establishment."));
    QCOMPARE(parent.text(), QStringLiteral("Dissolved."));
    labels.clearRefusals();
    labels.untouch(QStringLiteral("date"));
    labels.touch(QStringList{QStringLiteral("parent")});
    labels.showErrors(errors);
    QCOMPARE(date.text(), QString());
    QCOMPARE(parent.text(), QStringLiteral("Choose the parent."));
}

void TestGuiCommon::settingsDialog()
{
    NumberSettingsDialog dialog;
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    QPushButton* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QCOMPARE(textColor(dialog.message), TextColors::error());

    QVERIFY(dialog.load());
    QCOMPARE(dialog.spin->value(), 7);
    QTest::mouseClick(dialog.restore, Qt::LeftButton);
    QCOMPARE(dialog.spin->value(), 42);

    // Refused: the reason shows, nothing is stored, the dialog stays open.
    dialog.refuse = true;
    dialog.show();
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.message->text(), QStringLiteral("refused"));
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.load());
    QCOMPARE(dialog.message->text(), QStringLiteral("cannot read"));
    QCOMPARE(dialog.spin->value(), 42); // the form as it was

    // Stored: the message clears, settingsSaved() follows and the dialog closes.
    dialog.refuse = false;
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.stored, 42);
    QCOMPARE(saved.count(), 1);
    QVERIFY(dialog.message->text().isEmpty());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestGuiCommon)
#include "tst_guicommon.moc"
