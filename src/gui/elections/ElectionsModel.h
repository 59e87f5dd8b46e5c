#pragma once

#include "core/Election.h"
#include "core/ElectionRules.h"
#include "core/Result.h"
#include "gui/common/RecordListModel.h"

#include <QList>

class Database;

// The elections of one organization (ElectionService::electionsOf), newest first: its terms so
// far and its by-elections, each with the computed verdict.
//
// Columns: date, kind (term election / by-election), seats, attendance ("present / eligible"),
// verdict ("Valid" or the first failed rule; the tooltip lists every failure with its
// numbers; invalid rows in red), term ("3 years, until 2027-09-01" for a valid term
// election), approval (date and document). The roles below answer on every column.
class ElectionsModel : public RecordListModel<Election>
{
    Q_OBJECT

public:
    enum Column {
        DateColumn = 0,
        KindColumn,
        SeatsColumn,
        AttendanceColumn,
        VerdictColumn,
        TermColumn,
        ApprovalColumn,
        ColumnCount,
    };
    enum Role {
        ElectionIdRole = Qt::UserRole + 1, // qint64
        ValidRole,                         // bool
    };

    explicit ElectionsModel(Database& db, QObject* parent = nullptr);

    // Loads the elections of an organization (0 = none); on failure the model is empty.
    Status setOrganization(qint64 orgId);
    Status refresh();
    qint64 organizationId() const { return m_orgId; }
    const Election& election(int row) const { return m_rows.at(row); }
    // The row of an election, -1 when it is not shown.
    int rowOf(qint64 electionId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    Database& m_db;
    qint64 m_orgId = 0;
    QList<QString> m_verdicts; // the verdict's full text per row (tooltips)
};
