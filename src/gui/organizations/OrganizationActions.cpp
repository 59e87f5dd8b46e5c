#include "OrganizationActions.h"

#include "OrganizationEditDialog.h"
#include "OrganizationEventDialog.h"
#include "PostDialog.h"
#include "PostsWidget.h"
#include "gui/common/FeatureDialog.h"

#include <QAction>

OrganizationActions::OrganizationActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    QAction* create = add(tr("New &organization…"), QStringLiteral("actionNewOrganization"), false);
    create->setIconText(tr("New organization"));
    connect(create, &QAction::triggered, this, [this] { newOrganization(); });
    connect(add(tr("&Edit organization…"), QStringLiteral("actionEditOrganization"), true), &QAction::triggered, this,
            [this] { editOrganization(); });
    connect(add(tr("&Rename…"), QStringLiteral("actionRenameOrganization"), true), &QAction::triggered, this,
            [this] { recordEvent(OrgEventKind::Renamed); });
    connect(add(tr("Re-&affiliate…"), QStringLiteral("actionReaffiliateOrganization"), true), &QAction::triggered, this,
            [this] { recordEvent(OrgEventKind::Reaffiliated); });
    connect(add(tr("&Dissolve…"), QStringLiteral("actionDissolveOrganization"), true), &QAction::triggered, this,
            [this] { recordEvent(OrgEventKind::Dissolved); });
    connect(add(tr("&Posts…"), QStringLiteral("actionOrganizationPosts"), true), &QAction::triggered, this,
            &OrganizationActions::showPosts);
    setOrganization(0);
}

QAction* OrganizationActions::add(const QString& text, const QString& name, bool needsOrganization)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    m_all.append(action);
    if (needsOrganization) {
        m_needOrganization.append(action);
    }
    return action;
}

void OrganizationActions::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    setOrganization(0);
}

void OrganizationActions::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
    for (QAction* action : std::as_const(m_needOrganization)) {
        action->setEnabled(orgId != 0);
    }
}

bool OrganizationActions::newOrganization()
{
    if (!m_database) {
        return false;
    }
    OrganizationEditDialog dialog(*m_database, m_window);
    dialog.startNew(m_orgId);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    emit organizationsChanged(dialog.organizationId());
    return true;
}

bool OrganizationActions::editOrganization()
{
    if (!m_database || m_orgId == 0) {
        return false;
    }
    OrganizationEditDialog dialog(*m_database, m_window);
    if (!dialog.startEdit(m_orgId) || dialog.exec() != QDialog::Accepted) {
        return false;
    }
    emit organizationsChanged(dialog.organizationId());
    return true;
}

bool OrganizationActions::recordEvent(OrgEventKind kind)
{
    if (!m_database || m_orgId == 0) {
        return false;
    }
    OrganizationEventDialog dialog(*m_database, m_orgId, kind, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    emit organizationsChanged(m_orgId);
    return true;
}

void OrganizationActions::showPosts()
{
    if (!m_database || m_orgId == 0) {
        return;
    }
    auto* posts = new PostsWidget(*m_database);
    posts->showOrganization(m_orgId);
    bool changed = false;
    connect(posts, &PostsWidget::postsChanged, this, [&changed] { changed = true; });
    FeatureDialog::exec(m_window, posts, tr("Posts"), QStringLiteral("postsDialog"), QSize(760, 420));
    if (changed) {
        emit organizationsChanged(m_orgId);
    }
}
