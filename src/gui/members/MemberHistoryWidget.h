#pragma once

#include "core/Enums.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class Database;
class MemberHistoryModel;
class MemberPostsModel;
class MembershipEventDialog;
class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

// The selected member's history: a header (name, citizen ID number, current category and
// organization), the dated membership events, the posts held, and the actions that record
// the next step of the history (conversion, extension, cancellation, transfers, move,
// departures, restoration, re-admission), each through MembershipEventDialog and
// MemberService. An action is enabled only when the member's replayed history accepts an event
// of its kind. Nothing is ever deleted here.
class MemberHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MemberHistoryWidget(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~MemberHistoryWidget() override;

    // Shows a member (0 = none: the empty state).
    void showMember(qint64 memberId);
    qint64 memberId() const;
    // Re-reads the shown member (after the records changed elsewhere).
    void refresh();

    MemberHistoryModel* historyModel() const { return m_history; }
    MemberPostsModel* postsModel() const { return m_posts; }
    // Whether the shown member's current state accepts an event of this kind (the membership
    // rules of MemberTimeline decide; the date rules are checked in the dialog).
    bool canRecord(EventKind kind) const;
    // Opens the form that records an event of this kind for the shown member. The form is
    // window-modal and this returns at once; nullptr when the kind is not allowed now.
    MembershipEventDialog* recordEvent(EventKind kind);
    // The event actions (the same as the panel's buttons and context menu), for the window's
    // Members menu: one wording, one enabled state.
    QList<QAction*> eventActions() const;

signals:
    // An event was recorded for this member: the roster and the tree may have changed.
    void historyChanged(qint64 memberId);
    // A storage error (already a user message).
    void errorOccurred(const QString& message);

private:
    struct EventAction
    {
        EventKind kind;
        QAction* action;
    };

    QAction* addEventAction(EventKind kind, const QString& text, const QString& name);
    void updateHeader();
    void updateActions();

    std::shared_ptr<Database> m_database;
    MemberHistoryModel* m_history = nullptr;
    MemberPostsModel* m_posts = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_idNumberLabel = nullptr;
    QLabel* m_categoryLabel = nullptr;
    QLabel* m_organizationLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
    QTableView* m_historyView = nullptr;
    QTableView* m_postsView = nullptr;
    QToolButton* m_departureButton = nullptr;
    std::vector<EventAction> m_actions;
    QPointer<MembershipEventDialog> m_dialog;
};
