#include "ApplicantDialog.h"

#include "core/CitizenId.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/DevelopmentRules.h"
#include "core/Ethnicity.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/members/MemberFormValidator.h"
#include "services/DevelopmentService.h"
#include "services/MemberService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const auto ErrorStyle = QStringLiteral("color: #c0392b;");
const auto OkStyle = QStringLiteral("color: #1e7b34;");
const auto WarningStyle = QStringLiteral("color: #9a6700;");
const auto HintStyle = QStringLiteral("color: #666666;");
const auto BannerStyle = QStringLiteral("QLabel { color: #a61b1b; background: #fdecea; border: 1px solid #e6a5a0;"
                                        " border-radius: 3px; }");
const auto WarningBannerStyle = QStringLiteral("QLabel { color: #7a5200; background: #fff6dd; border: 1px solid "
                                               "#e8c66a; border-radius: 3px; }");

struct DateField
{
    const char* key;
    QDate Applicant::*date;
    const char* caption;
};

// The stages in their order (DevelopmentRules checks the same order).
constexpr DateField StageDates[] = {
    {"applied_on", &Applicant::appliedOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Application submitted")},
    {"talked_on", &Applicant::talkedOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Talk")},
    {"activist_on", &Applicant::activistOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Activist since")},
    {"target_on", &Applicant::targetOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Development target since")},
    {"political_review_on", &Applicant::politicalReviewOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Political review")},
    {"trained_on", &Applicant::trainedOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Training completed")},
    {"pre_reviewed_on", &Applicant::preReviewedOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Pre-review")},
    {"admitted_on", &Applicant::admittedOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Admission (branch meeting)")},
    {"approved_on", &Applicant::approvedOn, QT_TRANSLATE_NOOP("ApplicantDialog", "Approval (higher committee)")},
};

// "applied_on" -> "appliedOn": the widgets are named after the field keys.
QString camelCase(const char* key)
{
    QString name;
    bool upper = false;
    for (const char* c = key; *c; ++c) {
        if (*c == '_') {
            upper = true;
            continue;
        }
        name.append(upper ? QChar::fromLatin1(*c).toUpper() : QChar::fromLatin1(*c));
        upper = false;
    }
    return name;
}

QLabel* newErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(ErrorStyle);
    label->hide();
    return label;
}

} // namespace

ApplicantDialog::ApplicantDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_today(Clock::today())
{
    setObjectName(QStringLiteral("applicantDialog"));
    setSizeGripEnabled(true);

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->setMargin(6);
    m_formError->setStyleSheet(BannerStyle);
    m_formError->hide();
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setMargin(6);
    m_warnings->setStyleSheet(WarningBannerStyle);
    m_warnings->hide();

    // Built in the order Tab visits them: the person, the stages, the people, the exceptions,
    // the end and the note.
    // (Created as children of content in that order: the focus chain is the creation order.)
    auto* content = new QWidget;
    QWidget* person = buildPersonGroup(content);
    // The problems of the fields read from the ID number show once the ID number is edited.
    m_fieldErrors.setDerived(QStringLiteral("id_number"), {QStringLiteral("gender"), QStringLiteral("birth_date")});
    QWidget* stages = buildStagesGroup(content);
    QWidget* people = buildPeopleGroup(content);
    QWidget* exceptions = buildExceptionsGroup(content);
    QWidget* end = buildEndGroup(content);
    auto* left = new QVBoxLayout;
    left->addWidget(person);
    left->addWidget(people);
    left->addWidget(end);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(stages);
    right->addWidget(exceptions);
    right->addStretch();
    auto* columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    // A long record on a small screen scrolls instead of growing off it.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApplicantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApplicantDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    layout->addWidget(m_stage);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(buttons);
    resize(1200, 780);

    // An empty new record until startNew() or startEdit().
    m_loading = true;
    clearForm();
    m_loading = false;
    setWindowTitle(tr("New applicant"));
}

ApplicantDialog::~ApplicantDialog() = default;

void ApplicantDialog::addField(QGridLayout* grid, int row, int column, const char* key, const QString& caption,
                               QWidget* editor, int errorSpan)
{
    auto* label = new QLabel(caption, editor->parentWidget());
    label->setBuddy(editor);
    QLabel* error = newErrorLabel(camelCase(key) + QStringLiteral("Error"), editor->parentWidget());
    grid->addWidget(label, 2 * row, 2 * column);
    grid->addWidget(editor, 2 * row, 2 * column + 1);
    grid->addWidget(error, 2 * row + 1, 2 * column + 1, 1, errorSpan);
    m_fieldErrors.add(QLatin1String(key), error, caption);
}

QLineEdit* ApplicantDialog::addLineEdit(QGridLayout* grid, int row, int column, const char* key, const QString& caption,
                                        int errorSpan)
{
    auto* edit = new QLineEdit(grid->parentWidget());
    edit->setObjectName(camelCase(key) + QStringLiteral("Edit"));
    addField(grid, row, column, key, caption, edit, errorSpan);
    connect(edit, &QLineEdit::textChanged, this, [this, key] { edited(QLatin1String(key)); });
    return edit;
}

QLineEdit* ApplicantDialog::addDateEdit(QGridLayout* grid, int row, const char* key, const QString& caption)
{
    // The message under the date may use the hint's column too.
    QLineEdit* edit = addLineEdit(grid, row, 0, key, caption, 2);
    edit->setPlaceholderText(tr("YYYY-MM-DD"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_dates.insert(QLatin1String(key), edit);
    // The deadline this date is held to, next to it.
    auto* hint = new QLabel(grid->parentWidget());
    hint->setObjectName(camelCase(key) + QStringLiteral("Hint"));
    hint->setStyleSheet(HintStyle);
    hint->setWordWrap(true);
    grid->addWidget(hint, 2 * row, 2);
    m_hints.insert(QLatin1String(key), hint);
    return edit;
}

QWidget* ApplicantDialog::buildPersonGroup(QWidget* parent)
{
    auto* group = new QGroupBox(tr("Person"), parent);
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_name = addLineEdit(grid, 0, 0, "name", tr("Name"));
    m_idNumber = addLineEdit(grid, 0, 1, "id_number", tr("Citizen ID number"));
    m_idNumber->setPlaceholderText(tr("18 characters"));
    m_idNumber->setMaxLength(24);
    m_idNumber->setMinimumWidth(m_idNumber->fontMetrics().horizontalAdvance(QStringLiteral("44052419800101001X")) + 16);
    // Derived from the ID number, never typed.
    m_gender = new QLineEdit(group);
    m_gender->setObjectName(QStringLiteral("genderValue"));
    m_birthDate = new QLineEdit(group);
    m_birthDate->setObjectName(QStringLiteral("birthDateValue"));
    for (QLineEdit* derived : {m_gender, m_birthDate}) {
        derived->setReadOnly(true);
        derived->setFocusPolicy(Qt::NoFocus);
        derived->setPlaceholderText(tr("From the ID number"));
    }
    addField(grid, 1, 0, "gender", tr("Gender"), m_gender);
    addField(grid, 1, 1, "birth_date", tr("Birth date"), m_birthDate);

    m_ethnicity = new QComboBox(group);
    m_ethnicity->setObjectName(QStringLiteral("ethnicityCombo"));
    m_ethnicity->setEditable(true);
    m_ethnicity->addItem(QString());
    m_ethnicity->addItems(Ethnicity::all());
    m_ethnicity->setInsertPolicy(QComboBox::NoInsert);
    m_ethnicity->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ethnicity->completer()->setFilterMode(Qt::MatchContains);
    addField(grid, 2, 0, "ethnicity", tr("Ethnicity"), m_ethnicity);
    connect(m_ethnicity, &QComboBox::currentTextChanged, this, [this] { edited(QStringLiteral("ethnicity")); });

    // First item: not recorded (code 0); then the category list in its order, translated.
    auto fill = [](QComboBox* combo, const Vocabulary& vocabulary) {
        combo->addItem(QString(), 0);
        for (const int code : vocabulary.codes()) {
            combo->addItem(vocabulary.label(code), code);
        }
    };
    m_education = new QComboBox(group);
    m_education->setObjectName(QStringLiteral("educationCombo"));
    fill(m_education, Vocabulary::educations());
    addField(grid, 2, 1, "education", tr("Education"), m_education);
    connect(m_education, &QComboBox::currentIndexChanged, this, [this] { edited(QStringLiteral("education")); });
    m_occupation = new QComboBox(group);
    m_occupation->setObjectName(QStringLiteral("occupationCombo"));
    fill(m_occupation, Vocabulary::occupations());
    addField(grid, 3, 0, "occupation", tr("Occupation"), m_occupation);
    connect(m_occupation, &QComboBox::currentIndexChanged, this, [this] { edited(QStringLiteral("occupation")); });
    m_phone = addLineEdit(grid, 3, 1, "phone", tr("Phone"));
    m_position = addLineEdit(grid, 4, 0, "position", tr("Work unit and post"));
    m_honours = addLineEdit(grid, 4, 1, "honours", tr("Honours"));

    m_picker = new OrganizationPicker(m_db, group);
    m_picker->setObjectName(QStringLiteral("organizationPicker"));
    auto* orgLabel = new QLabel(tr("Organization"), group);
    orgLabel->setBuddy(m_picker);
    QLabel* orgError = newErrorLabel(QStringLiteral("orgError"), group);
    grid->addWidget(orgLabel, 10, 0);
    grid->addWidget(m_picker, 10, 1, 1, 3);
    grid->addWidget(orgError, 11, 1, 1, 3);
    m_fieldErrors.add(QStringLiteral("org"), orgError, orgLabel->text());
    // Also a text set without typing (completion, paste) that names no organization.
    connect(m_picker, &OrganizationPicker::organizationChanged, this, [this] { edited(QStringLiteral("org")); });
    connect(m_picker, &QComboBox::currentTextChanged, this, [this] { edited(QStringLiteral("org")); });
    return group;
}

QWidget* ApplicantDialog::buildStagesGroup(QWidget* parent)
{
    auto* group = new QGroupBox(tr("Stages"), parent);
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (const DateField& d : StageDates) {
        addDateEdit(grid, row++, d.key, tr(d.caption));
        if (QLatin1String(d.key) == QLatin1String("trained_on")) {
            m_trainingHours = new QSpinBox(group);
            m_trainingHours->setObjectName(QStringLiteral("trainingHoursSpin"));
            m_trainingHours->setRange(0, 9999);
            m_trainingHours->setSuffix(tr(" hours"));
            m_trainingHours->setSpecialValueText(tr("not recorded"));
            addField(grid, row++, 0, "training_hours", tr("Training hours"), m_trainingHours, 2);
            connect(m_trainingHours, &QSpinBox::valueChanged, this,
                    [this] { edited(QStringLiteral("training_hours")); });
        }
    }
    return group;
}

void ApplicantDialog::addPersonSlots(QGridLayout* grid, int row, const char* key, const QString& caption, int count,
                                     QList<PersonSlot>& entries)
{
    auto* label = new QLabel(caption, grid->parentWidget());
    grid->addWidget(label, row, 0);
    const QString base = camelCase(key).chopped(1); // contacts -> contact1Edit, contact1Name ...
    for (int i = 0; i < count; ++i) {
        PersonSlot slot;
        slot.edit = new QLineEdit(grid->parentWidget());
        slot.edit->setObjectName(base + QString::number(i + 1) + QStringLiteral("Edit"));
        slot.edit->setPlaceholderText(tr("Citizen ID number of a full member"));
        slot.edit->setMaxLength(24);
        slot.edit->setMinimumWidth(m_idNumber->minimumWidth());
        slot.name = new QLabel(grid->parentWidget());
        slot.name->setObjectName(base + QString::number(i + 1) + QStringLiteral("Name"));
        slot.name->setTextFormat(Qt::PlainText);
        grid->addWidget(slot.edit, row + i, 1);
        grid->addWidget(slot.name, row + i, 2);
        if (i == 0) {
            label->setBuddy(slot.edit);
        }
        connect(slot.edit, &QLineEdit::textChanged, this, [this, key] { edited(QLatin1String(key)); });
        entries.append(slot);
    }
    QLabel* error = newErrorLabel(camelCase(key) + QStringLiteral("Error"), grid->parentWidget());
    grid->addWidget(error, row + count, 1, 1, 2);
    m_fieldErrors.add(QLatin1String(key), error, caption);
}

QWidget* ApplicantDialog::buildPeopleGroup(QWidget* parent)
{
    auto* group = new QGroupBox(tr("Contacts and sponsors"), parent);
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(2, 1);
    addPersonSlots(grid, 0, "contacts", tr("Contacts"), DevelopmentRules::MaxContacts, m_contacts);
    addPersonSlots(grid, DevelopmentRules::MaxContacts + 1, "sponsors", tr("Sponsors"), DevelopmentRules::Sponsors,
                   m_sponsors);
    return group;
}

QWidget* ApplicantDialog::buildExceptionsGroup(QWidget* parent)
{
    auto* group = new QGroupBox(tr("Approved exceptions"), parent);
    auto* layout = new QVBoxLayout(group);
    auto* intro = new QLabel(tr("A time rule the record breaks is accepted only as an exception approved by the higher "
                                "committee: tick the rule and give the approval (who decided, the document)."),
                             group);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    grid->setVerticalSpacing(2);
    int row = 0;
    for (const DevelopmentRule rule : DevelopmentRules::allRules()) {
        const QString n = QString::number(int(rule));
        ExceptionRow e{rule, nullptr, nullptr, nullptr};
        e.check = new QCheckBox(DevelopmentRules::ruleLabel(rule), group);
        e.check->setObjectName(QStringLiteral("exception%1Check").arg(n));
        e.reason = new QLineEdit(group);
        e.reason->setObjectName(QStringLiteral("exception%1ReasonEdit").arg(n));
        e.reason->setPlaceholderText(tr("Approval: who decided, the document"));
        e.reason->setEnabled(false);
        e.status = new QLabel(group);
        e.status->setObjectName(QStringLiteral("exception%1Status").arg(n));
        e.status->setWordWrap(true);
        e.status->setTextFormat(Qt::PlainText);
        e.status->hide();
        // The reason and the verdict under the rule, indented like the check box's text: the
        // rules' wording is long, side by side the column would not fit a laptop screen.
        grid->addWidget(e.check, row, 0, 1, 2, Qt::AlignLeft);
        grid->addWidget(e.reason, row + 1, 1);
        grid->addWidget(e.status, row + 2, 1);
        row += 3;
        connect(e.check, &QCheckBox::toggled, e.reason, &QWidget::setEnabled);
        connect(e.check, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("exception_reason")); });
        connect(e.reason, &QLineEdit::textChanged, this, [this] { edited(QStringLiteral("exception_reason")); });
        m_exceptions.append(e);
    }
    layout->addLayout(grid);
    QLabel* error = newErrorLabel(QStringLiteral("exceptionReasonError"), group);
    layout->addWidget(error);
    m_fieldErrors.add(QStringLiteral("exception_reason"), error, tr("Approved exceptions"));
    return group;
}

QWidget* ApplicantDialog::buildEndGroup(QWidget* parent)
{
    auto* group = new QGroupBox(tr("End of the development and note"), parent);
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(1, 1);
    QLineEdit* closedOn = addLineEdit(grid, 0, 0, "closed_on", tr("Ended on"));
    closedOn->setPlaceholderText(tr("YYYY-MM-DD"));
    closedOn->setMaximumWidth(closedOn->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_dates.insert(QStringLiteral("closed_on"), closedOn);
    m_closedReason = addLineEdit(grid, 1, 0, "closed_reason", tr("Reason"));
    m_closedReason->setPlaceholderText(tr("Withdrew the application, did not qualify …"));
    m_note = new QPlainTextEdit(group);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    addField(grid, 2, 0, "note", tr("Note"), m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { edited(QStringLiteral("note")); });
    return group;
}

void ApplicantDialog::clearForm()
{
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        // Not the line edits inside the combo boxes and the spin box: they are reset below.
        if (!qobject_cast<QComboBox*>(edit->parent()) && !qobject_cast<QAbstractSpinBox*>(edit->parent())) {
            edit->clear();
        }
    }
    m_ethnicity->setCurrentIndex(0);
    m_ethnicity->setEditText(QString());
    m_education->setCurrentIndex(0);
    m_occupation->setCurrentIndex(0);
    m_trainingHours->setValue(0);
    for (const ExceptionRow& e : std::as_const(m_exceptions)) {
        e.check->setChecked(false);
        e.reason->setEnabled(false);
    }
    for (const PersonSlot& slot : std::as_const(m_contacts) + m_sponsors) {
        slot.name->clear();
    }
    m_note->clear();
    m_applicantId = 0;
    m_memberId = 0;
    setAdmitted(false);
    m_fieldErrors.clearTouched();
    m_saveAttempted = false;
    m_serviceError.reset();
    m_storageError.reset();
    m_members.clear();
}

void ApplicantDialog::setAdmitted(bool admitted)
{
    m_admitted = admitted;
    QLineEdit* admittedOn = m_dates.value(QStringLiteral("admitted_on"));
    const QString why =
        admitted ? tr("The person was admitted: the admission is corrected in the member's history.") : QString();
    admittedOn->setReadOnly(admitted);
    admittedOn->setToolTip(why);
    // Admitted into this organization: a change is a move in the member's history.
    m_picker->setEnabled(!admitted);
    m_picker->setToolTip(admitted ? tr("The person was admitted into this organization: a change is recorded as a "
                                       "move in the member's history.")
                                  : QString());
}

void ApplicantDialog::startNew(qint64 orgId)
{
    m_loading = true;
    clearForm();
    m_picker->setDate(m_today);
    m_picker->setOrganizationId(orgId);
    m_loading = false;
    if (orgId != 0) {
        // A preselected organization is a choice made: its problems show at once.
        m_fieldErrors.touch(QStringLiteral("org"));
    }
    setWindowTitle(tr("New applicant"));
    revalidate();
    m_name->setFocus();
}

bool ApplicantDialog::startEdit(qint64 applicantId)
{
    const auto found = DevelopmentService(m_db).applicant(UserContext::localUser(), applicantId);
    if (!found.ok() || !found.value()) {
        Dialogs::critical(parentWidget(), tr("Edit applicant"),
                          !found.ok() ? found.error().message() : tr("The applicant does not exist."));
        return false;
    }
    const Applicant& a = *found.value();
    m_loading = true;
    clearForm();
    m_picker->setDate(m_today);
    loadApplicant(a);
    m_applicantId = a.id;
    m_memberId = a.memberId;
    setAdmitted(a.admittedOn.isValid() || a.memberId != 0);
    m_loading = false;
    // A record read from the database shows every problem it has at once.
    m_fieldErrors.touchAll();
    setWindowTitle(tr("Applicant: %1").arg(a.name));
    revalidate();
    m_name->setFocus();
    return true;
}

void ApplicantDialog::loadApplicant(const Applicant& a)
{
    m_name->setText(a.name);
    m_idNumber->setText(a.idNumber);
    m_ethnicity->setCurrentIndex(m_ethnicity->findText(a.ethnicity));
    m_ethnicity->setEditText(a.ethnicity);
    m_education->setCurrentIndex(std::max(0, m_education->findData(int(a.education))));
    m_occupation->setCurrentIndex(std::max(0, m_occupation->findData(int(a.occupation))));
    m_position->setText(a.position);
    m_phone->setText(a.phone);
    m_honours->setText(a.honours);
    m_picker->setOrganizationId(a.orgId);
    for (const DateField& d : StageDates) {
        m_dates.value(QLatin1String(d.key))->setText(Dates::toText(a.*d.date));
    }
    m_trainingHours->setValue(a.trainingHours);
    loadPeople(a.contacts, m_contacts);
    loadPeople(a.sponsors, m_sponsors);
    for (const ExceptionRow& e : std::as_const(m_exceptions)) {
        for (const DevelopmentException& recorded : a.exceptions) {
            if (recorded.rule == e.rule) {
                e.check->setChecked(true);
                e.reason->setText(recorded.reason);
            }
        }
    }
    m_dates.value(QStringLiteral("closed_on"))->setText(Dates::toText(a.closedOn));
    m_closedReason->setText(a.closedReason);
    m_note->setPlainText(a.note);
}

void ApplicantDialog::loadPeople(const QList<qint64>& memberIds, QList<PersonSlot>& entries)
{
    MemberService members(m_db);
    for (int i = 0; i < entries.size(); ++i) {
        QString idNumber;
        if (i < memberIds.size()) {
            const auto member = members.findById(UserContext::localUser(), memberIds.at(i));
            if (member.ok() && member.value()) {
                idNumber = member.value()->idNumber;
            }
        }
        entries[i].edit->setText(idNumber);
    }
}

std::optional<Member> ApplicantDialog::memberByIdNumber(const QString& idNumber)
{
    // One indexed lookup per number typed, not one per keystroke in other fields.
    auto cached = m_members.constFind(idNumber);
    if (cached == m_members.constEnd()) {
        const auto found = MemberService(m_db).findByIdNumber(UserContext::localUser(), idNumber);
        if (!found.ok()) {
            return std::nullopt; // not remembered: asked again at the next check
        }
        cached = m_members.insert(idNumber, found.value());
    }
    return *cached;
}

QList<qint64> ApplicantDialog::formPeople(QList<PersonSlot>& entries, const QString& key, FieldIssues& formIssues)
{
    QList<qint64> ids;
    for (PersonSlot& slot : entries) {
        const QString typed = slot.edit->text().trimmed();
        slot.name->clear();
        if (typed.isEmpty()) {
            continue;
        }
        const auto parsed = CitizenId::parse(typed, m_today);
        if (!parsed.ok()) {
            formIssues.append({key, tr("%1: %2").arg(typed, parsed.error().message())});
            continue;
        }
        const std::optional<Member> member = memberByIdNumber(parsed->text());
        if (!member) {
            formIssues.append({key, tr("no member has the citizen ID number %1").arg(parsed->text())});
            continue;
        }
        slot.name->setText(
            tr("%1 (%2)").arg(member->name, Vocabulary::memberCategories().label(int(member->category))));
        ids.append(member->id);
    }
    return ids;
}

Applicant ApplicantDialog::formApplicant(FieldIssues& formIssues)
{
    Applicant a;
    a.id = m_applicantId;
    a.memberId = m_memberId;
    a.name = m_name->text();
    a.idNumber = m_idNumber->text();
    // Derived from the ID number by the check.
    a.gender = Gender::Unknown;
    a.birthDate = {};
    a.ethnicity = m_ethnicity->currentText().trimmed();
    a.education = static_cast<Education>(m_education->currentData().toInt());
    a.occupation = static_cast<Occupation>(m_occupation->currentData().toInt());
    a.position = m_position->text().trimmed();
    a.phone = m_phone->text();
    a.honours = m_honours->text().trimmed();
    a.orgId = m_picker->organizationId();
    if (const QString typed = m_picker->currentText().trimmed(); a.orgId == 0 && !typed.isEmpty()) {
        formIssues.append({QStringLiteral("org"), tr("no organization is called \"%1\"").arg(typed)});
    }
    for (const DateField& d : StageDates) {
        const QString key = QLatin1String(d.key);
        a.*d.date = MemberFormValidator::parseDate(m_dates.value(key)->text(), key, formIssues);
    }
    a.trainingHours = m_trainingHours->value();
    a.contacts = formPeople(m_contacts, QStringLiteral("contacts"), formIssues);
    a.sponsors = formPeople(m_sponsors, QStringLiteral("sponsors"), formIssues);
    for (const ExceptionRow& e : std::as_const(m_exceptions)) {
        if (e.check->isChecked()) {
            a.exceptions.append({e.rule, e.reason->text().trimmed()});
        }
    }
    const QString closedOn = QStringLiteral("closed_on");
    a.closedOn = MemberFormValidator::parseDate(m_dates.value(closedOn)->text(), closedOn, formIssues);
    a.closedReason = m_closedReason->text().trimmed();
    a.note = m_note->toPlainText().trimmed();
    return a;
}

void ApplicantDialog::edited(const QString& key)
{
    if (m_loading) {
        return;
    }
    m_fieldErrors.edited(key, m_serviceError);
    revalidate();
}

void ApplicantDialog::revalidate()
{
    if (m_loading) {
        return;
    }
    FieldIssues formIssues;
    Applicant a = formApplicant(formIssues);
    m_errors = formIssues;
    m_warningIssues.clear();
    m_storageError.reset();
    const auto validation = DevelopmentService(m_db).validate(UserContext::localUser(), a);
    if (!validation.ok()) {
        m_storageError = validation.error();
    } else {
        // What the form could not read (a date, an ID number) is said once, by the form.
        QSet<QString> readByForm;
        for (const FieldIssue& issue : std::as_const(formIssues)) {
            readByForm.insert(issue.field);
        }
        for (const FieldIssue& issue : validation->errors) {
            if (!readByForm.contains(issue.field)) {
                m_errors.append(issue);
            }
        }
        m_warningIssues = validation->warnings;
    }
    m_applicant = a;

    // Which time rules the record breaks, excepted or not: the check with every rule excepted.
    Applicant probe = a;
    probe.exceptions.clear();
    for (const DevelopmentRule rule : DevelopmentRules::allRules()) {
        probe.exceptions.append({rule, QStringLiteral("-")});
    }
    m_broken = DevelopmentRules::check(probe, m_today).excepted;

    m_gender->setText(a.gender == Gender::Unknown ? QString() : Vocabulary::genders().label(int(a.gender)));
    m_birthDate->setText(Dates::toText(a.birthDate));
    QString stage = tr("Stage today: %1").arg(DevelopmentRules::stageLabel(a.stageOn(m_today)));
    if (m_memberId != 0) {
        stage = tr("%1 (member record created by the admission)").arg(stage);
    }
    m_stage->setText(stage);
    showRules();
    showHints();
    showMessages();
}

void ApplicantDialog::showRules()
{
    for (const ExceptionRow& e : std::as_const(m_exceptions)) {
        const bool broken = m_broken.contains(e.rule);
        const bool checked = e.check->isChecked();
        QString text;
        QString style = ErrorStyle;
        if (broken && checked && !e.reason->text().trimmed().isEmpty()) {
            text = tr("Broken by this record: allowed by the approved exception.");
            style = OkStyle;
        } else if (broken && checked) {
            text = tr("Broken by this record: the exception needs the approval's reason.");
        } else if (broken) {
            text = tr("Broken by this record: correct the dates or record the approved exception.");
        } else if (checked) {
            text = tr("This record does not break the rule: the exception is not needed.");
            style = WarningStyle;
        }
        e.status->setText(text);
        e.status->setStyleSheet(style);
        e.status->setVisible(!text.isEmpty());
    }
}

void ApplicantDialog::showHints()
{
    const Applicant& a = m_applicant;
    auto hint = [this](const char* key, const QString& text, bool late) {
        QLabel* label = m_hints.value(QLatin1String(key));
        label->setText(text);
        label->setStyleSheet(late ? ErrorStyle : HintStyle);
    };
    const QDate talkDue = DevelopmentRules::talkDue(a);
    hint("talked_on", talkDue.isValid() ? tr("due by %1").arg(Dates::toText(talkDue)) : QString(),
         !a.talkedOn.isValid() && talkDue.isValid() && talkDue < m_today && !a.closedOn.isValid());
    const QDate targetEarliest = DevelopmentRules::targetEarliest(a);
    hint("target_on", targetEarliest.isValid() ? tr("not before %1").arg(Dates::toText(targetEarliest)) : QString(),
         false);
    hint("trained_on", tr("at least %1 hours").arg(DevelopmentRules::MinimumTrainingHours), false);
    hint("admitted_on", tr("probation starts"), false);
    const QDate approvalDue = DevelopmentRules::approvalDue(a);
    hint("approved_on",
         approvalDue.isValid() ? tr("due by %1, at the latest %2")
                                     .arg(Dates::toText(approvalDue),
                                          Dates::toText(a.admittedOn.addMonths(DevelopmentRules::ApprovalMaxMonths)))
                               : QString(),
         !a.approvedOn.isValid() && approvalDue.isValid() && approvalDue < m_today);
}

void ApplicantDialog::showMessages()
{
    m_fieldErrors.showIssues(m_errors, m_saveAttempted, m_serviceError);

    QString banner;
    if (m_storageError) {
        banner = m_storageError->message();
    } else if (m_saveAttempted && !m_errors.isEmpty()) {
        const QStringList lines =
            QStringList{tr("The applicant was not saved. Please correct:")} + m_fieldErrors.problemLines(m_errors);
        banner = lines.join(u'\n');
    } else if (m_serviceError) {
        banner = tr("The applicant was not saved: %1").arg(m_serviceError->message());
    }
    m_formError->setText(banner);
    m_formError->setVisible(!banner.isEmpty());

    // Warnings do not stop the save; they are listed so they are not missed.
    QStringList warnings;
    for (const FieldIssue& issue : std::as_const(m_warningIssues)) {
        const FieldErrorLabels::Field* f = m_fieldErrors.field(issue.field);
        warnings.append(f ? tr("Warning: %1: %2").arg(f->caption, issue.message)
                          : tr("Warning: %1").arg(issue.message));
    }
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

void ApplicantDialog::showServiceError(const Error& error)
{
    m_serviceError = m_fieldErrors.refusalAt(error, error.field());
    // The database has changed under the form (a record written meanwhile): look the
    // contacts and sponsors up again.
    m_members.clear();
    showMessages();
}

bool ApplicantDialog::save()
{
    m_saveAttempted = true;
    m_serviceError.reset();
    revalidate();
    if (!isValid()) {
        return false;
    }
    const UserContext user = UserContext::localUser();
    const bool admits = m_applicant.admittedOn.isValid() && !m_admitted;
    if (admits) {
        const QString question =
            tr("This creates the member %1 (citizen ID number %2): a probationary member of %3 from %4. Later "
               "corrections to the admission are made in the member's history. Save and admit %1?")
                .arg(m_applicant.name, m_applicant.idNumber, m_picker->currentText(),
                     Dates::toText(m_applicant.admittedOn));
        if (!Dialogs::question(this, tr("Admit %1").arg(m_applicant.name), question)) {
            return false;
        }
    }
    DevelopmentService service(m_db);
    const auto saved = service.save(user, m_applicant);
    if (!saved.ok()) {
        showServiceError(saved.error());
        return false;
    }
    m_applicantId = *saved;
    if (admits) {
        const auto reread = service.applicant(user, m_applicantId);
        if (reread.ok() && reread.value()) {
            m_memberId = reread.value()->memberId;
        }
        setAdmitted(true);
    }
    emit applicantSaved(m_applicantId);
    if (admits && m_memberId != 0) {
        emit memberAdmitted(m_memberId);
    }
    return true;
}

void ApplicantDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
