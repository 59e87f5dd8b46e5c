#pragma once

#include <QDate>
#include <QWidget>

class Database;
class DueElectionsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The department's view of term elections across the tree: the organizations whose term has
// expired or expires within the reminder window (dueView, DueElectionsModel), on a date
// (asOfEdit, today by default), for the whole database or one organization's subtree
// (setRootOrganization), all of them or only the expired or the expiring ones (filterCombo).
// summaryLabel counts them. Activating a row (double click, Enter) emits
// organizationActivated() so the lead can select it in the tree.
class DueElectionsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DueElectionsWidget(Database& db, QWidget* parent = nullptr);
    ~DueElectionsWidget() override;

    // 0 = the whole database.
    void setRootOrganization(qint64 orgId);
    qint64 rootOrganization() const { return m_rootId; }
    void setAsOf(const QDate& date);
    QDate asOf() const;
    // Reads the list again (after elections changed).
    void refresh();

    DueElectionsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void organizationActivated(qint64 orgId);

private:
    Database& m_db;
    qint64 m_rootId = 0;
    DueElectionsModel* m_model = nullptr;
    QLineEdit* m_asOf = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_refresh = nullptr;
};
