#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class Database;
class OrganizationTreeFilterModel;
class OrganizationTreeModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QTreeView;

// The left pane of the main window: a search field above the organization tree (type icons,
// member counts). Typing filters by name or code (case-insensitive) after a short pause, Enter
// at once; the ancestors of every match stay visible. Emits organizationSelected() when the
// current organization changes.
class OrganizationTreeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationTreeWidget(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~OrganizationTreeWidget() override;

    OrganizationTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }

    // The current organization (0 when none).
    qint64 currentOrganization() const;
    // Makes the organization current (clearing a search that hides it); false when it is not
    // in the tree.
    bool selectOrganization(qint64 orgId);
    // No organization current (the roster then shows the whole database); emits
    // organizationSelected(0).
    void clearOrganization();

    // Re-reads the tree as it stood on `date` (default: today), keeping the current organization;
    // when it did not exist on that date, organizationSelected(0) is emitted. A storage error
    // is shown above the (then empty) tree.
    void reload(const QDate& date = QDate());

signals:
    // The user (or selectOrganization()) made another organization current. 0 only after a
    // reload() to a date on which the current organization did not exist.
    void organizationSelected(qint64 orgId);

private:
    void applyFilter();
    void expandDefault();
    void onCurrentChanged(const QModelIndex& current);

    OrganizationTreeModel* m_model = nullptr;
    OrganizationTreeFilterModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_error = nullptr;
    QTreeView* m_view = nullptr;
    QTimer* m_searchTimer = nullptr;
    qint64 m_current = 0;
    bool m_quiet = false; // ignore current-index changes made by the widget itself
};
