#pragma once

#include "services/DevelopmentService.h"

#include <QFuture>
#include <QWidget>

#include <optional>

class ApplicantListModel;
class Database;
class DueListModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// The development pipeline of an organization and its sub-organizations (发展党员): how many
// applicants, activists, development targets and probationary members it has today
// (applicantsCount, activistsCount, targetsCount, probationaryCount), what is due in three
// tabs of dueTabs (talksView: talks within a month of the application; approvalsView:
// admissions waiting for the higher committee's approval; probationsView: probations ending
// within 30 days; overdue rows red), and the applicants (applicantsView, by application date;
// showDoneCheck adds those admitted or who left the development).
//
// Everything is read on a worker (WorkerPool, its own connection): a county committee's
// subtree reads every roll for its probationary members. loaded() tells when the figures are
// in. Activating an applicant (double click, Enter, editApplicantButton) or a talk or
// approval row opens the applicant editor; newApplicantButton opens an empty one for the
// organization shown. Activating a probation row emits memberActivated(): the conversion is
// recorded in the member's history.
class PipelineWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ProbationWithinDays = 30;

    explicit PipelineWidget(Database& db, QWidget* parent = nullptr);
    ~PipelineWidget() override;

    // 0 = every organization of the database.
    void showOrganization(qint64 orgId);
    qint64 organization() const { return m_orgId; }
    // Reads everything again on a worker; loaded() follows.
    void refresh();
    bool isLoading() const { return m_loading; }
    // The failure of the last read, if any.
    const std::optional<Error>& error() const { return m_error; }
    const DevelopmentService::Pipeline& pipeline() const { return m_pipeline; }

    DueListModel* talksModel() const { return m_talks; }
    DueListModel* approvalsModel() const { return m_approvals; }
    DueListModel* probationsModel() const { return m_probations; }
    ApplicantListModel* applicantsModel() const { return m_applicants; }
    QTableView* applicantsView() const { return m_applicantsView; }

    // Open the applicant editor (modal); the pipeline reads again after a save.
    void newApplicant();
    void editApplicant(qint64 applicantId);

signals:
    void loaded();
    void applicantSaved(qint64 applicantId);
    // A save recorded the admission: the member was created.
    void memberAdmitted(qint64 memberId);
    // A probationary member of the probation list was activated.
    void memberActivated(qint64 memberId);

private:
    struct Snapshot;

    QTableView* makeDueView(DueListModel* model, const char* objectName);
    void apply(const Snapshot& snapshot);
    void updateScope();
    void updateButtons();
    qint64 selectedApplicant() const;
    void dueActivated(const DueListModel* model, const QModelIndex& index);

    Database& m_db;
    qint64 m_orgId = 0;
    DevelopmentService::Pipeline m_pipeline;
    std::optional<Error> m_error;
    bool m_loading = false;
    quint64 m_generation = 0;
    QFuture<void> m_worker;
    qint64 m_reselect = 0; // the applicant to select again once the list is read

    DueListModel* m_talks = nullptr;
    DueListModel* m_approvals = nullptr;
    DueListModel* m_probations = nullptr;
    ApplicantListModel* m_applicants = nullptr;

    QLabel* m_scope = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_applicantsCount = nullptr;
    QLabel* m_activistsCount = nullptr;
    QLabel* m_targetsCount = nullptr;
    QLabel* m_probationaryCount = nullptr;
    QTabWidget* m_dueTabs = nullptr;
    QTableView* m_talksView = nullptr;
    QTableView* m_approvalsView = nullptr;
    QTableView* m_probationsView = nullptr;
    QCheckBox* m_showDone = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QTableView* m_applicantsView = nullptr;
};
