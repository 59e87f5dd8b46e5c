#include "ElectionActions.h"

#include "DueElectionsWidget.h"
#include "ElectionSettingsDialog.h"
#include "ElectionsWidget.h"
#include "core/Clock.h"
#include "gui/common/FeatureDialog.h"

#include <QAction>

ElectionActions::ElectionActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_elections = new QAction(tr("&Elections and terms…"), this);
    m_elections->setObjectName(QStringLiteral("actionElections"));
    connect(m_elections, &QAction::triggered, this, &ElectionActions::showElections);
    auto* due = new QAction(tr("Elections &due…"), this);
    due->setObjectName(QStringLiteral("actionElectionsDue"));
    connect(due, &QAction::triggered, this, &ElectionActions::showDue);
    auto* settings = new QAction(tr("Election &rules…"), this);
    settings->setObjectName(QStringLiteral("actionElectionSettings"));
    connect(settings, &QAction::triggered, this, &ElectionActions::showSettings);
    m_all = {m_elections, due, settings};
    setOrganization(0);
}

void ElectionActions::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    setOrganization(0);
}

void ElectionActions::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
    m_elections->setEnabled(orgId != 0);
}

void ElectionActions::showElections()
{
    if (!m_database || m_orgId == 0) {
        return;
    }
    auto* page = new ElectionsWidget(*m_database);
    page->showOrganization(m_orgId);
    connect(page, &ElectionsWidget::electionsChanged, this, &ElectionActions::electionsChanged);
    FeatureDialog::exec(m_window, page, tr("Elections and terms"), QStringLiteral("electionsWindow"), QSize(900, 560));
}

void ElectionActions::showDue()
{
    if (!m_database) {
        return;
    }
    auto* view = new DueElectionsWidget(*m_database);
    view->setAsOf(Clock::today());
    view->refresh();
    // Choosing an organization there closes the window and shows it in the tree.
    connect(view, &DueElectionsWidget::organizationActivated, this, [this, view](qint64 orgId) {
        view->window()->close();
        emit organizationActivated(orgId);
    });
    FeatureDialog::exec(m_window, view, tr("Elections due"), QStringLiteral("electionsDueWindow"), QSize(900, 560));
}

void ElectionActions::showSettings()
{
    if (!m_database) {
        return;
    }
    ElectionSettingsDialog dialog(*m_database, m_window);
    if (!dialog.load()) {
        return;
    }
    connect(&dialog, &ElectionSettingsDialog::settingsSaved, this, [this] { emit electionsChanged(m_orgId); });
    dialog.exec();
}
