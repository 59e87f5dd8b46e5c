#pragma once

#include "gui/common/RecordListModel.h"
#include "services/DevelopmentService.h"

#include <QHash>
#include <QList>

// One of the pipeline's three lists of what is due (DevelopmentService::Pipeline): talks due
// within a month of the application, admissions waiting for the higher committee's approval,
// probations ending. Rows come earliest due first, as the service orders them; overdue rows
// (days left < 0) are red.
//
// Columns: name, citizen ID number, organization (its name today), since (application or
// admission: the header names it), due on, days left ("12 days", "due today", "overdue by 3
// days"). DaysLeftRole gives the number.
class DueListModel : public RecordListModel<DevelopmentService::Due>
{
    Q_OBJECT

public:
    enum class Kind { Talk, Approval, Probation };
    enum Column {
        NameColumn = 0,
        IdNumberColumn,
        OrganizationColumn,
        SinceColumn,
        DueOnColumn,
        DaysLeftColumn,
        ColumnCount
    };
    enum Role {
        ApplicantIdRole = Qt::UserRole + 1, // qint64, 0 for a member entered without applicant record
        MemberIdRole,                       // qint64, 0 before the admission
        DaysLeftRole,                       // int, negative once overdue
        OverdueRole,                        // bool
    };

    explicit DueListModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // orgNames: the organizations' names (keyed by id) for the organization column.
    void setRows(const QList<DevelopmentService::Due>& rows, const QHash<qint64, QString>& orgNames);
    const DevelopmentService::Due& due(int row) const { return m_rows.at(row); }
    int overdueCount() const;

    // "%n day(s)" / "due today" / "overdue by %n day(s)" (DaysLeft::Wording::StepDue).
    static QString daysLeftText(int daysLeft);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    Kind m_kind;
    QHash<qint64, QString> m_orgNames;
};
