#include "MemberHistoryWidget.h"

#include "MemberHistoryModel.h"
#include "MemberPostsModel.h"
#include "MembershipEventDialog.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/MemberTimeline.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/ListTables.h"
#include "services/OrganizationService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The probe event that asks the timeline whether the member's state accepts a kind: dated
// after every recorded event and every probation period, so that only the state decides,
// and naming an organization no record has (different from the member's own).
const QDate ProbeDate(9000, 1, 1);
constexpr qint64 ProbeOrganization = -1;

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    ListTables::configure(view);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

MemberHistoryWidget::MemberHistoryWidget(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    m_history = new MemberHistoryModel(*m_database, UserContext::localUser(), this);
    m_posts = new MemberPostsModel(*m_database, UserContext::localUser(), this);
    connect(m_history, &MemberHistoryModel::errorOccurred, this, &MemberHistoryWidget::errorOccurred);
    connect(m_posts, &MemberPostsModel::errorOccurred, this, &MemberHistoryWidget::errorOccurred);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // drawn greyed: a hint, not content

    auto* content = new QWidget(this);
    m_nameLabel = new QLabel(content);
    m_nameLabel->setObjectName(QStringLiteral("memberNameLabel"));
    QFont bold = m_nameLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_nameLabel->setFont(bold);
    m_idNumberLabel = new QLabel(content);
    m_idNumberLabel->setObjectName(QStringLiteral("memberIdNumberLabel"));
    m_idNumberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_categoryLabel = new QLabel(content);
    m_categoryLabel->setObjectName(QStringLiteral("memberCategoryLabel"));
    m_organizationLabel = new QLabel(content);
    m_organizationLabel->setObjectName(QStringLiteral("memberOrganizationLabel"));
    m_problemLabel = new QLabel(content);
    m_problemLabel->setObjectName(QStringLiteral("historyProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    for (QLabel* label : {m_nameLabel, m_idNumberLabel, m_categoryLabel, m_organizationLabel, m_problemLabel}) {
        label->setTextFormat(Qt::PlainText);
    }
    connect(m_history, &MemberHistoryModel::errorOccurred, m_problemLabel, [this](const QString& message) {
        m_problemLabel->setText(message);
        m_problemLabel->show();
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_nameLabel);
    header->addSpacing(12);
    header->addWidget(m_idNumberLabel);
    header->addSpacing(12);
    header->addWidget(m_categoryLabel);
    header->addSpacing(12);
    header->addWidget(m_organizationLabel, 1);

    auto* actions = new QHBoxLayout;
    auto addButton = [&](QAction* action, const QString& name) {
        auto* button = new QToolButton(content);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setDefaultAction(action);
        actions->addWidget(button);
    };
    addButton(addEventAction(EventKind::ConvertedFull, tr("Convert to full…"), QStringLiteral("recordConversion")),
              QStringLiteral("recordConversionButton"));
    addButton(addEventAction(EventKind::ProbationExtended, tr("Extend probation…"), QStringLiteral("extendProbation")),
              QStringLiteral("extendProbationButton"));
    addButton(addEventAction(EventKind::ProbationCancelled, tr("Cancel probation…"), QStringLiteral("cancelProbation")),
              QStringLiteral("cancelProbationButton"));
    addButton(addEventAction(EventKind::Moved, tr("Move…"), QStringLiteral("move")), QStringLiteral("moveButton"));
    addButton(addEventAction(EventKind::TransferredOut, tr("Transfer out…"), QStringLiteral("transferOut")),
              QStringLiteral("transferOutButton"));
    addButton(addEventAction(EventKind::TransferredIn, tr("Transfer in…"), QStringLiteral("transferIn")),
              QStringLiteral("transferInButton"));

    // The departures share one button: each is rare, and together they read as one choice.
    auto* departureMenu = new QMenu(content);
    departureMenu->setObjectName(QStringLiteral("departureMenu"));
    const struct
    {
        EventKind kind;
        const char* name;
    } departures[] = {
        {EventKind::Died, "departureDied"},           {EventKind::Expelled, "departureExpelled"},
        {EventKind::Removed, "departureRemoved"},     {EventKind::Withdrew, "departureWithdrew"},
        {EventKind::Suspended, "departureSuspended"},
    };
    for (const auto& departure : departures) {
        departureMenu->addAction(addEventAction(
            departure.kind, QStringLiteral("%1…").arg(Vocabulary::eventKinds().label(int(departure.kind))),
            QLatin1String(departure.name)));
    }
    m_departureButton = new QToolButton(content);
    m_departureButton->setObjectName(QStringLiteral("departureButton"));
    m_departureButton->setText(tr("Departure"));
    m_departureButton->setToolTip(tr("Death, expulsion, removal, withdrawal or suspension"));
    m_departureButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_departureButton->setPopupMode(QToolButton::InstantPopup);
    m_departureButton->setMenu(departureMenu);
    actions->addWidget(m_departureButton);

    addButton(addEventAction(EventKind::Restored, tr("Restore…"), QStringLiteral("restore")),
              QStringLiteral("restoreButton"));
    addButton(addEventAction(EventKind::Admitted, tr("Re-admit…"), QStringLiteral("readmit")),
              QStringLiteral("readmitButton"));
    actions->addStretch(1);

    m_historyView = makeTable(m_history, QStringLiteral("historyView"), content);
    m_postsView = makeTable(m_posts, QStringLiteral("postsView"), content);
    // The same actions on the history's context menu.
    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const EventAction& a : m_actions) {
        m_historyView->addAction(a.action);
    }
    auto* tabs = new QTabWidget(content);
    tabs->setObjectName(QStringLiteral("historyTabs"));
    tabs->addTab(m_historyView, tr("Membership history"));
    tabs->addTab(m_postsView, tr("Posts"));

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_problemLabel);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(tabs, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    showMember(0);
}

MemberHistoryWidget::~MemberHistoryWidget() = default;

QList<QAction*> MemberHistoryWidget::eventActions() const
{
    QList<QAction*> actions;
    for (const EventAction& a : m_actions) {
        actions.append(a.action);
    }
    return actions;
}

QAction* MemberHistoryWidget::addEventAction(EventKind kind, const QString& text, const QString& name)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name + QStringLiteral("Action"));
    connect(action, &QAction::triggered, this, [this, kind] { recordEvent(kind); });
    m_actions.push_back({kind, action});
    return action;
}

qint64 MemberHistoryWidget::memberId() const
{
    return m_history->memberId();
}

void MemberHistoryWidget::showMember(qint64 memberId)
{
    m_problemLabel->hide();
    m_history->setMember(memberId);
    m_posts->setMember(m_history->member() ? memberId : 0);
    updateHeader();
    updateActions();
}

void MemberHistoryWidget::refresh()
{
    showMember(memberId());
}

void MemberHistoryWidget::updateHeader()
{
    const auto& member = m_history->member();
    if (!member) {
        m_emptyLabel->setText(memberId() == 0 ? tr("Select a member to see their history.")
                                              : tr("The member does not exist."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_nameLabel->setText(member->name);
    m_idNumberLabel->setText(member->idNumber);
    const auto& timeline = m_history->timeline();
    if (!timeline) {
        m_categoryLabel->clear();
        m_organizationLabel->clear();
        return;
    }
    m_categoryLabel->setText(Vocabulary::memberCategories().label(int(timeline->currentCategory())));
    if (const qint64 org = timeline->currentOrgId(); org != 0) {
        OrganizationService orgs(*m_database);
        m_organizationLabel->setText(
            MemberHistoryModel::organizationNameOn(orgs, UserContext::localUser(), org, Clock::today()));
    } else if (const QDate left = timeline->leftOn(); left.isValid()) {
        m_organizationLabel->setText(tr("Not on the roll since %1 (%2)")
                                         .arg(Dates::toText(left), Vocabulary::eventKinds().label(
                                                                       int(timeline->steps().constLast().event.kind))));
    } else {
        m_organizationLabel->setText(tr("Not on a roll in this database"));
    }
}

bool MemberHistoryWidget::canRecord(EventKind kind) const
{
    const auto& timeline = m_history->timeline();
    if (!timeline) {
        return false;
    }
    QList<MembershipEvent> events;
    events.reserve(timeline->steps().size() + 1);
    for (const MemberTimeline::Step& step : timeline->steps()) {
        events.append(step.event);
    }
    MembershipEvent probe;
    probe.memberId = memberId();
    probe.date = ProbeDate;
    probe.kind = kind;
    probe.orgId = kind == EventKind::TransferredIn || kind == EventKind::Moved ? ProbeOrganization : 0;
    events.append(probe);
    // No birth date: the admission age is a date rule, checked by the dialog.
    return MemberTimeline::build(QDate(), events).ok();
}

void MemberHistoryWidget::updateActions()
{
    for (const EventAction& a : m_actions) {
        a.action->setEnabled(canRecord(a.kind));
    }
    const QList<QAction*> departures = m_departureButton->menu()->actions();
    m_departureButton->setEnabled(
        std::any_of(departures.cbegin(), departures.cend(), [](const QAction* a) { return a->isEnabled(); }));
}

MembershipEventDialog* MemberHistoryWidget::recordEvent(EventKind kind)
{
    if (!canRecord(kind)) {
        return nullptr;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    const qint64 member = memberId();
    auto* dialog = new MembershipEventDialog(*m_database, member, kind, this);
    dialog->setObjectName(QStringLiteral("membershipEventDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, member] {
        if (memberId() == member) {
            refresh();
        }
        emit historyChanged(member);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}
