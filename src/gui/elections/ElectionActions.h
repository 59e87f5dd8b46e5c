#pragma once

#include <QObject>

#include <memory>

class Database;
class QAction;
class QWidget;

// The window's election actions: the Elections page of the current organization, the
// department view of overdue and soon-due terms, and the election rule settings. Each opens in
// its own window; changes are announced so the tree's badges and the posts follow.
class ElectionActions : public QObject
{
    Q_OBJECT

public:
    explicit ElectionActions(QWidget* window);

    void setDatabase(std::shared_ptr<Database> database);
    void setOrganization(qint64 orgId);
    QList<QAction*> actions() const { return m_all; }

    void showElections();
    void showDue();
    void showSettings();

signals:
    void electionsChanged(qint64 orgId);
    // The department view asks to show an organization.
    void organizationActivated(qint64 orgId);

private:
    QWidget* m_window;
    std::shared_ptr<Database> m_database;
    qint64 m_orgId = 0;
    QAction* m_elections = nullptr;
    QList<QAction*> m_all;
};
