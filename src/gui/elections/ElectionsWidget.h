#pragma once

#include "ElectionDialog.h"
#include "PostponementDialog.h"

#include <QPointer>
#include <QWidget>

class CommitteeModel;
class Database;
class ElectionsModel;
class QLabel;
class QPushButton;
class QTableView;

// The Elections page of one organization: its terms so far (electionsView, ElectionsModel:
// every election with its computed verdict), its current committee (committeeView,
// CommitteeModel: the posts held today), and where its term stands (termStatusLabel: since
// when, due when, overdue or days left, postponements). Actions: "New election..."
// (newElectionButton), "Correct..." (editElectionButton) and "Delete" (deleteElectionButton,
// after a question) for the selected election, "Postpone..." (postponeButton); the dialogs
// open window-modal. electionsChanged() tells when elections, posts or due dates changed (the
// lead refreshes the tree badge and the posts).
class ElectionsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ElectionsWidget(Database& db, QWidget* parent = nullptr);
    ~ElectionsWidget() override;

    // Shows an organization (0 = none; the actions are then disabled).
    void showOrganization(qint64 orgId);
    qint64 organizationId() const { return m_orgId; }
    void refresh();

    ElectionsModel* model() const { return m_model; }
    CommitteeModel* committeeModel() const { return m_committee; }
    QTableView* view() const { return m_view; }
    ElectionDialog* openElectionDialog() const { return m_electionDialog; }
    PostponementDialog* openPostponementDialog() const { return m_postponementDialog; }

    // The actions of the buttons; each returns the dialog it opened (nullptr when not possible).
    ElectionDialog* newElection();
    ElectionDialog* editSelectedElection();
    bool deleteSelectedElection();
    PostponementDialog* postpone();

signals:
    void electionsChanged(qint64 orgId);

private:
    void updateActions();
    void updateTermStatus();
    int selectedRow() const;
    bool dialogOpen() const;
    // Opens dialog window-modal (it does not block: the caller, and a test, drive it); slot
    // holds it until it is closed, and the actions wait for it.
    template <typename Dialog> Dialog* openDialog(Dialog* dialog, QPointer<Dialog>& slot);
    // Elections, posts or due dates changed: the list is read again and the lead told.
    void changed();

    Database& m_db;
    qint64 m_orgId = 0;
    bool m_canElect = false;
    bool m_hasTerm = false;
    ElectionsModel* m_model = nullptr;
    CommitteeModel* m_committee = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_termStatus = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_committeeView = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_postpone = nullptr;
    QPointer<ElectionDialog> m_electionDialog;
    QPointer<PostponementDialog> m_postponementDialog;
};
