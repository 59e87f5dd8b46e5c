#pragma once

#include <QObject>

#include <memory>

class Database;
class QAction;
class QMenu;
class QWidget;

// The window's actions on the development of new members (发展党员): the pipeline of the
// current organization and its sub-organizations (actionDevelopmentPipeline, in its own modal
// window; the whole database when no organization is selected) and a new applicant for the
// current organization (actionNewApplicant). Saves are announced so that the window's views
// follow; an admission created a member.
class DevelopmentActions : public QObject
{
    Q_OBJECT

public:
    explicit DevelopmentActions(QWidget* window);

    void setDatabase(std::shared_ptr<Database> database);
    void setOrganization(qint64 orgId);
    QList<QAction*> actions() const { return m_all; }
    QAction* pipelineAction() const { return m_pipeline; }
    QAction* newApplicantAction() const { return m_newApplicant; }
    // A "Development" menu holding actions(), owned by parent (for a menu bar of its own).
    QMenu* createMenu(QWidget* parent) const;

    // The pipeline window of the current organization (modal).
    void showPipeline();
    // The applicant editor (modal), empty for the current organization; returns the saved
    // applicant's id, 0 when nothing was saved.
    qint64 newApplicant();
    qint64 editApplicant(qint64 applicantId);

signals:
    void developmentChanged(qint64 applicantId);
    // A save recorded an admission: the member exists now (roster, counts, history follow).
    void memberAdmitted(qint64 memberId);
    // The pipeline window asks to show a probationary member (its window has closed).
    void memberActivated(qint64 memberId);

private:
    QWidget* m_window;
    std::shared_ptr<Database> m_database;
    qint64 m_orgId = 0;
    QAction* m_pipeline = nullptr;
    QAction* m_newApplicant = nullptr;
    QList<QAction*> m_all;
};
