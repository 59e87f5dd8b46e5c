#pragma once

#include "core/Enums.h"

#include <QObject>

#include <memory>

class Database;
class QAction;
class QWidget;

// The window's actions on organizations — new, edit, rename, re-affiliate, dissolve (each
// dated) and posts — for the current organization. Opens the organization dialogs and tells
// when records changed.
class OrganizationActions : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationActions(QWidget* window);

    void setDatabase(std::shared_ptr<Database> database);
    void setOrganization(qint64 orgId);
    QList<QAction*> actions() const { return m_all; }

    // Each opens its dialog (modal) for the current organization; true when something was saved.
    bool newOrganization();
    bool editOrganization();
    bool recordEvent(OrgEventKind kind);
    void showPosts();

signals:
    // Organizations (and, after a dissolution that moved its roll, members) changed; orgId is
    // the organization to show.
    void organizationsChanged(qint64 orgId);

private:
    QAction* add(const QString& text, const QString& name, bool needsOrganization);

    QWidget* m_window;
    std::shared_ptr<Database> m_database;
    qint64 m_orgId = 0;
    QList<QAction*> m_all;
    QList<QAction*> m_needOrganization;
};
