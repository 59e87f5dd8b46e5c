#include "MembershipEventDialog.h"

#include "MemberHistoryModel.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/OrganizationPicker.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "ui_MembershipEventDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace {

// Rebuilding the picker's list for a new date reads the whole tree of that date: wait until
// the date has stopped changing under the user's keystrokes.
constexpr int PickerDelayMs = 300;

// The earliest date the form accepts (the Party was founded in 1921; older records are typos).
const QDate EarliestDate(1921, 7, 1);

// The row of ui/MembershipEventDialog.ui that holds the organization picker.
constexpr int OrganizationRow = 3;

void styleAsError(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(palette);
}

} // namespace

MembershipEventDialog::MembershipEventDialog(Database& db, qint64 memberId, EventKind kind, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::MembershipEventDialog>())
    , m_memberId(memberId)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    styleAsError(m_ui->errorLabel);
    styleAsError(m_ui->dateErrorLabel);
    styleAsError(m_ui->organizationErrorLabel);
    QFont bold = m_ui->memberLabel->font();
    bold.setBold(true);
    m_ui->memberLabel->setFont(bold);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MembershipEventDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MembershipEventDialog::reject);

    const QDate today = Clock::today();
    m_ui->dateEdit->setDateRange(EarliestDate, today); // the service refuses future dates too
    m_ui->dateEdit->setDate(today);

    // The picker needs the database, so it is placed here rather than in the form.
    m_picker = new OrganizationPicker(m_db, this);
    m_picker->setObjectName(QStringLiteral("organizationPicker"));
    m_ui->formLayout->setWidget(OrganizationRow, QFormLayout::FieldRole, m_picker);
    m_ui->organizationLabel->setBuddy(m_picker);
    setTabOrder(m_ui->dateEdit, m_picker);
    setTabOrder(m_picker, m_ui->noteEdit);
    m_pickerDelay = new QTimer(this);
    m_pickerDelay->setSingleShot(true);
    m_pickerDelay->setInterval(PickerDelayMs);

    const bool chooses = choosesOrganization(kind);
    m_ui->formLayout->setRowVisible(m_picker, chooses);
    switch (kind) {
    case EventKind::Admitted:
        m_ui->organizationLabel->setText(tr("&Admitted into:"));
        m_picker->lineEdit()->setPlaceholderText(tr("Empty: admitted outside this database"));
        break;
    case EventKind::TransferredIn:
        m_ui->organizationLabel->setText(tr("&Transferred into:"));
        m_ui->noteEdit->setPlaceholderText(tr("Where from, introduction letter number"));
        break;
    case EventKind::Moved:
        m_ui->currentOrganizationCaption->setText(tr("From:"));
        m_ui->organizationLabel->setText(tr("&Moved to:"));
        break;
    case EventKind::Restored:
        m_ui->organizationLabel->setText(tr("&Restored into:"));
        m_picker->lineEdit()->setPlaceholderText(tr("Empty: the organization the member left"));
        m_ui->noteEdit->setPlaceholderText(tr("Approval document number"));
        break;
    case EventKind::ConvertedFull:
        m_ui->noteEdit->setPlaceholderText(tr("Branch meeting, approval document number"));
        break;
    case EventKind::ProbationExtended:
        m_ui->noteEdit->setPlaceholderText(tr("Length (6 to 12 months) and reason"));
        break;
    case EventKind::TransferredOut:
        m_ui->currentOrganizationCaption->setText(tr("Organization left:"));
        m_ui->noteEdit->setPlaceholderText(tr("Destination, introduction letter number"));
        break;
    case EventKind::ProbationCancelled:
    case EventKind::Died:
    case EventKind::Expelled:
    case EventKind::Removed:
    case EventKind::Withdrew:
    case EventKind::Suspended:
        m_ui->currentOrganizationCaption->setText(tr("Organization left:"));
        m_ui->noteEdit->setPlaceholderText(tr("Reason, decision document number"));
        break;
    }

    loadMember();
    const QString kindLabel = Vocabulary::eventKinds().label(int(kind));
    setWindowTitle(m_member ? tr("%1: %2").arg(kindLabel, m_member->name) : kindLabel);
    if (m_member) {
        m_ui->memberLabel->setText(
            tr("%1 (%2), %3")
                .arg(m_member->name, m_member->idNumber,
                     Vocabulary::memberCategories().label(
                         int(m_timeline ? m_timeline->currentCategory() : MemberCategory::Unknown))));
    }
    if (chooses) {
        m_picker->setDate(today);
        m_picker->setOrganizationId(0);
    }

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &MembershipEventDialog::dateChanged);
    connect(m_pickerDelay, &QTimer::timeout, this, &MembershipEventDialog::reloadPickerDates);
    connect(m_picker, &OrganizationPicker::organizationChanged, this, &MembershipEventDialog::validate);
    dateChanged();
}

MembershipEventDialog::~MembershipEventDialog() = default;

bool MembershipEventDialog::choosesOrganization(EventKind kind)
{
    return kind == EventKind::Admitted || kind == EventKind::TransferredIn || kind == EventKind::Moved ||
           kind == EventKind::Restored;
}

bool MembershipEventDialog::organizationRequired() const
{
    // Admission may happen outside this database; restoration defaults to the organization left.
    return m_kind == EventKind::TransferredIn || m_kind == EventKind::Moved;
}

void MembershipEventDialog::loadMember()
{
    const UserContext user = UserContext::localUser();
    MemberService members(m_db);
    auto member = members.findById(user, m_memberId);
    if (!member.ok()) {
        m_loadError = member.error().message();
        return;
    }
    if (!member.value()) {
        m_loadError = tr("The member does not exist.");
        return;
    }
    m_member = *member.value();
    auto history = members.history(user, m_memberId);
    if (!history.ok()) {
        m_loadError = history.error().message();
        return;
    }
    m_history = *history;
    auto timeline = members.replay(m_member->birthDate, m_history);
    if (!timeline.ok()) {
        m_loadError = timeline.error().message();
        return;
    }
    m_timeline = std::move(timeline.value());
    m_loadError.clear();
}

qint64 MembershipEventDialog::rollOrganizationOn(const QDate& date) const
{
    const MemberTimeline::Step* state = m_timeline ? m_timeline->stateOn(date) : nullptr;
    return state ? state->rollOrgId : 0;
}

MembershipEvent MembershipEventDialog::event() const
{
    MembershipEvent e;
    e.memberId = m_memberId;
    e.date = m_ui->dateEdit->date();
    e.kind = m_kind;
    e.note = m_ui->noteEdit->text().simplified();
    if (choosesOrganization(m_kind)) {
        e.orgId = m_picker->organizationId();
    } else if (MemberTimeline::isLeaving(m_kind)) {
        // A leaving event names the organization left: the one the member is in on that day.
        e.orgId = rollOrganizationOn(e.date);
    }
    return e;
}

void MembershipEventDialog::dateChanged()
{
    const QDate date = m_ui->dateEdit->date();
    const qint64 current = rollOrganizationOn(date);
    OrganizationService orgs(m_db);
    const QString name = MemberHistoryModel::organizationNameOn(orgs, UserContext::localUser(), current, date);
    m_ui->currentOrganizationLabel->setText(name);
    m_ui->formLayout->setRowVisible(m_ui->currentOrganizationLabel,
                                    current != 0 && m_kind != EventKind::TransferredIn &&
                                        m_kind != EventKind::Restored && m_kind != EventKind::Admitted);
    if (choosesOrganization(m_kind)) {
        m_pickerDelay->start();
    }
    validate();
}

void MembershipEventDialog::reloadPickerDates()
{
    m_pickerDelay->stop();
    // Lists the organizations of the event's date (their names of that date); the picker keeps
    // the choice when it still exists and reports the change, which validates again.
    m_picker->setDate(m_ui->dateEdit->date());
}

QString MembershipEventDialog::formProblem() const
{
    if (!choosesOrganization(m_kind)) {
        return {};
    }
    const QString typed = m_picker->currentText().trimmed();
    if (m_picker->organizationId() == 0 && !typed.isEmpty()) {
        return tr("No organization of %1 is called “%2”: choose one from the list.")
            .arg(Dates::toText(m_ui->dateEdit->date()), typed);
    }
    if (m_picker->organizationId() == 0 && organizationRequired()) {
        return tr("Choose the organization from the list.");
    }
    return {};
}

void MembershipEventDialog::validate()
{
    clearErrors();
    if (!m_loadError.isEmpty()) {
        setMessage(m_ui->errorLabel, m_loadError);
        setOkEnabled(false);
        return;
    }
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        setMessage(m_ui->organizationErrorLabel, problem);
        setOkEnabled(false);
        return;
    }
    // The service's own check of the history with this event added: what OK would answer.
    QList<MembershipEvent> events = m_history;
    events.append(event());
    auto replayed = MemberService(m_db).replay(m_member->birthDate, events);
    if (!replayed.ok()) {
        showError(replayed.error());
        setOkEnabled(false);
        return;
    }
    setOkEnabled(true);
}

void MembershipEventDialog::clearErrors()
{
    setMessage(m_ui->errorLabel, {});
    setMessage(m_ui->dateErrorLabel, {});
    setMessage(m_ui->organizationErrorLabel, {});
}

void MembershipEventDialog::setMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    if (label == m_ui->errorLabel) {
        label->setVisible(!message.isEmpty());
    } else {
        m_ui->formLayout->setRowVisible(label, !message.isEmpty());
    }
    if (!message.isEmpty()) {
        // A window does not grow for wrapped text by itself: make room for the message.
        layout()->activate();
        const int needed =
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
        if (needed > height()) {
            resize(width(), needed);
        }
    }
}

void MembershipEventDialog::showError(const Error& error)
{
    const QString& field = error.field();
    QLabel* label = m_ui->errorLabel;
    if (field == QLatin1String("date") || field == QLatin1String("admitted_on") || field == QLatin1String("full_on")) {
        label = m_ui->dateErrorLabel;
    } else if (field == QLatin1String("org") && choosesOrganization(m_kind)) {
        label = m_ui->organizationErrorLabel;
    }
    setMessage(label, error.message());
}

void MembershipEventDialog::setOkEnabled(bool enabled)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(enabled);
}

void MembershipEventDialog::accept()
{
    if (m_pickerDelay->isActive()) {
        reloadPickerDates();
    }
    clearErrors();
    if (!m_loadError.isEmpty()) {
        setMessage(m_ui->errorLabel, m_loadError);
        return;
    }
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        setMessage(m_ui->organizationErrorLabel, problem);
        setOkEnabled(false);
        return;
    }
    auto recorded = MemberService(m_db).recordEvent(UserContext::localUser(), event());
    if (!recorded.ok()) {
        // The records may have changed since the form was checked: re-read them so that the
        // next check sees what the service saw, and keep the service's message.
        loadMember();
        showError(recorded.error());
        setOkEnabled(false);
        return;
    }
    m_recordedId = *recorded;
    QDialog::accept();
}
