#pragma once

#include "gui/common/SubtreeListPage.h"

class Database;
class QComboBox;
class QSpinBox;
class ReviewOverviewModel;

// The department's view of the democratic review across the tree for a year (yearSpin, the
// current year by default): which organizations held their review, were covered by one above,
// or did not (filterCombo), with their participation rates (overviewView, ReviewOverviewModel),
// for the whole database or one organization's subtree (setRootOrganization). summaryLabel
// counts them and gives the rate over all; overviewErrorLabel shows a refusal. The rolls are
// read on a worker: the window stays responsive over a province's tree (the model's
// finished() tells when the rows are in). Activating a row (double click, Enter) emits
// reviewActivated() so the lead can open that organization's review grid.
class ReviewOverviewWidget : public SubtreeListPage
{
    Q_OBJECT

public:
    explicit ReviewOverviewWidget(Database& db, QWidget* parent = nullptr);
    ~ReviewOverviewWidget() override;

    void setYear(int year);
    int year() const;
    // Reads the overview again on a worker (summaryLabel says so meanwhile); loaded() follows.
    void refresh() override;

    ReviewOverviewModel* model() const { return m_model; }

signals:
    void reviewActivated(qint64 orgId, int year);

private:
    void showLoaded();

    ReviewOverviewModel* m_model = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_filter = nullptr;
};
