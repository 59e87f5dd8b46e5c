#pragma once

#include <QObject>

#include <memory>

class Database;
class QAction;
class QWidget;

// The window's actions on members — new member (Ctrl+N), edit member — for the current
// organization and member. Opens the member editor and tells when records changed, so the
// window refreshes its views without knowing the editor.
class MemberActions : public QObject
{
    Q_OBJECT

public:
    explicit MemberActions(QWidget* window);

    void setDatabase(std::shared_ptr<Database> database);
    void setOrganization(qint64 orgId);
    void setMember(qint64 memberId);

    QAction* newMemberAction() const { return m_newMember; }
    QAction* editMemberAction() const { return m_editMember; }

    // Open the editor (modal); return the saved member's id, 0 when nothing was saved.
    qint64 newMember();
    qint64 editMember(qint64 memberId);

signals:
    void memberSaved(qint64 memberId);

private:
    QWidget* m_window;
    std::shared_ptr<Database> m_database;
    qint64 m_orgId = 0;
    qint64 m_memberId = 0;
    QAction* m_newMember = nullptr;
    QAction* m_editMember = nullptr;
};
