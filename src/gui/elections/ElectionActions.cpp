#include "ElectionActions.h"

#include "DueElectionsWidget.h"
#include "ElectionSettingsDialog.h"
#include "ElectionsWidget.h"
#include "core/Clock.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace {

// Shows a feature widget in a modal window with a Close button. Modal: the widgets hold the
// database by reference, which must not change under them (File > Open).
void showFramed(QWidget* parent, QWidget* content, const QString& title, const QString& name)
{
    QDialog dialog(parent);
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    content->setParent(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    dialog.resize(900, 560);
    dialog.exec();
}

} // namespace

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
    showFramed(m_window, page, tr("Elections and terms"), QStringLiteral("electionsWindow"));
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
    showFramed(m_window, view, tr("Elections due"), QStringLiteral("electionsDueWindow"));
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
