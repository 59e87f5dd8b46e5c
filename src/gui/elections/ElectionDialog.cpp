#include "ElectionDialog.h"

#include "CandidatesModel.h"
#include "VotersModel.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/OrganizationLabel.h"
#include "gui/common/TextColors.h"
#include "services/ElectionService.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "ui_ElectionDialog.h"

#include <QCompleter>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace {

const QColor ValidColor(0x1b, 0x6e, 0x20);

} // namespace

ElectionDialog::ElectionDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::ElectionDialog>())
{
    m_ui->setupUi(this);
    m_candidates = new CandidatesModel(this);
    m_voters = new VotersModel(this);
    m_errorLabels = {
        {QStringLiteral("held_on"), m_ui->heldOnError},
        {QStringLiteral("seats"), m_ui->seatsError},
        {QStringLiteral("eligible"), m_ui->eligibleError},
        {QStringLiteral("present"), m_ui->presentError},
        {QStringLiteral("ballots_issued"), m_ui->ballotsIssuedError},
        {QStringLiteral("ballots_returned"), m_ui->ballotsReturnedError},
        {QStringLiteral("term_years"), m_ui->termYearsError},
        {QStringLiteral("approved_on"), m_ui->approvedOnError},
        {QStringLiteral("candidates"), m_ui->candidatesError},
        {QStringLiteral("exclusions"), m_ui->votersError},
    };
    for (QLabel* label : std::as_const(m_errorLabels)) {
        TextColors::styleAsError(label);
    }
    TextColors::styleAsError(m_ui->messageLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    for (const int code : ElectionRules::kinds().codes()) {
        m_ui->kindCombo->addItem(ElectionRules::kinds().label(code), code);
    }
    for (const PostKind kind : {PostKind::CommitteeMember, PostKind::Secretary, PostKind::DeputySecretary,
                                PostKind::OrganizationMember, PostKind::PublicityMember, PostKind::DisciplineMember}) {
        m_ui->candidatePositionCombo->addItem(Vocabulary::postKinds().label(int(kind)), int(kind));
    }
    for (const int code : ElectionRules::exclusionReasons().codes()) {
        m_ui->exclusionReasonCombo->addItem(ElectionRules::exclusionReasons().label(code), code);
    }
    QComboBox* members = m_ui->candidateMemberCombo;
    members->setMinimumContentsLength(20);
    members->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    members->completer()->setCompletionMode(QCompleter::PopupCompletion);
    members->completer()->setFilterMode(Qt::MatchContains);
    members->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    for (QTableView* view : {m_ui->candidatesView, m_ui->votersView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->candidatesView->setModel(m_candidates);
    m_ui->candidatesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->candidatesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                          QAbstractItemView::AnyKeyPressed);
    m_ui->votersView->setModel(m_voters);
    m_ui->votersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->votersView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ElectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ElectionDialog::reject);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ElectionDialog::onKindChanged);
    connect(m_ui->heldOnEdit, &QLineEdit::textChanged, this, &ElectionDialog::onDateEdited);
    connect(m_ui->approvedOnEdit, &QLineEdit::textChanged, this, &ElectionDialog::update);
    for (QSpinBox* spin : {m_ui->seatsSpin, m_ui->presentSpin, m_ui->ballotsIssuedSpin, m_ui->ballotsReturnedSpin,
                           m_ui->termYearsSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, &ElectionDialog::update);
    }
    connect(m_ui->eligibleSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading) {
            m_eligibleFollowsRoll = false; // typed by the user: keep it
        }
        update();
    });
    connect(m_ui->useRollButton, &QPushButton::clicked, this, &ElectionDialog::useRoll);
    connect(m_candidates, &CandidatesModel::candidatesEdited, this, &ElectionDialog::update);
    connect(m_voters, &VotersModel::exclusionsChanged, this, &ElectionDialog::onExclusionsChanged);
    connect(m_ui->addCandidateButton, &QPushButton::clicked, this, &ElectionDialog::addChosenCandidate);
    connect(m_ui->removeCandidateButton, &QPushButton::clicked, this, &ElectionDialog::removeSelectedCandidate);
    connect(m_ui->excludeButton, &QPushButton::clicked, this, [this] { excludeSelected(true); });
    connect(m_ui->includeButton, &QPushButton::clicked, this, [this] { excludeSelected(false); });
    connect(m_ui->exclusionReasonCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_voters->setDefaultReason(static_cast<ExclusionReason>(m_ui->exclusionReasonCombo->currentData().toInt()));
    });
    m_voters->setDefaultReason(static_cast<ExclusionReason>(m_ui->exclusionReasonCombo->currentData().toInt()));
}

ElectionDialog::~ElectionDialog() = default;

bool ElectionDialog::startNew(qint64 orgId)
{
    const UserContext user = UserContext::localUser();
    ElectionService service(m_db);
    auto found = OrganizationService(m_db).findById(user, orgId);
    m_org = found.ok() && found.value() ? *found.value() : Organization();
    QString refusal;
    if (!found.ok()) {
        refusal = found.error().message();
    } else if (m_org.id == 0) {
        refusal = tr("The organization does not exist.");
    } else if (!isGrassroots(m_org.type)) {
        refusal = tr("A %1 holds no elections: committees, general branches and branches do.")
                      .arg(Vocabulary::orgTypes().label(int(m_org.type)));
    } else if (m_org.dissolvedOn.isValid() && m_org.dissolvedOn <= Clock::today()) {
        refusal = tr("The organization was dissolved on %1.").arg(Dates::toText(m_org.dissolvedOn));
    }
    setWindowTitle(tr("New election"));
    m_electionId = 0;
    Election e;
    e.orgId = orgId;
    e.heldOn = Clock::today();
    e.kind = m_org.temporary ? ElectionKind::ByElection : ElectionKind::Term;
    if (refusal.isEmpty()) {
        auto years = service.defaultTermYears(user, orgId);
        e.termYears = years.ok() ? years->value_or(0) : 0;
    }
    m_eligibleFollowsRoll = true;
    fillForm(e);
    m_ui->messageLabel->setText(refusal);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(refusal.isEmpty());
    m_ui->heldOnEdit->setFocus();
    return refusal.isEmpty();
}

bool ElectionDialog::startEdit(qint64 electionId)
{
    const UserContext user = UserContext::localUser();
    auto found = ElectionService(m_db).findById(user, electionId);
    if (!found.ok() || !found.value()) {
        m_ui->messageLabel->setText(found.ok() ? tr("The election does not exist.") : found.error().message());
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        return false;
    }
    auto org = OrganizationService(m_db).findById(user, found.value()->orgId);
    m_org = org.ok() && org.value() ? *org.value() : Organization();
    setWindowTitle(tr("Correct an election"));
    m_electionId = electionId;
    m_eligibleFollowsRoll = false; // the recorded number stands
    fillForm(*found.value());
    m_ui->messageLabel->clear();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    return true;
}

void ElectionDialog::fillForm(const Election& e)
{
    m_loading = true;
    auto settings = ElectionService(m_db).settings(UserContext::localUser());
    m_settings = settings.ok() ? *settings : ElectionSettings();
    m_ui->organizationLabel->setText(OrganizationLabel::today(m_db, m_org));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(e.kind)));
    m_ui->heldOnEdit->setText(Dates::toText(e.heldOn));
    m_ui->seatsSpin->setValue(e.seats);
    m_ui->eligibleSpin->setValue(e.eligible);
    m_ui->presentSpin->setValue(e.present);
    m_ui->ballotsIssuedSpin->setValue(e.ballotsIssued);
    m_ui->ballotsReturnedSpin->setValue(e.ballotsReturned);
    m_ui->approvedOnEdit->setText(Dates::toText(e.approvedOn));
    m_ui->approvalDocumentEdit->setText(e.approvalDocument);
    m_ui->noteEdit->setText(e.note);
    onKindChanged();
    m_ui->termYearsSpin->setValue(e.termYears);
    // Names of the candidates (also of those no longer on the roll).
    MemberService members(m_db);
    for (const ElectionCandidate& c : e.candidates) {
        if (!m_names.contains(c.memberId)) {
            auto member = members.findById(UserContext::localUser(), c.memberId);
            if (member.ok() && member.value()) {
                m_names.insert(c.memberId,
                               QStringLiteral("%1（%2）").arg(member.value()->name, member.value()->idNumber));
            }
        }
    }
    m_candidates->setCandidates(e.candidates, m_names);
    m_votersDate = QDate();
    loadVoters(e.exclusions);
    m_loading = false;
    update();
}

void ElectionDialog::loadVoters(const QList<VoterExclusion>& exclusions)
{
    const auto parsed = Dates::parse(m_ui->heldOnEdit->text());
    const QDate date = parsed ? *parsed : Clock::today();
    if (date == m_votersDate) {
        return;
    }
    m_votersDate = date;
    const UserContext user = UserContext::localUser();
    QList<ElectionStore::RollMember> roll;
    if (m_org.id != 0) {
        auto proposed = ElectionService(m_db).proposedVoters(user, m_org.id, date);
        if (proposed.ok()) {
            roll = *proposed;
        } else {
            m_ui->messageLabel->setText(proposed.error().message());
        }
    }
    if (m_orgCodes.isEmpty()) { // read once: a department database has tens of thousands
        if (auto all = OrganizationService(m_db).all(user); all.ok()) {
            for (const Organization& org : std::as_const(*all)) {
                m_orgCodes.insert(org.id, org.code);
            }
        }
    }
    for (const ElectionStore::RollMember& m : std::as_const(roll)) {
        m_names.insert(m.memberId, QStringLiteral("%1（%2）").arg(m.name, m.idNumber));
    }
    {
        const QSignalBlocker blocker(m_voters);
        m_voters->setVoters(roll, m_orgCodes, exclusions);
    }
    const QSignalBlocker blocker(m_ui->candidateMemberCombo);
    m_ui->candidateMemberCombo->clear();
    for (const ElectionStore::RollMember& m : std::as_const(roll)) {
        m_ui->candidateMemberCombo->addItem(m_names.value(m.memberId), m.memberId);
    }
    m_ui->candidateMemberCombo->setCurrentIndex(-1);
    onExclusionsChanged();
}

void ElectionDialog::onDateEdited()
{
    if (m_loading) {
        return;
    }
    if (Dates::parse(m_ui->heldOnEdit->text())) {
        // The roll of that day: keep the members left out who are still on it.
        loadVoters(m_voters->exclusions());
    }
    update();
}

void ElectionDialog::onKindChanged()
{
    const bool term = static_cast<ElectionKind>(m_ui->kindCombo->currentData().toInt()) == ElectionKind::Term;
    m_ui->termYearsSpin->setEnabled(term);
    m_ui->termYearsSpin->setMinimum(term ? 1 : 0);
    if (!term) {
        m_ui->termYearsSpin->setValue(0);
    } else if (!m_loading && m_org.id != 0) {
        auto years = ElectionService(m_db).defaultTermYears(UserContext::localUser(), m_org.id);
        if (years.ok() && years->has_value()) {
            m_ui->termYearsSpin->setValue(**years);
        }
    }
    update();
}

void ElectionDialog::onExclusionsChanged()
{
    const int onRoll = m_voters->rowCount();
    const int eligible = m_voters->eligibleCount();
    m_ui->votersSummaryLabel->setText(tr("%1 full member(s) on the roll on %2, %3 left out: %4 eligible voter(s).")
                                          .arg(onRoll)
                                          .arg(Dates::toText(m_votersDate))
                                          .arg(onRoll - eligible)
                                          .arg(eligible));
    if (m_eligibleFollowsRoll) {
        const bool loading = m_loading;
        m_loading = true;
        m_ui->eligibleSpin->setValue(eligible);
        m_loading = loading;
    }
    update();
}

void ElectionDialog::useRoll()
{
    m_eligibleFollowsRoll = true;
    onExclusionsChanged();
}

QString ElectionDialog::candidateName(qint64 memberId) const
{
    return m_names.value(memberId, QString::number(memberId));
}

int ElectionDialog::addCandidate(qint64 memberId, PostKind position)
{
    bool onList = false;
    for (int row = 0; row < m_voters->rowCount(); ++row) {
        onList = onList || m_voters->memberId(row) == memberId;
    }
    if (!onList) {
        return -1;
    }
    for (const ElectionCandidate& c : m_candidates->candidates()) {
        if (c.memberId == memberId && c.position == position) {
            return -1;
        }
    }
    const int row = m_candidates->addCandidate(memberId, candidateName(memberId), position);
    m_ui->candidatesView->selectRow(row);
    return row;
}

void ElectionDialog::addChosenCandidate()
{
    QComboBox* combo = m_ui->candidateMemberCombo;
    int index = combo->currentIndex();
    if (index < 0 || combo->itemText(index) != combo->currentText()) {
        index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    }
    if (index < 0) {
        m_ui->candidatesError->setText(tr("Choose a full member on the roll that day."));
        return;
    }
    const auto position = static_cast<PostKind>(m_ui->candidatePositionCombo->currentData().toInt());
    if (addCandidate(combo->itemData(index).toLongLong(), position) < 0) {
        m_ui->candidatesError->setText(tr("This member is already a candidate for this post."));
        return;
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(QString());
}

void ElectionDialog::removeSelectedCandidate()
{
    const QModelIndexList rows = m_ui->candidatesView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        m_candidates->removeCandidate(rows.constFirst().row());
    }
}

void ElectionDialog::excludeSelected(bool excluded)
{
    const auto reason = static_cast<ExclusionReason>(m_ui->exclusionReasonCombo->currentData().toInt());
    for (const QModelIndex& index : m_ui->votersView->selectionModel()->selectedRows()) {
        m_voters->setExcluded(index.row(), excluded, reason);
    }
}

Election ElectionDialog::election() const
{
    Election e;
    e.id = m_electionId;
    e.orgId = m_org.id;
    e.heldOn = Dates::parse(m_ui->heldOnEdit->text()).value_or(QDate());
    e.kind = static_cast<ElectionKind>(m_ui->kindCombo->currentData().toInt());
    e.seats = m_ui->seatsSpin->value();
    e.eligible = m_ui->eligibleSpin->value();
    e.present = m_ui->presentSpin->value();
    e.ballotsIssued = m_ui->ballotsIssuedSpin->value();
    e.ballotsReturned = m_ui->ballotsReturnedSpin->value();
    e.approvedOn = Dates::parse(m_ui->approvedOnEdit->text()).value_or(QDate());
    e.approvalDocument = m_ui->approvalDocumentEdit->text().trimmed();
    e.termYears = e.kind == ElectionKind::Term ? m_ui->termYearsSpin->value() : 0;
    e.note = m_ui->noteEdit->text().trimmed();
    e.candidates = m_candidates->candidates();
    e.exclusions = m_voters->exclusions();
    return e;
}

void ElectionDialog::update()
{
    if (m_loading) {
        return;
    }
    const Election e = election();
    ElectionIssues issues = ElectionRules::check(e, Clock::today());
    // A date typed that is not one says so, instead of "missing".
    const QList<QPair<QString, QLineEdit*>> dates{{QStringLiteral("held_on"), m_ui->heldOnEdit},
                                                  {QStringLiteral("approved_on"), m_ui->approvedOnEdit}};
    for (const auto& [field, edit] : dates) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty() && !Dates::parse(text)) {
            issues.erase(std::remove_if(issues.begin(), issues.end(),
                                        [&field](const ElectionIssue& i) { return i.field == field; }),
                         issues.end());
            issues.prepend({field, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text), -1});
        }
    }
    m_verdict = ElectionRules::evaluate(e, m_settings);
    m_candidates->setElected(m_verdict.elected);
    showIssues(issues, e);
    if (m_verdict.valid()) {
        QStringList elected;
        for (int i = 0; i < e.candidates.size(); ++i) {
            if (m_verdict.elected.value(i)) {
                const ElectionCandidate& c = e.candidates.at(i);
                elected.append(QStringLiteral("%1 %2").arg(candidateName(c.memberId).section(QChar(0xFF08), 0, 0),
                                                           Vocabulary::postKinds().label(int(c.position))));
            }
        }
        m_ui->verdictLabel->setText(tr("Verdict: valid. Elected: %1.").arg(elected.join(QStringLiteral(", "))));
        TextColors::setLabelColor(m_ui->verdictLabel, ValidColor);
    } else {
        m_ui->verdictLabel->setText(tr("Verdict: not valid.") + u'\n' + m_verdict.summary());
        TextColors::styleAsError(m_ui->verdictLabel);
    }
}

void ElectionDialog::showIssues(const ElectionIssues& issues, const Election& e)
{
    QHash<QLabel*, QStringList> texts;
    QHash<int, QString> byCandidate;
    QStringList other;
    for (const ElectionIssue& issue : issues) {
        QString message = issue.message;
        if (issue.candidate >= 0 && issue.candidate < e.candidates.size()) {
            const QString who = candidateName(e.candidates.at(issue.candidate).memberId);
            byCandidate[issue.candidate] +=
                (byCandidate.value(issue.candidate).isEmpty() ? QString() : QStringLiteral("\n")) + message;
            message = QStringLiteral("%1: %2").arg(who, message);
        }
        QLabel* label = m_errorLabels.value(issue.field);
        if (!label && (issue.candidate >= 0 || issue.field == QStringLiteral("votes") ||
                       issue.field == QStringLiteral("id_number") || issue.field == QStringLiteral("position") ||
                       issue.field == QStringLiteral("concurrent_admin_head"))) {
            label = m_ui->candidatesError;
        }
        if (label) {
            texts[label].append(message);
        } else {
            other.append(message);
        }
    }
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->setText(texts.value(label).join(u'\n'));
    }
    m_candidates->setIssues(byCandidate);
    if (!other.isEmpty()) {
        m_ui->messageLabel->setText(other.join(u'\n'));
    } else if (m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled()) {
        m_ui->messageLabel->clear();
    }
}

void ElectionDialog::showRefusal(const Error& error)
{
    QLabel* label = m_errorLabels.value(error.field());
    (label ? label : m_ui->messageLabel)->setText(error.message());
}

bool ElectionDialog::save()
{
    update();
    const Election e = election();
    const UserContext user = UserContext::localUser();
    ElectionService service(m_db);
    Election checked = e;
    auto issues = service.validate(user, checked);
    if (!issues.ok()) {
        showRefusal(issues.error());
        return false;
    }
    const bool badDate = !m_ui->heldOnError->text().isEmpty() || !m_ui->approvedOnError->text().isEmpty();
    if (!issues->isEmpty() || badDate) {
        if (!issues->isEmpty()) {
            showIssues(*issues, e);
        }
        m_ui->messageLabel->setText(tr("The election cannot be saved: see the problems marked."));
        return false;
    }
    if (m_electionId == 0) {
        auto id = service.record(user, e);
        if (!id.ok()) {
            showRefusal(id.error());
            return false;
        }
        m_electionId = *id;
    } else if (auto updated = service.update(user, e); !updated.ok()) {
        showRefusal(updated.error());
        return false;
    }
    m_ui->messageLabel->clear();
    emit electionSaved(m_electionId);
    return true;
}

void ElectionDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
