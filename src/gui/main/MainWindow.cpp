#include "MainWindow.h"

#include "core/UserContext.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PartyRoll - %1").arg(m_database->path()));
    resize(1200, 800);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_summary);
    setCentralWidget(central);
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
        statusBar()->showMessage(error.message());
        return;
    }
    const QString text = tr("%1 members on the roll in %2 organizations").arg(*onRoll).arg(*orgCount);
    m_summary->setText(text);
    statusBar()->showMessage(text);
}
