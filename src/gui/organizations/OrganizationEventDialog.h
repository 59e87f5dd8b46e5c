#pragma once

#include "core/Enums.h"
#include "core/Organization.h"
#include "gui/common/FieldErrorLabels.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

class Database;
class Error;
class OrganizationPicker;
class QLabel;

namespace Ui {
class OrganizationEventDialog;
}

// Records a dated change of an organization through OrganizationService::recordEvent:
// re-affiliation (date + new parent), renaming (date + new name) or dissolution (date).
//
// A dissolution the service refuses because members are on the roll on that date leads to a
// question (Dialogs::question): move them to another organization? On yes the dialog shows
// moveTargetPicker; Save then moves the roll and dissolves in one transaction
// (MemberService::dissolveMovingRoll). On no nothing is written and the refusal stays next to
// the date.
//
// Inputs: dateEdit, parentPicker (re-affiliation), nameEdit (renaming), moveTargetPicker; each
// with its error label (dateError, parentError, nameError, targetError); other refusals in
// messageLabel.
class OrganizationEventDialog : public QDialog
{
    Q_OBJECT

public:
    OrganizationEventDialog(Database& db, qint64 orgId, OrgEventKind kind, QWidget* parent = nullptr);
    ~OrganizationEventDialog() override;

    qint64 organizationId() const { return m_org.id; }
    OrgEventKind kind() const { return m_kind; }
    // The recorded event (0 until saved).
    qint64 eventId() const { return m_eventId; }
    // Members moved to the target before a dissolution (0 when none had to move).
    int movedMembers() const { return m_moved; }
    // Whether the dialog asks for the organization that takes the members (after a yes).
    bool isMovingRoll() const { return m_movingRoll; }

    // Checks, records and returns whether the event was recorded; accept() (Save, Enter)
    // calls it and closes the dialog only on success.
    bool save();
    void accept() override;

signals:
    void eventRecorded(qint64 orgId);

private:
    void onDateChanged();
    void showMoveTarget();
    // The errors of the current input by service field key ("date", "parent", "name", "org").
    QHash<QString, QString> check() const;
    void touch(const QString& field);
    bool validate();
    void showRefusal(const Error& error);
    bool rollOnDate(const QDate& date) const;

    Database& m_db;
    std::unique_ptr<Ui::OrganizationEventDialog> m_ui;
    Organization m_org;
    OrgEventKind m_kind;
    OrganizationPicker* m_parent = nullptr;
    OrganizationPicker* m_target = nullptr;
    // Service field key -> error label, the fields edited (all of them once Save was pressed),
    // the service's last refusal (until the next edit).
    FieldErrorLabels m_fieldErrors;
    bool m_movingRoll = false;
    qint64 m_eventId = 0;
    int m_moved = 0;
};
