#pragma once

#include "core/Member.h"
#include "core/MemberTimeline.h"
#include "core/MembershipEvent.h"
#include "core/Result.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class Database;
class OrganizationPicker;
class QLabel;
class QTimer;

namespace Ui {
class MembershipEventDialog;
}

// Records one dated step of a member's history (conversion, extension, transfer, move,
// departure, restoration, re-admission). The form shows the fields the kind needs and checks
// them as they are typed with the service's own replay; OK records the event through
// MemberService::recordEvent and a refusal keeps the dialog open with the message next to the
// field it is about. Nothing here decides a membership rule.
class MembershipEventDialog : public QDialog
{
    Q_OBJECT

public:
    MembershipEventDialog(Database& db, qint64 memberId, EventKind kind, QWidget* parent = nullptr);
    ~MembershipEventDialog() override;

    qint64 memberId() const { return m_memberId; }
    EventKind kind() const { return m_kind; }
    // The event as entered so far.
    MembershipEvent event() const;
    // The id of the recorded event; 0 until OK succeeded.
    qint64 recordedEventId() const { return m_recordedId; }
    // Whether the kind names an organization chosen in the form (admission, transfer in,
    // move, restoration).
    static bool choosesOrganization(EventKind kind);

    // Records the event; stays open and shows the message when the service refuses it.
    void accept() override;

private:
    bool organizationRequired() const;
    void loadMember();
    qint64 rollOrganizationOn(const QDate& date) const;
    void dateChanged();
    void reloadPickerDates();
    // Problems of the form itself (nothing chosen); empty when it can be sent to the service.
    QString formProblem() const;
    void validate();
    void clearErrors();
    void setMessage(QLabel* label, const QString& message);
    void showError(const Error& error);
    void setOkEnabled(bool enabled);

    Database& m_db;
    std::unique_ptr<Ui::MembershipEventDialog> m_ui;
    OrganizationPicker* m_picker = nullptr;
    QTimer* m_pickerDelay = nullptr;
    qint64 m_memberId = 0;
    EventKind m_kind = EventKind::Admitted;
    std::optional<Member> m_member;
    QList<MembershipEvent> m_history;
    std::optional<MemberTimeline> m_timeline; // the recorded history, replayed
    QString m_loadError;
    qint64 m_recordedId = 0;
};
