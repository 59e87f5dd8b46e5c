#include "OrganizationEventDialog.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/Dialogs.h"
#include "gui/common/FieldErrorLabels.h"
#include "gui/common/OrganizationPicker.h"
#include "gui/common/TextColors.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "ui_OrganizationEventDialog.h"

#include <QPushButton>

namespace {

OrganizationPicker* replacePlaceholder(Database& db, QGridLayout* grid, QWidget*& placeholder, const QString& name)
{
    auto* picker = new OrganizationPicker(db, placeholder->parentWidget());
    picker->setObjectName(name);
    delete grid->replaceWidget(placeholder, picker);
    delete placeholder;
    placeholder = nullptr;
    return picker;
}

void showRow(std::initializer_list<QWidget*> widgets, bool visible)
{
    for (QWidget* widget : widgets) {
        widget->setVisible(visible);
    }
}

} // namespace

OrganizationEventDialog::OrganizationEventDialog(Database& db, qint64 orgId, OrgEventKind kind, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::OrganizationEventDialog>())
    , m_kind(kind)
{
    m_ui->setupUi(this);
    // The pickers need the database, so Designer holds placeholders for them.
    m_parent = replacePlaceholder(m_db, m_ui->grid, m_ui->parentPlaceholder, QStringLiteral("parentPicker"));
    m_target = replacePlaceholder(m_db, m_ui->grid, m_ui->targetPlaceholder, QStringLiteral("moveTargetPicker"));
    m_ui->parentLabel->setBuddy(m_parent);
    m_ui->targetLabel->setBuddy(m_target);
    setTabOrder(m_ui->dateEdit, m_parent);
    setTabOrder(m_parent, m_ui->nameEdit);
    setTabOrder(m_ui->nameEdit, m_target);
    m_fieldErrors.add(QStringLiteral("date"), m_ui->dateError);
    m_fieldErrors.add(QStringLiteral("parent"), m_ui->parentError);
    m_fieldErrors.add(QStringLiteral("name"), m_ui->nameError);
    m_fieldErrors.add(QStringLiteral("org"), m_ui->targetError);
    for (const FieldErrorLabels::Field& field : m_fieldErrors.fields()) {
        TextColors::styleAsError(field.error);
    }
    TextColors::styleAsError(m_ui->messageLabel);
    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));

    const UserContext user = UserContext::localUser();
    OrganizationService orgs(m_db);
    auto found = orgs.findById(user, orgId);
    if (found.ok() && found.value()) {
        m_org = *found.value();
    }
    // The name of today (the record holds the name at establishment; renamings are events).
    const auto today = orgs.nameOn(user, orgId, Clock::today());
    const QString currentName = today.ok() && !today->isEmpty() ? *today : m_org.name;
    const QString type = Vocabulary::orgTypes().label(int(m_org.type));
    m_ui->organizationLabel->setText(m_org.id == 0 ? QString() : tr("%1 (%2), %3").arg(currentName, m_org.code, type));
    switch (m_kind) {
    case OrgEventKind::Reaffiliated:
        setWindowTitle(tr("Re-affiliate %1").arg(currentName));
        saveButton->setText(tr("Re-affiliate"));
        break;
    case OrgEventKind::Renamed:
        setWindowTitle(tr("Rename %1").arg(currentName));
        saveButton->setText(tr("Rename"));
        m_ui->nameEdit->setPlaceholderText(currentName);
        break;
    case OrgEventKind::Dissolved:
        setWindowTitle(tr("Dissolve %1").arg(currentName));
        saveButton->setText(tr("Dissolve"));
        break;
    }
    showRow({m_ui->parentLabel, m_parent, m_ui->parentError}, m_kind == OrgEventKind::Reaffiliated);
    showRow({m_ui->nameLabel, m_ui->nameEdit, m_ui->nameError}, m_kind == OrgEventKind::Renamed);
    showRow({m_ui->targetLabel, m_target, m_ui->targetError}, false);

    m_ui->dateEdit->setText(Dates::toText(Clock::today()));
    m_parent->setDate(Clock::today());
    m_parent->setOrganizationId(0);
    if (m_org.id == 0) {
        m_ui->messageLabel->setText(found.ok() ? tr("The organization does not exist.") : found.error().message());
        saveButton->setEnabled(false);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OrganizationEventDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OrganizationEventDialog::reject);
    connect(m_ui->dateEdit, &QLineEdit::textChanged, this, &OrganizationEventDialog::onDateChanged);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] { touch(QStringLiteral("name")); });
    connect(m_parent, &OrganizationPicker::organizationChanged, this, [this] { touch(QStringLiteral("parent")); });
    connect(m_target, &OrganizationPicker::organizationChanged, this, [this] { touch(QStringLiteral("org")); });
    m_fieldErrors.touch(QStringLiteral("date")); // filled in: its errors show at once
    validate();
}

OrganizationEventDialog::~OrganizationEventDialog() = default;

void OrganizationEventDialog::touch(const QString& field)
{
    m_fieldErrors.touch(field);
    m_fieldErrors.clearRefusals();
    if (m_org.id != 0) {
        m_ui->messageLabel->clear();
    }
    validate();
}

void OrganizationEventDialog::onDateChanged()
{
    // The pickers list the organizations that existed on the event's date.
    const auto date = Dates::parse(m_ui->dateEdit->text().trimmed());
    if (date && *date <= Clock::today()) {
        m_parent->setDate(*date);
        if (m_movingRoll) {
            m_target->setDate(*date);
        }
    }
    touch(QStringLiteral("date"));
}

QHash<QString, QString> OrganizationEventDialog::check() const
{
    QHash<QString, QString> errors;
    const QString text = m_ui->dateEdit->text().trimmed();
    const auto date = Dates::parse(text);
    if (text.isEmpty()) {
        errors.insert(QStringLiteral("date"), tr("Enter the date."));
    } else if (!date) {
        errors.insert(QStringLiteral("date"), tr("Write the date as 2020-07-01."));
    } else if (*date > Clock::today()) {
        errors.insert(QStringLiteral("date"), tr("The date is in the future."));
    } else if (m_org.establishedOn.isValid() && *date <= m_org.establishedOn) {
        errors.insert(
            QStringLiteral("date"),
            tr("The organization was established on %1: choose a later date.").arg(Dates::toText(m_org.establishedOn)));
    }
    if (m_kind == OrgEventKind::Reaffiliated) {
        const qint64 parentId = m_parent->organizationId();
        if (parentId == 0) {
            errors.insert(QStringLiteral("parent"), m_parent->currentText().trimmed().isEmpty()
                                                        ? tr("Choose the new parent organization.")
                                                        : tr("Choose an organization from the list."));
        } else if (parentId == m_org.id) {
            errors.insert(QStringLiteral("parent"), tr("An organization cannot be its own parent."));
        }
    }
    if (m_kind == OrgEventKind::Renamed && m_ui->nameEdit->text().trimmed().isEmpty()) {
        errors.insert(QStringLiteral("name"), tr("Enter the new name."));
    }
    if (m_movingRoll) {
        const qint64 targetId = m_target->organizationId();
        if (targetId == 0) {
            errors.insert(QStringLiteral("org"), tr("Choose the organization that takes the members."));
        } else if (targetId == m_org.id) {
            errors.insert(QStringLiteral("org"), tr("Choose another organization: this one is being dissolved."));
        }
    }
    return errors;
}

bool OrganizationEventDialog::validate()
{
    const QHash<QString, QString> errors = check();
    m_fieldErrors.showErrors(errors);
    return errors.isEmpty();
}

void OrganizationEventDialog::showRefusal(const Error& error)
{
    QLabel* label = m_fieldErrors.label(error.field());
    if (label && label->isVisibleTo(this)) {
        m_fieldErrors.refuse(error.field(), error.message());
        validate();
        m_ui->messageLabel->setText(tr("Not recorded: see the marked field."));
    } else {
        m_ui->messageLabel->setText(error.message());
    }
}

bool OrganizationEventDialog::rollOnDate(const QDate& date) const
{
    auto counts = OrganizationService(m_db).rollCountsOn(UserContext::localUser(), date);
    return counts.ok() && counts->value(m_org.id) > 0;
}

void OrganizationEventDialog::showMoveTarget()
{
    m_movingRoll = true;
    m_target->setDate(Dates::parse(m_ui->dateEdit->text().trimmed()).value_or(Clock::today()));
    m_target->setOrganizationId(0);
    showRow({m_ui->targetLabel, m_target, m_ui->targetError}, true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Move and dissolve"));
    // Not chosen yet is not an error yet: the message above says what to do.
    m_fieldErrors.untouch(QStringLiteral("org"));
    validate();
    m_target->setFocus();
}

bool OrganizationEventDialog::save()
{
    if (m_org.id == 0) {
        return false;
    }
    m_fieldErrors.touchAll(); // date, parent, name, org
    m_fieldErrors.clearRefusals();
    if (!validate()) {
        m_ui->messageLabel->setText(tr("Not recorded: correct the marked fields first."));
        return false;
    }
    const QDate date = *Dates::parse(m_ui->dateEdit->text().trimmed());
    const UserContext user = UserContext::localUser();
    if (m_movingRoll) {
        // One transaction: if the dissolution is still refused, nobody has moved.
        auto moved = MemberService(m_db).dissolveMovingRoll(user, m_org.id, m_target->organizationId(), date);
        if (!moved.ok()) {
            showRefusal(moved.error());
            return false;
        }
        m_moved = *moved;
        if (auto events = OrganizationService(m_db).events(user, m_org.id); events.ok()) {
            for (const OrgEvent& e : std::as_const(*events)) {
                if (e.kind == OrgEventKind::Dissolved && e.date == date) {
                    m_eventId = e.id;
                }
            }
        }
    } else {
        OrgEvent event;
        event.orgId = m_org.id;
        event.date = date;
        event.kind = m_kind;
        event.parentId = m_kind == OrgEventKind::Reaffiliated ? m_parent->organizationId() : 0;
        event.name = m_kind == OrgEventKind::Renamed ? m_ui->nameEdit->text().trimmed() : QString();
        auto id = OrganizationService(m_db).recordEvent(user, event);
        if (!id.ok()) {
            // Members on the roll that day: offer to move them (the service only refuses).
            if (m_kind == OrgEventKind::Dissolved && id.error().kind() == Error::Kind::Conflict && rollOnDate(date)) {
                const QString question = tr("%1\n\nMove them to another organization on %2 and then dissolve %3?")
                                             .arg(id.error().message(), Dates::toText(date), m_org.code);
                if (Dialogs::question(this, windowTitle(), question)) {
                    showMoveTarget();
                    m_ui->messageLabel->setText(
                        tr("Choose the organization that takes the members, then press Move and dissolve."));
                    return false;
                }
            }
            showRefusal(id.error());
            return false;
        }
        m_eventId = *id;
    }
    m_ui->messageLabel->clear();
    emit eventRecorded(m_org.id);
    return true;
}

void OrganizationEventDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
