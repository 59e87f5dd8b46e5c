#pragma once

#include "core/Member.h"
#include "core/MemberTimeline.h"
#include "core/UserContext.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The dated membership history of one member: one row per event, with the organization of
// the event by its name on that date and the category after the event, as replayed by
// MemberService::replay (the events are the truth; nothing is derived here).
class MemberHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn = 0,
        KindColumn,
        OrganizationColumn,
        CategoryColumn,
        NoteColumn,
        ColumnCount,
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // qint64, on every column
        EventKindRole,                  // int (EventKind), on every column
        DateRole,                       // QDate, on every column
    };

    explicit MemberHistoryModel(Database& db, UserContext user = UserContext::localUser(), QObject* parent = nullptr);

    // Shows the history of a member; 0 = none (no rows).
    void setMember(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    // Re-reads the member and their history (after an event was recorded).
    void refresh();

    // The member as last read; empty when none is shown or it could not be read.
    const std::optional<Member>& member() const { return m_member; }
    // The replayed history; empty when no member is shown or the history could not be read.
    const std::optional<MemberTimeline>& timeline() const { return m_timeline; }
    // The organization's name on a date (its name at establishment, or the latest renaming
    // on or before the date); empty when it does not exist or cannot be read.
    static QString organizationNameOn(OrganizationService& orgs, const UserContext& user, qint64 orgId,
                                      const QDate& date);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A storage or replay error (already a user message); the model then shows what it could read.
    void errorOccurred(const QString& message);

private:
    struct Row
    {
        MembershipEvent event;
        QString organization; // name on the event's date
        MemberCategory category = MemberCategory::Unknown;
    };

    void reload();

    MemberService m_members;
    OrganizationService m_orgs;
    UserContext m_user;
    qint64 m_memberId = 0;
    std::optional<Member> m_member;
    std::optional<MemberTimeline> m_timeline;
    QList<Row> m_rows;
};
