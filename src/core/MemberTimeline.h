#pragma once

#include "MembershipEvent.h"
#include "Result.h"

#include <QDate>
#include <QList>

// Replays a member's dated events in order, checks each against the membership rules and
// yields the state after each event. The state intervals are what "on the roll of S on D"
// is answered from, so every write of events goes through here.
class MemberTimeline
{
public:
    struct Step
    {
        MembershipEvent event;
        qint64 rollOrgId = 0; // organization whose roll the member is on after the event; 0 = none
        MemberCategory category = MemberCategory::Unknown;
        QDate endsOn; // date of the next event; null while this is the latest state
    };

    struct Violation
    {
        int index = -1;        // index into the ordered events
        MembershipEvent event; // the refused event
        QString message;       // translated
    };

    // Orders the events (date, admission first on a day, then the given order) and replays
    // them. birthDate may be null (then the age rule is not checked).
    static MemberTimeline build(const QDate& birthDate, QList<MembershipEvent> events);

    static bool isLeaving(EventKind kind);
    static bool putsOnRoll(EventKind kind);
    // Sort key shared with the store so that SQL and C++ order same-day events alike.
    static int dayRank(EventKind kind);

    bool ok() const { return m_violations.isEmpty(); }
    const QList<Violation>& violations() const { return m_violations; }
    const QList<Step>& steps() const { return m_steps; }

    // The state after the latest event.
    qint64 currentOrgId() const;
    MemberCategory currentCategory() const;
    QDate admittedOn() const;
    QDate fullOn() const;
    QDate leftOn() const; // date of the leaving event when the member is no longer on the roll
    // The state on a date (the last event on or before it).
    const Step* stateOn(const QDate& date) const;

private:
    QList<Step> m_steps;
    QList<Violation> m_violations;
};
