#include "MemberEditDialog.h"

#include "core/CitizenId.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/Ethnicity.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "ui_MemberEditDialog.h"

#include <QCompleter>
#include <QPushButton>
#include <QScreen>

#include <algorithm>

namespace {

const auto ErrorStyle = QStringLiteral("color: #c0392b;");
const auto BannerStyle = QStringLiteral("QLabel { color: #a61b1b; background: #fdecea; border: 1px solid #e6a5a0;"
                                        " border-radius: 3px; }");

} // namespace

MemberEditDialog::MemberEditDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::MemberEditDialog>())
    , m_db(db)
{
    ui->setupUi(this);
    m_picker = new OrganizationPicker(m_db, ui->organizationContainer);
    m_picker->setObjectName(QStringLiteral("organizationPicker"));
    ui->organizationContainerLayout->addWidget(m_picker);
    ui->organizationLabel->setBuddy(m_picker);
    setTabOrder(ui->addressEdit, m_picker);
    setTabOrder(m_picker, ui->admittedOnEdit);

    QPushButton* save = ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    ui->formError->setStyleSheet(BannerStyle);
    // Room for a whole 18-character number.
    ui->idNumberEdit->setMinimumWidth(
        ui->idNumberEdit->fontMetrics().horizontalAdvance(QStringLiteral("44052419800101001X")) + 16);

    fillCombos();
    setUpFields();
    alignColumns();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberEditDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberEditDialog::reject);
    connect(ui->convertIdButton, &QToolButton::clicked, this,
            [this] { ui->idNumberEdit->setText(CitizenId::fromLegacy(ui->idNumberEdit->text())); });
    connect(ui->mobileCheck, &QCheckBox::toggled, ui->mobileDestinationEdit, &QWidget::setEnabled);
    connect(ui->lostContactCheck, &QCheckBox::toggled, ui->lostContactSinceEdit, &QWidget::setEnabled);
    connect(ui->lostContactCheck, &QCheckBox::toggled, ui->lostContactReasonEdit, &QWidget::setEnabled);
    // An empty new-member form until startNew() or startEdit(); the organizations are read
    // only when a new member is entered.
    m_loading = true;
    clearForm();
    m_loading = false;
    ui->membershipSummaryGroup->hide();
    setWindowTitle(tr("New member"));
    revalidate();
}

MemberEditDialog::~MemberEditDialog() = default;

void MemberEditDialog::fillCombos()
{
    ui->ethnicityCombo->addItem(QString());
    ui->ethnicityCombo->addItems(Ethnicity::all());
    ui->ethnicityCombo->setInsertPolicy(QComboBox::NoInsert);
    ui->ethnicityCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ui->ethnicityCombo->completer()->setFilterMode(Qt::MatchContains);

    // First item: not recorded (code 0); then the category list in its order, translated.
    auto fill = [](QComboBox* combo, const Vocabulary& vocabulary, const QString& none) {
        combo->addItem(none, 0);
        for (const int code : vocabulary.codes()) {
            combo->addItem(vocabulary.label(code), code);
        }
    };
    fill(ui->educationCombo, Vocabulary::educations(), QString());
    fill(ui->occupationCombo, Vocabulary::occupations(), QString());
    fill(ui->partyWorkerCombo, Vocabulary::partyWorkers(), tr("No"));
}

void MemberEditDialog::alignColumns()
{
    // The group boxes read as one form: their label columns get the same widths.
    const QList<QGridLayout*> grids{ui->personalLayout, ui->membershipLayout, ui->membershipSummaryLayout,
                                    ui->otherLayout};
    for (const int column : {0, 2}) {
        int width = 0;
        for (QGridLayout* grid : grids) {
            for (int row = 0; row < grid->rowCount(); ++row) {
                const QLayoutItem* item = grid->itemAtPosition(row, column);
                int r = 0, c = 0, rowSpan = 0, columnSpan = 0;
                if (item && item->widget() && qobject_cast<QLabel*>(item->widget())) {
                    grid->getItemPosition(grid->indexOf(item->widget()), &r, &c, &rowSpan, &columnSpan);
                    if (c == column && columnSpan == 1) {
                        width = std::max(width, item->widget()->sizeHint().width());
                    }
                }
            }
        }
        for (QGridLayout* grid : grids) {
            grid->setColumnMinimumWidth(column, width);
        }
    }
}

void MemberEditDialog::growToFit()
{
    // Word-wrapped messages need height for the width they get; a top-level dialog does not
    // grow by itself, so it grows here (never shrinks: the form should not jump).
    QLayout* main = layout();
    main->activate();
    const int needed = main->hasHeightForWidth() ? main->totalHeightForWidth(width()) : main->totalSizeHint().height();
    if (needed > height()) {
        int limit = needed;
        if (const QScreen* s = screen()) {
            limit = std::min(needed, s->availableGeometry().height() - 40);
        }
        resize(width(), std::max(height(), limit));
    }
}

void MemberEditDialog::addField(const char* key, QLabel* label, QLabel* error)
{
    error->setStyleSheet(ErrorStyle);
    m_fieldErrors.add(QLatin1String(key), error, label->text());
}

void MemberEditDialog::markRequired(QLabel* label)
{
    label->setTextFormat(Qt::RichText);
    label->setText(label->text().toHtmlEscaped() + QStringLiteral(" <span style=\"color:#c0392b\">*</span>"));
    label->setToolTip(tr("Required"));
}

void MemberEditDialog::setUpFields()
{
    addField("name", ui->nameLabel, ui->nameError);
    addField("id_number", ui->idNumberLabel, ui->idNumberError);
    addField("gender", ui->genderLabel, ui->genderError);
    addField("birth_date", ui->birthDateLabel, ui->birthDateError);
    addField("ethnicity", ui->ethnicityLabel, ui->ethnicityError);
    addField("native_place", ui->nativePlaceLabel, ui->nativePlaceError);
    addField("education", ui->educationLabel, ui->educationError);
    addField("occupation", ui->occupationLabel, ui->occupationError);
    addField("position", ui->positionLabel, ui->positionError);
    addField("phone", ui->phoneLabel, ui->phoneError);
    addField("address", ui->addressLabel, ui->addressError);
    addField("org", ui->organizationLabel, ui->organizationError);
    addField("admitted_on", ui->admittedOnLabel, ui->admittedOnError);
    addField("full_on", ui->fullOnLabel, ui->fullOnError);
    addField("honours", ui->honoursLabel, ui->honoursError);
    addField("party_worker", ui->partyWorkerLabel, ui->partyWorkerError);
    addField("applied_on", ui->appliedOnLabel, ui->appliedOnError);
    addField("activist_on", ui->activistOnLabel, ui->activistOnError);
    addField("mobile_destination", ui->mobileDestinationLabel, ui->mobileDestinationError);
    addField("lost_contact_since", ui->lostContactSinceLabel, ui->lostContactSinceError);
    addField("lost_contact_reason", ui->lostContactReasonLabel, ui->lostContactReasonError);
    // The problems of the fields read from the ID number show once the ID number is edited.
    m_fieldErrors.setDerived(QStringLiteral("id_number"), {QStringLiteral("gender"), QStringLiteral("birth_date")});
    // What MemberService refuses to save without.
    for (QLabel* label : {ui->nameLabel, ui->idNumberLabel, ui->organizationLabel, ui->admittedOnLabel}) {
        markRequired(label);
    }

    auto onText = [this](QLineEdit* edit, const char* key) {
        connect(edit, &QLineEdit::textChanged, this, [this, key] { edited(QLatin1String(key)); });
    };
    onText(ui->nameEdit, "name");
    onText(ui->idNumberEdit, "id_number");
    onText(ui->nativePlaceEdit, "native_place");
    onText(ui->positionEdit, "position");
    onText(ui->phoneEdit, "phone");
    onText(ui->addressEdit, "address");
    onText(ui->admittedOnEdit, "admitted_on");
    onText(ui->fullOnEdit, "full_on");
    onText(ui->honoursEdit, "honours");
    onText(ui->appliedOnEdit, "applied_on");
    onText(ui->activistOnEdit, "activist_on");
    onText(ui->mobileDestinationEdit, "mobile_destination");
    onText(ui->lostContactSinceEdit, "lost_contact_since");
    onText(ui->lostContactReasonEdit, "lost_contact_reason");
    connect(ui->ethnicityCombo, &QComboBox::currentTextChanged, this, [this] { edited(QStringLiteral("ethnicity")); });
    connect(ui->educationCombo, &QComboBox::currentIndexChanged, this, [this] { edited(QStringLiteral("education")); });
    connect(ui->occupationCombo, &QComboBox::currentIndexChanged, this,
            [this] { edited(QStringLiteral("occupation")); });
    connect(ui->partyWorkerCombo, &QComboBox::currentIndexChanged, this,
            [this] { edited(QStringLiteral("party_worker")); });
    connect(ui->mobileCheck, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("mobile_destination")); });
    connect(ui->lostContactCheck, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("lost_contact_since")); });
    // Also a text set without typing (completion, paste) that names no organization.
    connect(m_picker, &OrganizationPicker::organizationChanged, this, [this] { edited(QStringLiteral("org")); });
    connect(m_picker, &QComboBox::currentTextChanged, this, [this] { edited(QStringLiteral("org")); });
}

void MemberEditDialog::clearForm()
{
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (edit->parent() != m_picker) {
            edit->clear();
        }
    }
    ui->ethnicityCombo->setCurrentIndex(0);
    ui->ethnicityCombo->setEditText(QString());
    for (QComboBox* combo : {ui->educationCombo, ui->occupationCombo, ui->partyWorkerCombo}) {
        combo->setCurrentIndex(0);
    }
    ui->mobileCheck->setChecked(false);
    ui->lostContactCheck->setChecked(false);
    ui->mobileDestinationEdit->setEnabled(false);
    ui->lostContactSinceEdit->setEnabled(false);
    ui->lostContactReasonEdit->setEnabled(false);
    m_fieldErrors.clearTouched();
    m_saveAttempted = false;
    m_serviceError.reset();
    m_organizations.clear();
    m_checkedIdNumber.clear();
    m_duplicate.clear();
}

void MemberEditDialog::startNew(qint64 orgId)
{
    m_loading = true;
    clearForm();
    m_admission = true;
    m_memberId = 0;
    m_storedBirthDate = {};
    m_history.clear();
    m_picker->setDate(Clock::today());
    m_picker->setOrganizationId(orgId);
    m_loading = false;
    if (orgId != 0) {
        // A preselected organization is a choice made: its problems show at once.
        m_fieldErrors.touch(QStringLiteral("org"));
    }
    ui->membershipGroup->show();
    ui->membershipSummaryGroup->hide();
    setWindowTitle(tr("New member"));
    revalidate();
    ui->nameEdit->setFocus();
}

bool MemberEditDialog::startEdit(qint64 memberId)
{
    const UserContext user = UserContext::localUser();
    MemberService members(m_db);
    const auto found = members.findById(user, memberId);
    auto history = members.history(user, memberId);
    if (!found.ok() || !found.value() || !history.ok()) {
        const QString message = !found.ok()     ? found.error().message()
                                : !history.ok() ? history.error().message()
                                                : tr("The member does not exist.");
        Dialogs::critical(parentWidget(), tr("Edit member"), message);
        return false;
    }
    const Member& member = *found.value();
    m_loading = true;
    clearForm();
    m_admission = false;
    m_memberId = member.id;
    m_storedBirthDate = member.birthDate;
    m_history = std::move(history.value());
    loadMember(member);
    m_loading = false;
    loadSummary(member);
    ui->membershipGroup->hide();
    ui->membershipSummaryGroup->show();
    setWindowTitle(tr("Edit member: %1").arg(member.name));
    // A record read from the database shows every problem it has at once.
    m_fieldErrors.touchAll();
    revalidate();
    ui->nameEdit->setFocus();
    return true;
}

void MemberEditDialog::loadMember(const Member& m)
{
    ui->nameEdit->setText(m.name);
    ui->idNumberEdit->setText(m.idNumber);
    ui->ethnicityCombo->setCurrentIndex(ui->ethnicityCombo->findText(m.ethnicity));
    ui->ethnicityCombo->setEditText(m.ethnicity);
    ui->educationCombo->setCurrentIndex(std::max(0, ui->educationCombo->findData(int(m.education))));
    ui->occupationCombo->setCurrentIndex(std::max(0, ui->occupationCombo->findData(int(m.occupation))));
    ui->partyWorkerCombo->setCurrentIndex(std::max(0, ui->partyWorkerCombo->findData(int(m.partyWorker))));
    ui->nativePlaceEdit->setText(m.nativePlace);
    ui->positionEdit->setText(m.position);
    ui->phoneEdit->setText(m.phone);
    ui->addressEdit->setText(m.address);
    ui->honoursEdit->setText(m.honours);
    ui->appliedOnEdit->setText(Dates::toText(m.appliedOn));
    ui->activistOnEdit->setText(Dates::toText(m.activistOn));
    ui->mobileCheck->setChecked(m.mobile);
    ui->mobileDestinationEdit->setText(m.mobileDestination);
    ui->lostContactCheck->setChecked(m.lostContact);
    ui->lostContactSinceEdit->setText(Dates::toText(m.lostContactSince));
    ui->lostContactReasonEdit->setText(m.lostContactReason);
}

void MemberEditDialog::loadSummary(const Member& m)
{
    QString organizationText = tr("Not on the roll of any organization");
    if (m.orgId != 0) {
        const UserContext user = UserContext::localUser();
        OrganizationService organizations(m_db);
        const auto org = organizations.findById(user, m.orgId);
        if (org.ok() && org.value()) {
            // The record holds the name at establishment; renamings are events.
            const auto today = organizations.nameOn(user, m.orgId, Clock::today());
            const QString name = today.ok() ? *today : QString();
            organizationText =
                QStringLiteral("%1（%2）").arg(name.isEmpty() ? org.value()->name : name, org.value()->code);
        }
    }
    ui->currentOrganizationValue->setText(organizationText);
    ui->categoryValue->setText(Vocabulary::memberCategories().label(int(m.category)));
    ui->admittedOnValue->setText(Dates::toText(m.admittedOn));
    ui->fullOnValue->setText(Dates::toText(m.fullOn));
}

std::optional<Organization> MemberEditDialog::organization(qint64 id)
{
    if (id == 0) {
        return std::nullopt;
    }
    auto cached = m_organizations.constFind(id);
    if (cached == m_organizations.constEnd()) {
        const auto found = OrganizationService(m_db).findById(UserContext::localUser(), id);
        cached = m_organizations.insert(id, found.ok() ? found.value() : std::nullopt);
    }
    return *cached;
}

QString MemberEditDialog::duplicateOf(const QString& idNumber)
{
    // One indexed lookup per complete, valid number, not one per keystroke in other fields.
    if (idNumber != m_checkedIdNumber) {
        m_checkedIdNumber = idNumber;
        m_duplicate.clear();
        const auto found = MemberService(m_db).findByIdNumber(UserContext::localUser(), idNumber);
        if (found.ok() && found.value() && found.value()->id != m_memberId) {
            m_duplicate =
                tr("a member with the citizen ID number %1 already exists: %2").arg(idNumber, found.value()->name);
        }
    }
    return m_duplicate;
}

MemberFormValidator::Input MemberEditDialog::formInput()
{
    MemberFormValidator::Input in;
    Member& m = in.member;
    m.id = m_memberId;
    m.name = ui->nameEdit->text();
    m.idNumber = ui->idNumberEdit->text();
    m.ethnicity = ui->ethnicityCombo->currentText().trimmed();
    m.education = static_cast<Education>(ui->educationCombo->currentData().toInt());
    m.nativePlace = ui->nativePlaceEdit->text().trimmed();
    m.occupation = static_cast<Occupation>(ui->occupationCombo->currentData().toInt());
    m.position = ui->positionEdit->text().trimmed();
    m.phone = ui->phoneEdit->text();
    m.address = ui->addressEdit->text().trimmed();
    m.honours = ui->honoursEdit->text().trimmed();
    m.partyWorker = static_cast<PartyWorker>(ui->partyWorkerCombo->currentData().toInt());
    // A disabled field's text is not part of the record.
    m.mobile = ui->mobileCheck->isChecked();
    m.mobileDestination = m.mobile ? ui->mobileDestinationEdit->text().trimmed() : QString();
    m.lostContact = ui->lostContactCheck->isChecked();
    m.lostContactReason = m.lostContact ? ui->lostContactReasonEdit->text().trimmed() : QString();
    in.lostContactSince = m.lostContact ? ui->lostContactSinceEdit->text() : QString();
    in.appliedOn = ui->appliedOnEdit->text();
    in.activistOn = ui->activistOnEdit->text();

    in.admission = m_admission;
    if (m_admission) {
        in.orgId = m_picker->organizationId();
        in.organizationText = m_picker->currentText();
        in.organization = organization(in.orgId);
        in.admittedOn = ui->admittedOnEdit->text();
        in.fullOn = ui->fullOnEdit->text();
    } else {
        in.storedBirthDate = m_storedBirthDate;
        in.history = m_history;
    }
    return in;
}

void MemberEditDialog::edited(const QString& key)
{
    if (m_loading) {
        return;
    }
    m_fieldErrors.edited(key, m_serviceError);
    revalidate();
}

void MemberEditDialog::revalidate()
{
    if (m_loading) {
        return;
    }
    m_outcome = MemberFormValidator::check(formInput(), Clock::today());
    const Member& m = m_outcome.member;
    if (!m_outcome.hasIssue(QStringLiteral("id_number"))) {
        if (const QString duplicate = duplicateOf(m.idNumber); !duplicate.isEmpty()) {
            m_outcome.issues.append({QStringLiteral("id_number"), duplicate});
        }
    }
    ui->genderValue->setText(m.gender == Gender::Unknown ? QString() : Vocabulary::genders().label(int(m.gender)));
    ui->birthDateValue->setText(Dates::toText(m.birthDate));
    const QString typedId = ui->idNumberEdit->text();
    ui->convertIdButton->setVisible(!CitizenId::fromLegacy(typedId).isEmpty());
    showMessages();
}

void MemberEditDialog::showMessages()
{
    m_fieldErrors.showIssues(m_outcome.issues, m_saveAttempted, m_serviceError);

    QString banner;
    if (m_saveAttempted && !m_outcome.ok()) {
        const QStringList lines =
            QStringList{tr("The member was not saved. Please correct:")} + m_fieldErrors.problemLines(m_outcome.issues);
        banner = lines.join(u'\n');
    } else if (m_serviceError) {
        banner = tr("The member was not saved: %1").arg(m_serviceError->message());
    }
    ui->formError->setText(banner);
    ui->formError->setVisible(!banner.isEmpty());
    growToFit();
}

void MemberEditDialog::showServiceError(const Error& error)
{
    QString key = error.field();
    // The replay of the history names the event's date or kind: for this form, that is the
    // admission (new member) or the birth date that made the history impossible.
    if (key == QStringLiteral("date") || key == QStringLiteral("kind")) {
        key = m_admission ? QStringLiteral("admitted_on") : QStringLiteral("birth_date");
    }
    m_serviceError = m_fieldErrors.refusalAt(error, key);
    // The database has changed under the form (e.g. the number was recorded meanwhile): look
    // the ID number up again at the next edit.
    m_checkedIdNumber.clear();
    showMessages();
}

bool MemberEditDialog::save()
{
    m_saveAttempted = true;
    m_serviceError.reset();
    revalidate();
    if (!m_outcome.ok()) {
        return false;
    }
    const UserContext user = UserContext::localUser();
    MemberService members(m_db);
    if (m_admission) {
        const auto id =
            members.admit(user, m_outcome.member, m_outcome.admittedOn, m_picker->organizationId(), m_outcome.fullOn);
        if (!id.ok()) {
            showServiceError(id.error());
            return false;
        }
        m_memberId = *id;
    } else {
        if (const Status updated = members.update(user, m_outcome.member); !updated.ok()) {
            showServiceError(updated.error());
            return false;
        }
    }
    emit memberSaved(m_memberId);
    return true;
}

void MemberEditDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
