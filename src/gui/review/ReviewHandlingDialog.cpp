#include "ReviewHandlingDialog.h"

#include "core/Dates.h"
#include "core/ReviewRules.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/Dialogs.h"
#include "gui/common/TextColors.h"
#include "services/ReviewService.h"
#include "ui_ReviewHandlingDialog.h"

#include <QPushButton>

namespace {

// Empty -> null date; nullopt when the text is not a date.
std::optional<QDate> dateOf(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return QDate();
    }
    return Dates::parse(text);
}

} // namespace

ReviewHandlingDialog::ReviewHandlingDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::ReviewHandlingDialog>())
{
    m_ui->setupUi(this);
    TextColors::styleAsError(m_ui->messageLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->handlingCombo->addItem(tr("No measure yet"), int(ReviewHandling::None));
    for (const int code : ReviewRules::handlings().codes()) {
        m_ui->handlingCombo->addItem(ReviewRules::handlings().label(code), code);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReviewHandlingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReviewHandlingDialog::reject);
    connect(m_ui->handlingCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        validate();
    });
    for (QLineEdit* edit : {m_ui->handledOnEdit, m_ui->correctionDueEdit, m_ui->correctedOnEdit, m_ui->noteEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ReviewHandlingDialog::validate);
    }
}

ReviewHandlingDialog::~ReviewHandlingDialog() = default;

bool ReviewHandlingDialog::start(qint64 campaignId, qint64 memberId)
{
    m_usable = false;
    ReviewService service(m_db);
    const UserContext user = UserContext::localUser();
    auto campaign = service.campaign(user, campaignId);
    auto roster = service.roster(user, campaignId);
    QString refusal;
    if (!campaign.ok() || !roster.ok()) {
        refusal = !campaign.ok() ? campaign.error().message() : roster.error().message();
    } else if (!campaign.value()) {
        refusal = tr("The review does not exist.");
    } else {
        m_year = campaign.value()->year;
        const auto row = std::find_if(roster->cbegin(), roster->cend(), [memberId](const ReviewService::RosterRow& r) {
            return r.member.memberId == memberId;
        });
        if (row == roster->cend()) {
            refusal = tr("The member is not on the roll of this review.");
        } else {
            m_entry = row->entry;
            m_ui->memberLabel->setText(tr("%1 (%2), %3: %4 in the review of %5 held on %6")
                                           .arg(row->member.name, row->member.idNumber, row->orgName)
                                           .arg(m_entry.result == ReviewResult::None
                                                    ? tr("no result")
                                                    : ReviewRules::results().label(int(m_entry.result)))
                                           .arg(m_year)
                                           .arg(Dates::toText(campaign.value()->heldOn)));
            if (m_entry.result != ReviewResult::Unqualified) {
                refusal = tr("Only an unqualified member is handled: record the result \"unqualified\" first.");
            } else if (ReviewRules::leavesTheRoll(m_entry.handling)) {
                refusal = tr("%1: this is part of the member's history and cannot be changed here.")
                              .arg(ReviewRules::handlingText(m_entry));
            } else {
                m_usable = true;
            }
        }
    }
    const QSignalBlocker blocker(m_ui->handlingCombo);
    m_ui->handlingCombo->setCurrentIndex(qMax(0, m_ui->handlingCombo->findData(int(m_entry.handling))));
    m_ui->handledOnEdit->setText(Dates::toText(m_entry.handledOn));
    m_ui->correctionDueEdit->setText(Dates::toText(m_entry.correctionDue));
    m_ui->correctedOnEdit->setText(Dates::toText(m_entry.correctedOn));
    m_ui->noteEdit->setText(m_entry.note);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->handlingCombo, m_ui->handledOnEdit, m_ui->correctionDueEdit,
                                                      m_ui->correctedOnEdit, m_ui->noteEdit}) {
        w->setEnabled(m_usable);
    }
    updateFields();
    if (!m_usable) {
        m_ui->messageLabel->setText(refusal);
        m_ui->consequenceLabel->clear();
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        return false;
    }
    return validate();
}

ReviewEntry ReviewHandlingDialog::entry() const
{
    ReviewEntry e = m_entry;
    e.handling = static_cast<ReviewHandling>(m_ui->handlingCombo->currentData().toInt());
    e.handledOn = dateOf(m_ui->handledOnEdit).value_or(QDate());
    e.correctionDue = dateOf(m_ui->correctionDueEdit).value_or(QDate());
    e.correctedOn = dateOf(m_ui->correctedOnEdit).value_or(QDate());
    e.note = m_ui->noteEdit->text().trimmed();
    return e;
}

void ReviewHandlingDialog::updateFields()
{
    const auto handling = static_cast<ReviewHandling>(m_ui->handlingCombo->currentData().toInt());
    const bool correction = handling == ReviewHandling::Correction;
    m_ui->handledOnEdit->setEnabled(m_usable && handling != ReviewHandling::None);
    m_ui->correctionDueEdit->setEnabled(m_usable && correction);
    m_ui->correctedOnEdit->setEnabled(m_usable && correction);
    auto settings = ReviewService(m_db).settings(UserContext::localUser());
    const int months = settings.ok() ? settings->correctionMonths : ReviewSettings().correctionMonths;
    m_ui->correctionDueEdit->setPlaceholderText(tr("empty: %n month(s) after the decision", nullptr, months));
}

bool ReviewHandlingDialog::validate()
{
    if (!m_usable) {
        return false;
    }
    QString problem;
    for (QLineEdit* edit : {m_ui->handledOnEdit, m_ui->correctionDueEdit, m_ui->correctedOnEdit}) {
        if (!dateOf(edit)) {
            problem = tr("\"%1\" is not a date (YYYY-MM-DD)").arg(edit->text());
            break;
        }
    }
    ReviewEntry e = entry();
    if (e.handling == ReviewHandling::None) {
        e.handledOn = QDate();
        e.correctionDue = QDate();
        e.correctedOn = QDate();
    }
    if (problem.isEmpty()) {
        auto issues = ReviewService(m_db).validateEntry(UserContext::localUser(), e);
        if (!issues.ok()) {
            problem = issues.error().message();
        } else if (!issues->isEmpty()) {
            problem = issues->constFirst().message;
        }
    }
    QString consequence;
    if (problem.isEmpty() && ReviewRules::leavesTheRoll(e.handling)) {
        consequence =
            tr("Saving records the member's departure (%1) on %2: off the roll from that day, and no "
               "re-admission before %3. It cannot be undone here.")
                .arg(Vocabulary::eventKinds().label(int(*ReviewRules::leavingEvent(e.handling))),
                     Dates::toText(e.handledOn), Dates::toText(ReviewRules::readmissionAllowedFrom(e.handledOn)));
    } else if (problem.isEmpty() && e.handling == ReviewHandling::Correction) {
        consequence = e.correctedOn.isValid()
                          ? tr("Corrected on %1: the deadline is closed.").arg(Dates::toText(e.correctedOn))
                          : tr("The member has until %1 to correct (at most a year after the decision).")
                                .arg(Dates::toText(e.correctionDue));
    }
    m_ui->messageLabel->setText(problem);
    m_ui->consequenceLabel->setText(consequence);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    return problem.isEmpty();
}

bool ReviewHandlingDialog::save()
{
    if (!validate()) {
        return false;
    }
    ReviewEntry e = entry();
    if (e.handling == ReviewHandling::None) {
        e.handledOn = QDate();
        e.correctionDue = QDate();
        e.correctedOn = QDate();
    }
    const bool leaves = ReviewRules::leavesTheRoll(e.handling);
    if (leaves && !Dialogs::question(this, windowTitle(), m_ui->consequenceLabel->text())) {
        return false;
    }
    if (auto saved = ReviewService(m_db).setEntry(UserContext::localUser(), e); !saved.ok()) {
        m_ui->messageLabel->setText(saved.error().message());
        return false;
    }
    m_entry = e;
    emit handled(e.memberId, leaves);
    return true;
}

void ReviewHandlingDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
