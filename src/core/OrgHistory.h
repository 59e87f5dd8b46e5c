#pragma once

#include "OrgEvent.h"
#include "Organization.h"

#include <QDate>
#include <QList>
#include <QString>

// Replays an organization's dated events (re-affiliations, renamings, dissolution) from its
// establishment and yields the periods of its parents, so the tree of any date can be read.
class OrgHistory
{
public:
    struct Link
    {
        qint64 parentId = 0;
        QDate startsOn; // null = since always (establishment unknown)
        QDate endsOn;   // null = still so
    };

    struct Violation
    {
        int index = -1; // index into the ordered events
        QString message;
    };

    static OrgHistory build(const Organization& org, QList<OrgEvent> events);

    bool ok() const { return m_violations.isEmpty(); }
    const QList<Violation>& violations() const { return m_violations; }
    const QList<OrgEvent>& events() const { return m_events; }
    const QList<Link>& links() const { return m_links; }
    QString currentName() const { return m_currentName; }
    qint64 currentParentId() const { return m_currentParentId; }
    QDate dissolvedOn() const { return m_dissolvedOn; }

private:
    QList<OrgEvent> m_events;
    QList<Link> m_links;
    QList<Violation> m_violations;
    QString m_currentName;
    qint64 m_currentParentId = 0;
    QDate m_dissolvedOn;
};
