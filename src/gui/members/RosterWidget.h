#pragma once

#include <QWidget>

#include <memory>

class Database;
class QCheckBox;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class RosterModel;

// The centre of the main window: the roll of the selected organization (optionally with its
// sub-organizations), searched as you type over name, ID number and phone, sorted in SQL.
class RosterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RosterWidget(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~RosterWidget() override;

    // Shows the roll of an organization (0 = the whole database).
    void showOrganization(qint64 orgId);
    RosterModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    // The column chooser (also the header's context menu): every column with a check mark,
    // and "Reset columns". The caller owns the menu.
    QMenu* columnMenu();
    void resetColumns();
    QTableView* view() const { return m_view; }
    // The member of the current row (0 when none).
    qint64 currentMember() const;
    // Re-reads the roll (after records changed), keeping the search and the organization.
    void refresh();

signals:
    void countChanged(qint64 count);
    // The current row changed (0 = no member).
    void memberSelected(qint64 memberId);
    // A row was double-clicked or Enter was pressed on it.
    void memberActivated(qint64 memberId);
    void errorOccurred(const QString& message);

private:
    void applyOrganization();
    void saveColumns();
    void applySearch();

    std::shared_ptr<Database> m_database;
    RosterModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_includeSubtree = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_searchDelay = nullptr;
    qint64 m_orgId = 0;
    QByteArray m_defaultHeaderState;
};
