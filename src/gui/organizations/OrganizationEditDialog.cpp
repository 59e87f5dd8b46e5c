#include "OrganizationEditDialog.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/FieldErrorLabels.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/common/TextColors.h"
#include "services/OrganizationService.h"
#include "ui_OrganizationEditDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace {

// The order in which the fields appear: the first wrong one gets the focus.
const QStringList FieldOrder{QStringLiteral("code"),           QStringLiteral("name"),
                             QStringLiteral("type"),           QStringLiteral("unit_category"),
                             QStringLiteral("established_on"), QStringLiteral("parent"),
                             QStringLiteral("staff_count")};

// The type a new organization under `parent` most often has.
OrgType suggestedChildType(std::optional<OrgType> parent)
{
    if (!parent) {
        return OrgType::HigherCommittee;
    }
    switch (*parent) {
    case OrgType::HigherCommittee:
        return OrgType::Committee;
    case OrgType::Committee:
    case OrgType::GeneralBranch:
        return OrgType::Branch;
    case OrgType::Branch:
    case OrgType::Group:
        return OrgType::Group;
    }
    return OrgType::Branch;
}

} // namespace

OrganizationEditDialog::OrganizationEditDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::OrganizationEditDialog>())
{
    m_ui->setupUi(this);
    // The picker needs the database, so Designer holds a placeholder for it.
    m_parent = new OrganizationPicker(m_db, this);
    m_parent->setObjectName(QStringLiteral("parentPicker"));
    delete m_ui->grid->replaceWidget(m_ui->parentPlaceholder, m_parent);
    delete m_ui->parentPlaceholder;
    m_ui->parentPlaceholder = nullptr;
    m_ui->parentLabel->setBuddy(m_parent);
    setTabOrder(m_ui->establishedOnEdit, m_parent);
    setTabOrder(m_parent, m_ui->staffCountEdit);

    m_fieldErrors.add(QStringLiteral("code"), m_ui->codeError);
    m_fieldErrors.add(QStringLiteral("name"), m_ui->nameError);
    m_fieldErrors.add(QStringLiteral("type"), m_ui->typeError);
    m_fieldErrors.add(QStringLiteral("unit_category"), m_ui->unitCategoryError);
    m_fieldErrors.add(QStringLiteral("established_on"), m_ui->establishedOnError);
    m_fieldErrors.add(QStringLiteral("parent"), m_ui->parentError);
    m_fieldErrors.add(QStringLiteral("staff_count"), m_ui->staffCountError);
    for (const FieldErrorLabels::Field& field : m_fieldErrors.fields()) {
        TextColors::styleAsError(field.error);
    }
    TextColors::styleAsError(m_ui->messageLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    fillChoices();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OrganizationEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OrganizationEditDialog::reject);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, [this] { touch(QStringLiteral("code")); });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] { touch(QStringLiteral("name")); });
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, [this] { touch(QStringLiteral("type")); });
    connect(m_ui->unitCategoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("unit_category")); });
    connect(m_ui->establishedOnEdit, &QLineEdit::textChanged, this, &OrganizationEditDialog::onEstablishedChanged);
    connect(m_ui->staffCountEdit, &QLineEdit::textChanged, this, [this] { touch(QStringLiteral("staff_count")); });
    connect(m_ui->temporaryCheck, &QCheckBox::toggled, this, [this] { touch(QStringLiteral("temporary")); });
    connect(m_parent, &OrganizationPicker::organizationChanged, this, [this] {
        if (!m_loading) {
            m_parentLost.clear();
            m_lostParentId = 0;
            touch(QStringLiteral("parent"));
        }
    });
    startNew(0);
}

OrganizationEditDialog::~OrganizationEditDialog() = default;

void OrganizationEditDialog::fillChoices()
{
    for (const int code : Vocabulary::orgTypes().codes()) {
        m_ui->typeCombo->addItem(Vocabulary::orgTypes().label(code), code);
    }
    m_ui->unitCategoryCombo->addItem(tr("(not recorded)"), int(UnitCategory::Unknown));
    for (const int code : Vocabulary::unitCategories().codes()) {
        if (code != int(UnitCategory::Unknown)) {
            m_ui->unitCategoryCombo->addItem(Vocabulary::unitCategories().label(code), code);
        }
    }
}

void OrganizationEditDialog::setRequired(QLabel* label, bool required)
{
    QString text = label->text();
    if (text.endsWith(QStringLiteral(" *"))) {
        text.chop(2);
    }
    label->setText(required ? text + QStringLiteral(" *") : text);
}

void OrganizationEditDialog::startNew(qint64 parentId)
{
    m_loading = true;
    m_original = Organization();
    m_savedId = 0;
    const UserContext user = UserContext::localUser();
    std::optional<Organization> parent;
    if (parentId != 0) {
        if (auto found = OrganizationService(m_db).findById(user, parentId); found.ok()) {
            parent = *found;
        }
    }
    m_ui->codeEdit->clear();
    m_ui->nameEdit->clear();
    const OrgType type = suggestedChildType(parent ? std::optional<OrgType>(parent->type) : std::nullopt);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(int(type)));
    m_ui->unitCategoryCombo->setCurrentIndex(
        m_ui->unitCategoryCombo->findData(int(parent ? parent->unitCategory : UnitCategory::Unknown)));
    m_ui->establishedOnEdit->clear();
    m_ui->staffCountEdit->clear();
    m_ui->temporaryCheck->setChecked(false);
    m_parent->setDate(Clock::today());
    m_parent->setOrganizationId(parent ? parent->id : 0);
    setRequired(m_ui->unitCategoryLabel, true);
    setRequired(m_ui->establishedOnLabel, true);
    m_ui->parentLabel->setText(tr("&Parent organization"));
    m_ui->noteLabel->clear();
    m_ui->noteLabel->hide();
    setWindowTitle(tr("New organization"));
    showLoaded();
    m_ui->codeEdit->setFocus();
}

void OrganizationEditDialog::showLoaded()
{
    m_fieldErrors.clearTouched();
    m_fieldErrors.clearRefusals();
    m_parentLost.clear();
    m_lostParentId = 0;
    m_ui->messageLabel->clear();
    m_loading = false;
    validate();
}

bool OrganizationEditDialog::startEdit(qint64 orgId)
{
    auto found = OrganizationService(m_db).findById(UserContext::localUser(), orgId);
    if (!found.ok() || !found.value()) {
        m_ui->messageLabel->setText(found.ok() ? tr("The organization does not exist.") : found.error().message());
        return false;
    }
    m_loading = true;
    m_original = *found.value();
    m_savedId = m_original.id;
    m_ui->codeEdit->setText(m_original.code);
    m_ui->nameEdit->setText(m_original.name);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(int(m_original.type)));
    m_ui->unitCategoryCombo->setCurrentIndex(m_ui->unitCategoryCombo->findData(int(m_original.unitCategory)));
    m_ui->establishedOnEdit->setText(Dates::toText(m_original.establishedOn));
    m_ui->staffCountEdit->setText(m_original.staffCount ? QString::number(*m_original.staffCount) : QString());
    m_ui->temporaryCheck->setChecked(m_original.temporary);
    m_parent->setDate(m_original.establishedOn.isValid() ? m_original.establishedOn : Clock::today());
    m_parent->setOrganizationId(m_original.parentId);
    // An existing record may keep an unrecorded category or date (imports allow both).
    setRequired(m_ui->unitCategoryLabel, false);
    setRequired(m_ui->establishedOnLabel, false);
    m_ui->parentLabel->setText(tr("&Parent at establishment"));
    QString note = tr("This corrects the record as it was at establishment. Later renaming, re-affiliation and "
                      "dissolution are dated events.");
    if (m_original.dissolvedOn.isValid()) {
        note += QLatin1Char(' ') + tr("Dissolved on %1.").arg(Dates::toText(m_original.dissolvedOn));
    }
    m_ui->noteLabel->setText(note);
    m_ui->noteLabel->show();
    setWindowTitle(tr("Edit organization %1").arg(m_original.code));
    showLoaded();
    m_ui->nameEdit->setFocus();
    return true;
}

void OrganizationEditDialog::touch(const QString& field)
{
    if (m_loading) {
        return;
    }
    m_fieldErrors.touch(field);
    // A refusal by the service may concern a combination of fields: any edit retires it.
    m_fieldErrors.clearRefusals();
    m_ui->messageLabel->clear();
    validate();
}

void OrganizationEditDialog::onEstablishedChanged()
{
    if (m_loading) {
        return;
    }
    // The parent picker lists the organizations that existed on the establishment date.
    const auto date = Dates::parse(m_ui->establishedOnEdit->text().trimmed());
    if (date && *date <= Clock::today() && *date != m_parent->date()) {
        const qint64 chosen = m_parent->organizationId();
        const QString chosenText = m_parent->currentText();
        m_loading = true;
        m_parent->setDate(*date);
        m_loading = false;
        if (chosen != 0 && m_parent->organizationId() != chosen) {
            m_parentLost = tr("%1 did not exist on %2: choose another parent.").arg(chosenText, Dates::toText(*date));
            m_lostParentId = chosen;
            m_fieldErrors.touch(QStringLiteral("parent"));
        } else if (m_lostParentId != 0 && m_parent->findData(m_lostParentId) >= 0) {
            m_loading = true;
            m_parent->setOrganizationId(m_lostParentId);
            m_loading = false;
            m_parentLost.clear();
            m_lostParentId = 0;
        }
    }
    touch(QStringLiteral("established_on"));
}

QHash<QString, QString> OrganizationEditDialog::check() const
{
    QHash<QString, QString> errors;
    const QString code = m_ui->codeEdit->text().trimmed();
    if (code.isEmpty()) {
        errors.insert(QStringLiteral("code"), tr("Enter the organization's code."));
    } else if (code.contains(QRegularExpression(QStringLiteral("\\s")))) {
        errors.insert(QStringLiteral("code"), tr("A code has no spaces."));
    } else {
        // An indexed lookup per keystroke: the duplicate is caught before Save.
        auto other = OrganizationService(m_db).findByCode(UserContext::localUser(), code);
        if (other.ok() && other.value() && other.value()->id != m_original.id) {
            errors.insert(QStringLiteral("code"),
                          tr("The code %1 is already used by %2.").arg(code, other.value()->name));
        }
    }
    if (m_ui->nameEdit->text().trimmed().isEmpty()) {
        errors.insert(QStringLiteral("name"), tr("Enter the name."));
    }
    if (isNew() && m_ui->unitCategoryCombo->currentData().toInt() == int(UnitCategory::Unknown)) {
        errors.insert(QStringLiteral("unit_category"), tr("Choose the unit category."));
    }
    const QString established = m_ui->establishedOnEdit->text().trimmed();
    if (established.isEmpty()) {
        if (isNew()) {
            errors.insert(QStringLiteral("established_on"), tr("Enter the establishment date."));
        }
    } else if (const auto date = Dates::parse(established); !date) {
        errors.insert(QStringLiteral("established_on"), tr("Write the date as 2020-07-01."));
    } else if (*date > Clock::today()) {
        errors.insert(QStringLiteral("established_on"), tr("The date is in the future."));
    }
    const QString staff = m_ui->staffCountEdit->text().trimmed();
    if (!staff.isEmpty()) {
        bool ok = false;
        const int count = staff.toInt(&ok);
        if (!ok || count < 0) {
            errors.insert(QStringLiteral("staff_count"), tr("Enter a whole number, 0 or more."));
        }
    }
    const qint64 parentId = m_parent->organizationId();
    if (!m_parentLost.isEmpty()) {
        errors.insert(QStringLiteral("parent"), m_parentLost);
    } else if (parentId == 0 && !m_parent->currentText().trimmed().isEmpty()) {
        errors.insert(QStringLiteral("parent"), tr("Choose an organization from the list."));
    } else if (parentId != 0 && parentId == m_original.id) {
        errors.insert(QStringLiteral("parent"), tr("An organization cannot be its own parent."));
    }
    return errors;
}

bool OrganizationEditDialog::validate()
{
    const QHash<QString, QString> errors = check();
    m_fieldErrors.showErrors(errors);
    return errors.isEmpty();
}

Organization OrganizationEditDialog::collect() const
{
    Organization org = m_original; // keeps the id and the dissolution date
    org.code = m_ui->codeEdit->text().trimmed();
    org.name = m_ui->nameEdit->text().trimmed();
    org.type = static_cast<OrgType>(m_ui->typeCombo->currentData().toInt());
    org.unitCategory = static_cast<UnitCategory>(m_ui->unitCategoryCombo->currentData().toInt());
    org.temporary = m_ui->temporaryCheck->isChecked();
    org.establishedOn = Dates::parse(m_ui->establishedOnEdit->text().trimmed()).value_or(QDate());
    const QString staff = m_ui->staffCountEdit->text().trimmed();
    org.staffCount = staff.isEmpty() ? std::nullopt : std::optional<int>(staff.toInt());
    org.parentId = m_parent->organizationId();
    return org;
}

bool OrganizationEditDialog::save()
{
    m_fieldErrors.touch(FieldOrder);
    m_fieldErrors.clearRefusals();
    if (!validate()) {
        m_ui->messageLabel->setText(tr("Not saved: correct the marked fields first."));
        const QHash<QString, QString> errors = check();
        const QHash<QString, QWidget*> inputs{
            {QStringLiteral("code"), m_ui->codeEdit},
            {QStringLiteral("name"), m_ui->nameEdit},
            {QStringLiteral("type"), m_ui->typeCombo},
            {QStringLiteral("unit_category"), m_ui->unitCategoryCombo},
            {QStringLiteral("established_on"), m_ui->establishedOnEdit},
            {QStringLiteral("parent"), m_parent},
            {QStringLiteral("staff_count"), m_ui->staffCountEdit},
        };
        for (const QString& field : FieldOrder) {
            if (errors.contains(field)) {
                inputs.value(field)->setFocus();
                break;
            }
        }
        return false;
    }
    const Organization org = collect();
    const UserContext user = UserContext::localUser();
    OrganizationService service(m_db);
    std::optional<Error> refusal;
    if (isNew()) {
        auto id = service.create(user, org);
        if (id.ok()) {
            m_original = org;
            m_original.id = *id;
            m_savedId = *id;
        } else {
            refusal = id.error();
        }
    } else if (auto updated = service.update(user, org); updated.ok()) {
        m_original = org;
    } else {
        refusal = updated.error();
    }
    if (refusal) {
        const bool onField = m_fieldErrors.label(refusal->field()) != nullptr;
        if (onField) {
            m_fieldErrors.refuse(refusal->field(), refusal->message());
        }
        validate();
        m_ui->messageLabel->setText(onField ? tr("Not saved: correct the marked field.") : refusal->message());
        return false;
    }
    m_ui->messageLabel->clear();
    emit organizationSaved(m_savedId);
    return true;
}

void OrganizationEditDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
