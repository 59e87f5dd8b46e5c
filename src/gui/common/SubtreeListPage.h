#pragma once

#include <QList>
#include <QWidget>

class Database;
class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

// The frame of the department's lists across the tree (elections due, correction deadlines,
// the review overview): a bar with the page's own controls and Refresh (refreshButton), the
// scope (scopeLabel: the whole database or one organization's subtree, setRootOrganization),
// a summary (summaryLabel), an error label (hidden when there is no error) and the list, one
// row selected at a time.
class SubtreeListPage : public QWidget
{
    Q_OBJECT

public:
    ~SubtreeListPage() override;

    // 0 = the whole database; reads the list again.
    void setRootOrganization(qint64 orgId);
    qint64 rootOrganization() const { return m_rootId; }
    QTableView* view() const { return m_view; }

    // Reads the list again.
    virtual void refresh() = 0;

protected:
    SubtreeListPage(Database& db, QWidget* parent);

    // Builds the page once the subclass has made its controls (the Tab order follows the
    // order of creation): the controls and Refresh in the bar, scopeLabel, summaryLabel, the
    // error label (errorName) and the list of model (viewName). Refresh calls refresh().
    void setUpPage(const QList<QWidget*>& controls, QAbstractItemModel* model, const QString& errorName,
                   const QString& viewName);
    Database& db() const { return m_db; }
    QLabel* summaryLabel() const { return m_summary; }
    // scopeLabel says what the list covers now.
    void showScope();
    // The error label shows message; an empty message hides it.
    void showError(const QString& message);

private:
    Database& m_db;
    qint64 m_rootId = 0;
    QPushButton* m_refresh = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
};
