#include "ReviewGridWidget.h"

#include "ReviewComboDelegate.h"
#include "ReviewGridModel.h"
#include "ReviewHandlingDialog.h"
#include "core/Dates.h"
#include "core/ReviewRules.h"
#include "core/Statistics.h"
#include "core/UserContext.h"
#include "gui/common/Dialogs.h"
#include "gui/common/ListTables.h"
#include "gui/common/TextColors.h"
#include "gui/common/YearSpin.h"
#include "services/OrganizationService.h"
#include "services/ReviewService.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The results the keys 1 to 7 give, in the order of domain.md.
const ReviewResult KeyResults[] = {
    ReviewResult::Excellent,   ReviewResult::Qualified,    ReviewResult::BasicallyQualified,
    ReviewResult::Unqualified, ReviewResult::Participated, ReviewResult::Absent,
    ReviewResult::Exempt};

} // namespace

ReviewGridWidget::ReviewGridWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("reviewGridWidget"));
    m_model = new ReviewGridModel(m_db, this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("organizationLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_year = YearSpin::create(this);
    auto* yearLabel = new QLabel(tr("&Year reviewed"), this);
    yearLabel->setBuddy(m_year);
    m_campaignLabel = new QLabel(this);
    m_campaignLabel->setObjectName(QStringLiteral("campaignLabel"));
    m_heldOn = new QLineEdit(this);
    m_heldOn->setObjectName(QStringLiteral("heldOnEdit"));
    m_heldOn->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    auto* heldOnLabel = new QLabel(tr("Held &on"), this);
    heldOnLabel->setBuddy(m_heldOn);
    m_create = new QPushButton(tr("&Record the review"), this);
    m_create->setObjectName(QStringLiteral("createCampaignButton"));
    m_changeDate = new QPushButton(tr("Change the &date"), this);
    m_changeDate->setObjectName(QStringLiteral("changeDateButton"));
    m_delete = new QPushButton(tr("Delete the review"), this);
    m_delete->setObjectName(QStringLiteral("deleteCampaignButton"));
    m_setAll = new QPushButton(tr("Set all to &qualified"), this);
    m_setAll->setObjectName(QStringLiteral("setAllQualifiedButton"));
    m_setAll->setToolTip(tr("Every member without a result becomes qualified (a probationary member: took part); "
                            "then enter the exceptions"));
    m_handle = new QPushButton(tr("&Handle…"), this);
    m_handle->setObjectName(QStringLiteral("handleButton"));
    m_handle->setToolTip(tr("The measure taken on the selected unqualified member"));
    m_keys = new QLabel(tr("Keys in the list: 1 excellent, 2 qualified, 3 basically qualified, 4 unqualified, 5 took "
                           "part (probationary), 6 absent, 7 exempt; Delete clears; Enter handles an unqualified "
                           "member."),
                        this);
    m_keys->setObjectName(QStringLiteral("keysLabel"));
    m_keys->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    TextColors::setLabelColor(m_warning, QColor(0x9a, 0x5b, 0x00));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    TextColors::styleAsError(m_error);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("gridView"));
    m_view->setModel(m_model);
    ListTables::configure(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setItemDelegateForColumn(ReviewGridModel::ResultColumn,
                                     new ReviewComboDelegate(ReviewRules::results(), true, m_view));
    m_view->setItemDelegateForColumn(ReviewGridModel::ReasonColumn,
                                     new ReviewComboDelegate(ReviewRules::exemptReasons(), false, m_view));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);

    auto* campaignBar = new QHBoxLayout;
    campaignBar->addWidget(yearLabel);
    campaignBar->addWidget(m_year);
    campaignBar->addWidget(heldOnLabel);
    campaignBar->addWidget(m_heldOn);
    campaignBar->addWidget(m_create);
    campaignBar->addWidget(m_changeDate);
    campaignBar->addWidget(m_delete);
    campaignBar->addStretch();
    auto* gridBar = new QHBoxLayout;
    gridBar->addWidget(m_setAll);
    gridBar->addWidget(m_handle);
    gridBar->addWidget(m_keys, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(campaignBar);
    layout->addWidget(m_campaignLabel);
    layout->addLayout(gridBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &ReviewGridWidget::loadCampaign);
    connect(m_create, &QPushButton::clicked, this, &ReviewGridWidget::recordCampaign);
    connect(m_changeDate, &QPushButton::clicked, this, &ReviewGridWidget::changeDate);
    connect(m_delete, &QPushButton::clicked, this, &ReviewGridWidget::deleteCampaign);
    connect(m_setAll, &QPushButton::clicked, this, &ReviewGridWidget::setAllQualified);
    connect(m_handle, &QPushButton::clicked, this, &ReviewGridWidget::handleSelected);
    connect(m_heldOn, &QLineEdit::returnPressed, this, [this] {
        if (m_campaignId == 0) {
            recordCampaign();
        } else {
            changeDate();
        }
    });
    connect(m_model, &ReviewGridModel::errorOccurred, this, &ReviewGridWidget::showError);
    connect(m_model, &ReviewGridModel::resultsChanged, this, [this] {
        m_error->clear();
        updateSummary();
        emit reviewChanged(m_orgId);
    });
    connect(m_model, &ReviewGridModel::reasonNeeded, this, [this](int row) {
        // After the result's editor has closed.
        QTimer::singleShot(0, this, [this, row] { editReason(row); });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewGridWidget::updateActions);
    updateActions();
}

ReviewGridWidget::~ReviewGridWidget() = default;

void ReviewGridWidget::showReview(qint64 orgId, int year)
{
    m_orgId = orgId;
    QString title;
    if (orgId != 0) {
        auto org = OrganizationService(m_db).findById(UserContext::localUser(), orgId);
        if (org.ok() && org.value()) {
            title = tr("Democratic review of %1（%2）").arg(org.value()->name, org.value()->code);
        }
    }
    m_title->setText(title);
    const QSignalBlocker blocker(m_year);
    m_year->setValue(year);
    loadCampaign();
}

int ReviewGridWidget::year() const
{
    return m_year->value();
}

qint64 ReviewGridWidget::campaignId() const
{
    return m_campaignId;
}

void ReviewGridWidget::refresh()
{
    loadCampaign();
}

void ReviewGridWidget::loadCampaign()
{
    m_error->clear();
    m_campaignId = 0;
    if (m_orgId != 0) {
        auto found = ReviewService(m_db).findCampaign(UserContext::localUser(), m_orgId, year());
        if (!found.ok()) {
            showError(found.error().message());
        } else if (found.value()) {
            m_campaignId = found.value()->id;
            m_heldOn->setText(Dates::toText(found.value()->heldOn));
            m_campaignLabel->setText(tr("The review of %1 was held on %2; it covers the members on the roll of the "
                                        "organization and its sub-organizations that day.")
                                         .arg(year())
                                         .arg(Dates::toText(found.value()->heldOn)));
        }
    }
    if (m_campaignId == 0) {
        m_heldOn->clear();
        m_campaignLabel->setText(m_orgId == 0 ? QString()
                                              : tr("No review of %1 is recorded: enter the date it was held and "
                                                   "record it.")
                                                    .arg(year()));
    }
    auto settings = ReviewService(m_db).settings(UserContext::localUser());
    m_settings = settings.ok() ? *settings : ReviewSettings();
    if (const Status loaded = m_model->load(m_campaignId); !loaded.ok()) {
        showError(loaded.error().message());
    }
    m_view->resizeColumnsToContents();
    updateSummary();
    updateActions();
}

void ReviewGridWidget::updateSummary()
{
    m_warning->clear();
    if (m_campaignId == 0) {
        m_summary->clear();
        return;
    }
    const ReviewTally t = m_model->tally();
    m_summary->setText(tr("%1 on the roll: %2 exempt, %3 to be reviewed; %4 took part (%5). Excellent %6, qualified "
                          "%7, basically qualified %8, unqualified %9 (%10 handled); %11 absent, %12 without result.")
                           .arg(t.onRoll)
                           .arg(t.exempt)
                           .arg(t.eligible())
                           .arg(t.participated)
                           .arg(Statistics::rateText(t.participated, t.eligible()))
                           .arg(t.excellent)
                           .arg(t.qualified)
                           .arg(t.basicallyQualified)
                           .arg(t.unqualified)
                           .arg(t.handled)
                           .arg(t.absent)
                           .arg(t.notRecorded));
    // From the grid itself, not a new read of the roll at every keystroke.
    QStringList warnings;
    if (const QString excellent = ReviewRules::excellentWarning(t.excellent, t.gradedFull(), m_settings);
        !excellent.isEmpty()) {
        warnings.append(excellent);
    }
    int stray = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        stray += m_model->rosterRow(row).onRoll ? 0 : 1;
    }
    if (stray > 0) {
        warnings.append(tr("%n result(s) of members who were not on the roll that day (grey)", nullptr, stray));
    }
    if (const int pending = m_model->pendingCount(); pending > 0) {
        warnings.append(tr("%n exemption(s) not saved: choose the reason", nullptr, pending));
    }
    m_warning->setText(warnings.join(u'\n'));
}

void ReviewGridWidget::updateActions()
{
    const bool hasOrg = m_orgId != 0;
    const bool hasCampaign = m_campaignId != 0;
    m_year->setEnabled(hasOrg);
    m_heldOn->setEnabled(hasOrg);
    m_create->setVisible(!hasCampaign);
    m_create->setEnabled(hasOrg);
    m_changeDate->setVisible(hasCampaign);
    m_delete->setVisible(hasCampaign);
    m_setAll->setEnabled(hasCampaign);
    const int row = currentRow();
    m_handle->setEnabled(hasCampaign && row >= 0 && m_model->rosterRow(row).entry.result == ReviewResult::Unqualified &&
                         !m_model->isPending(row));
}

void ReviewGridWidget::showError(const QString& message)
{
    m_error->setText(message);
}

int ReviewGridWidget::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ReviewGridWidget::editReason(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->isPending(row)) {
        return;
    }
    const QModelIndex reason = m_model->index(row, ReviewGridModel::ReasonColumn);
    m_view->setCurrentIndex(reason);
    m_view->edit(reason);
}

bool ReviewGridWidget::recordCampaign()
{
    const auto date = Dates::parse(m_heldOn->text());
    if (!date) {
        showError(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(m_heldOn->text()));
        return false;
    }
    ReviewCampaign c;
    c.orgId = m_orgId;
    c.year = year();
    c.heldOn = *date;
    auto id = ReviewService(m_db).createCampaign(UserContext::localUser(), c);
    if (!id.ok()) {
        showError(id.error().message());
        return false;
    }
    loadCampaign();
    emit reviewChanged(m_orgId);
    return true;
}

bool ReviewGridWidget::changeDate()
{
    const auto date = Dates::parse(m_heldOn->text());
    if (m_campaignId == 0 || !date) {
        showError(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(m_heldOn->text()));
        return false;
    }
    ReviewService service(m_db);
    auto campaign = service.campaign(UserContext::localUser(), m_campaignId);
    if (!campaign.ok() || !campaign.value()) {
        showError(campaign.ok() ? tr("The review does not exist.") : campaign.error().message());
        return false;
    }
    ReviewCampaign c = *campaign.value();
    c.heldOn = *date;
    if (auto updated = service.updateCampaign(UserContext::localUser(), c); !updated.ok()) {
        showError(updated.error().message());
        return false;
    }
    loadCampaign();
    emit reviewChanged(m_orgId);
    return true;
}

bool ReviewGridWidget::deleteCampaign()
{
    if (m_campaignId == 0) {
        return false;
    }
    const ReviewTally t = m_model->tally();
    if (!Dialogs::question(
            this, tr("Delete the review"),
            tr("Delete the review of %1 and its %n recorded result(s)?", nullptr, t.onRoll - t.notRecorded)
                .arg(year()))) {
        return false;
    }
    if (auto removed = ReviewService(m_db).removeCampaign(UserContext::localUser(), m_campaignId); !removed.ok()) {
        showError(removed.error().message());
        return false;
    }
    loadCampaign();
    emit reviewChanged(m_orgId);
    return true;
}

int ReviewGridWidget::setAllQualified()
{
    const int written = m_model->setAllQualified();
    if (written >= 0) {
        m_view->setFocus();
        updateActions();
    }
    return written;
}

ReviewHandlingDialog* ReviewGridWidget::handleSelected()
{
    const int row = currentRow();
    if (m_campaignId == 0 || row < 0 || m_handlingDialog) {
        return nullptr;
    }
    const qint64 memberId = m_model->rosterRow(row).member.memberId;
    auto* dialog = new ReviewHandlingDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->start(m_campaignId, memberId); // shown even when refused: it says why
    connect(dialog, &ReviewHandlingDialog::handled, this, [this](qint64 member, bool leftTheRoll) {
        if (const Status loaded = m_model->reload(); !loaded.ok()) {
            showError(loaded.error().message());
        }
        const int at = m_model->rowOfMember(member);
        if (at >= 0) {
            m_view->setCurrentIndex(m_model->index(at, ReviewGridModel::ResultColumn));
        }
        updateSummary();
        updateActions();
        emit reviewChanged(m_orgId);
        if (leftTheRoll) {
            emit membershipChanged(member);
        }
    });
    m_handlingDialog = dialog;
    dialog->open();
    return dialog;
}

bool ReviewGridWidget::eventFilter(QObject* watched, QEvent* event)
{
    // While a cell is edited the editor has the focus: its keys are its own.
    const QWidget* focus = QApplication::focusWidget();
    const bool editing = focus && focus != m_view && m_view->isAncestorOf(focus);
    if (watched != m_view || event->type() != QEvent::KeyPress || editing) {
        return QWidget::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const int row = currentRow();
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (row < 0 || modifiers != Qt::NoModifier) {
        return QWidget::eventFilter(watched, event);
    }
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_7) {
        const ReviewResult result = KeyResults[key->key() - Qt::Key_1];
        if (m_model->setResult(row, result) && !m_model->isPending(row) && row + 1 < m_model->rowCount()) {
            m_view->setCurrentIndex(m_model->index(row + 1, ReviewGridModel::ResultColumn));
        }
        updateActions();
        return true;
    }
    switch (key->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_model->clearResult(row);
        updateActions();
        return true;
    case Qt::Key_F2:
        m_view->edit(m_model->index(row, m_model->isPending(row) ? ReviewGridModel::ReasonColumn
                                                                 : ReviewGridModel::ResultColumn));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_model->rosterRow(row).entry.result == ReviewResult::Unqualified) {
            handleSelected();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
