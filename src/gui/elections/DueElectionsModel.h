#pragma once

#include "core/Election.h"
#include "core/Result.h"
#include "gui/common/RecordListModel.h"

#include <QDate>
#include <QList>

class Database;

// The organizations whose term has expired or expires within the reminder window on a date
// (ElectionService::due), most overdue first. Expired rows are red.
//
// Columns: code, name, type, term started (the last valid term election, or the
// establishment), due on (with "postponed" in the tooltip), status ("overdue by 12 days",
// "due today", "due in 30 days"). DaysOverdueRole sorts numerically.
class DueElectionsModel : public RecordListModel<TermStatus>
{
    Q_OBJECT

public:
    enum Column { CodeColumn = 0, NameColumn, TypeColumn, TermStartedColumn, DueOnColumn, StatusColumn, ColumnCount };
    enum Role {
        OrgIdRole = Qt::UserRole + 1, // qint64
        DaysOverdueRole,              // int: >= 0 expired, negative = days left
        ExpiredRole,                  // bool
    };
    enum class Filter { All, Expired, ExpiringSoon };

    explicit DueElectionsModel(Database& db, QObject* parent = nullptr);

    // Loads the list on asOf for the subtree of rootOrgId (0 = everywhere); on failure the model
    // is empty and the error returned.
    Status load(const QDate& asOf, qint64 rootOrgId = 0, Filter filter = Filter::All);
    void setRows(const QList<TermStatus>& rows);
    const TermStatus& status(int row) const { return m_rows.at(row); }
    int expiredCount() const;

    // "overdue by %n day(s)" / "due today" / "due in %n day(s)" (DaysLeft::Wording::TermDue).
    static QString statusText(int daysOverdue);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    Database& m_db;
};
