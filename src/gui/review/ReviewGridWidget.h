#pragma once

#include "ReviewHandlingDialog.h"
#include "core/ReviewRules.h"

#include <QPointer>
#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class ReviewGridModel;

// The democratic review of one organization for one year: the campaign (yearSpin; its date in
// heldOnEdit: "Record the review" (createCampaignButton) when none is recorded, "Change the
// date" (changeDateButton) and "Delete the review" (deleteCampaignButton, after a question)
// when it is) and the grid of its roll (gridView, ReviewGridModel: everyone on the roll of the
// organization and its sub-organizations on the date, results edited in place).
//
// For a branch of 100 members: "Set all to qualified" (setAllQualifiedButton: probationary
// members "took part"), then the exceptions by keyboard: in the grid the keys 1-7 set the
// current member's result (1 excellent, 2 qualified, 3 basically qualified, 4 unqualified,
// 5 took part, 6 absent, 7 exempt: the reason's list opens) and move to the next row, Delete
// clears it, F2 or a double click edits the cell; "Handle..." (handleButton) opens the measure
// of an unqualified member (ReviewHandlingDialog, window-modal). summaryLabel counts,
// warningLabel shows the warnings (excellent above the share), errorLabel the last refusal.
class ReviewGridWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewGridWidget(Database& db, QWidget* parent = nullptr);
    ~ReviewGridWidget() override;

    // Shows an organization's review of a year (0 = none; the actions are then disabled).
    void showReview(qint64 orgId, int year);
    qint64 organizationId() const { return m_orgId; }
    int year() const;
    qint64 campaignId() const;
    void refresh();

    ReviewGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ReviewHandlingDialog* openHandlingDialog() const { return m_handlingDialog; }

    // The actions of the buttons.
    bool recordCampaign();
    bool changeDate();
    bool deleteCampaign();
    int setAllQualified();
    // Opens the handling of the selected member (nullptr when not possible).
    ReviewHandlingDialog* handleSelected();

signals:
    // Results or the campaign changed (the lead refreshes what shows review figures).
    void reviewChanged(qint64 orgId);
    // A member was persuaded to withdraw or removed: the roll changed.
    void membershipChanged(qint64 memberId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadCampaign();
    void updateSummary();
    void updateActions();
    void showError(const QString& message);
    int currentRow() const;
    void editReason(int row);

    Database& m_db;
    qint64 m_orgId = 0;
    qint64 m_campaignId = 0;
    ReviewSettings m_settings; // read with the campaign
    ReviewGridModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_campaignLabel = nullptr;
    QLineEdit* m_heldOn = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_changeDate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_setAll = nullptr;
    QPushButton* m_handle = nullptr;
    QLabel* m_keys = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    QPointer<ReviewHandlingDialog> m_handlingDialog;
};
