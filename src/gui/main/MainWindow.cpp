#include "MainWindow.h"

#include "core/UserContext.h"
#include "gui/members/RosterWidget.h"
#include "gui/organizations/OrganizationTreeWidget.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QLabel>
#include <QSplitter>
#include <QStatusBar>

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PartyRoll - %1").arg(m_database->path()));
    resize(1280, 800);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tree = new OrganizationTreeWidget(m_database, splitter);
    m_roster = new RosterWidget(m_database, splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_roster);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    statusBar()->addWidget(m_shown, 1);
    statusBar()->addPermanentWidget(m_summary);

    connect(m_tree, &OrganizationTreeWidget::organizationSelected, m_roster, &RosterWidget::showOrganization);
    connect(m_roster, &RosterWidget::countChanged, this,
            [this](qint64 count) { m_shown->setText(tr("%n member(s) shown", nullptr, int(count))); });
    connect(m_roster, &RosterWidget::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_roster->showOrganization(0);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    const UserContext user = UserContext::localUser();
    OrganizationService orgs(*m_database);
    MemberService members(*m_database);
    const auto orgCount = orgs.count(user);
    const auto onRoll = members.countOnRoll(user);
    if (!orgCount.ok() || !onRoll.ok()) {
        const Error& error = !orgCount.ok() ? orgCount.error() : onRoll.error();
        m_summary->setText(error.message());
        return;
    }
    m_summary->setText(tr("%1 members on the roll in %2 organizations").arg(*onRoll).arg(*orgCount));
}
