#pragma once

#include "gui/common/DatedListPage.h"

class Database;
class DueElectionsModel;
class QComboBox;

// The department's view of term elections across the tree: the organizations whose term has
// expired or expires within the reminder window (dueView, DueElectionsModel), on a date
// (asOfEdit, today by default), for the whole database or one organization's subtree
// (setRootOrganization), all of them or only the expired or the expiring ones (filterCombo).
// summaryLabel counts them, dueErrorLabel shows a refusal. Activating a row (double click,
// Enter) emits organizationActivated() so the lead can select it in the tree.
class DueElectionsWidget : public DatedListPage
{
    Q_OBJECT

public:
    explicit DueElectionsWidget(Database& db, QWidget* parent = nullptr);
    ~DueElectionsWidget() override;

    // Reads the list again (after elections changed).
    void refresh() override;

    DueElectionsModel* model() const { return m_model; }

signals:
    void organizationActivated(qint64 orgId);

private:
    DueElectionsModel* m_model = nullptr;
    QComboBox* m_filter = nullptr;
};
