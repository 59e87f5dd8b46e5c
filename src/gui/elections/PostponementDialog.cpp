#include "PostponementDialog.h"

#include "DueElectionsModel.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/TermRules.h"
#include "core/UserContext.h"
#include "gui/common/TextColors.h"
#include "services/ElectionService.h"
#include "services/OrganizationService.h"
#include "ui_PostponementDialog.h"

#include <QPushButton>

PostponementDialog::PostponementDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::PostponementDialog>())
{
    m_ui->setupUi(this);
    m_errorLabels = {{QStringLiteral("approved_on"), m_ui->approvedOnError},
                     {QStringLiteral("due_on"), m_ui->dueOnError}};
    for (QLabel* label : {m_ui->approvedOnError, m_ui->dueOnError, m_ui->messageLabel}) {
        TextColors::styleAsError(label);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PostponementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PostponementDialog::reject);
    connect(m_ui->approvedOnEdit, &QLineEdit::textChanged, this, &PostponementDialog::validate);
    connect(m_ui->dueOnEdit, &QLineEdit::textChanged, this, &PostponementDialog::validate);
}

PostponementDialog::~PostponementDialog() = default;

bool PostponementDialog::start(qint64 orgId)
{
    m_orgId = orgId;
    m_id = 0;
    const UserContext user = UserContext::localUser();
    auto org = OrganizationService(m_db).findById(user, orgId);
    auto status = ElectionService(m_db).termStatus(user, orgId, Clock::today());
    m_ui->organizationLabel->setText(
        org.ok() && org.value() ? QStringLiteral("%1（%2）").arg(org.value()->name, org.value()->code) : QString());
    QString refusal;
    if (!status.ok()) {
        refusal = status.error().message();
    } else if (!status.value()) {
        refusal = tr("The organization has no term to postpone.");
    } else {
        const TermStatus& s = *status.value();
        m_ui->termLabel->setText(tr("The term since %1 expires on %2; the election is due on %3 (%4). A postponement "
                                    "moves it by at most one year, to %5 at the latest.")
                                     .arg(Dates::toText(s.termStartedOn), Dates::toText(s.expiresOn),
                                          Dates::toText(s.dueOn), DueElectionsModel::statusText(s.daysOverdue),
                                          Dates::toText(TermRules::latestPostponement(s.expiresOn))));
        m_ui->dueOnEdit->setText(Dates::toText(s.expiresOn.addMonths(6)));
    }
    m_ui->approvedOnEdit->setText(Dates::toText(Clock::today()));
    m_ui->messageLabel->setText(refusal);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(refusal.isEmpty());
    if (refusal.isEmpty()) {
        validate();
    }
    m_ui->dueOnEdit->setFocus();
    return refusal.isEmpty();
}

Postponement PostponementDialog::postponement() const
{
    Postponement p;
    p.id = m_id;
    p.orgId = m_orgId;
    p.approvedOn = Dates::parse(m_ui->approvedOnEdit->text()).value_or(QDate());
    p.dueOn = Dates::parse(m_ui->dueOnEdit->text()).value_or(QDate());
    p.document = m_ui->documentEdit->text().trimmed();
    p.note = m_ui->noteEdit->text().trimmed();
    return p;
}

void PostponementDialog::validate()
{
    QHash<QString, QStringList> texts;
    const Postponement p = postponement();
    auto issues = ElectionService(m_db).validatePostponement(UserContext::localUser(), p);
    if (issues.ok()) {
        for (const ElectionIssue& issue : std::as_const(*issues)) {
            texts[issue.field].append(issue.message);
        }
    }
    const QList<QPair<QString, QLineEdit*>> dates{{QStringLiteral("approved_on"), m_ui->approvedOnEdit},
                                                  {QStringLiteral("due_on"), m_ui->dueOnEdit}};
    for (const auto& [field, edit] : dates) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty() && !Dates::parse(text)) {
            texts[field] = QStringList{tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text)};
        }
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        it.value()->setText(texts.value(it.key()).join(u'\n'));
    }
    m_ui->messageLabel->setText(texts.value(QStringLiteral("org")).join(u'\n'));
}

bool PostponementDialog::save()
{
    validate();
    auto id = ElectionService(m_db).recordPostponement(UserContext::localUser(), postponement());
    if (!id.ok()) {
        QLabel* label = m_errorLabels.value(id.error().field());
        (label ? label : m_ui->messageLabel)->setText(id.error().message());
        return false;
    }
    m_id = *id;
    emit postponementSaved(m_id);
    return true;
}

void PostponementDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
