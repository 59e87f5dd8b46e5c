#pragma once

#include "core/Applicant.h"
#include "gui/common/RecordListModel.h"

#include <QDate>
#include <QHash>
#include <QList>

// The applicants of an organization's subtree (DevelopmentService::applicantsOf), by
// application date: who they are, where they stand today and the dates of their stages.
// Admitted applicants and those who left the development are grey.
//
// Columns: name, citizen ID number, organization (its name today), stage today, applied,
// talk, activist, development target, admitted, ended.
class ApplicantListModel : public RecordListModel<Applicant>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn = 0,
        IdNumberColumn,
        OrganizationColumn,
        StageColumn,
        AppliedOnColumn,
        TalkedOnColumn,
        ActivistOnColumn,
        TargetOnColumn,
        AdmittedOnColumn,
        ClosedOnColumn,
        ColumnCount
    };
    enum Role {
        ApplicantIdRole = Qt::UserRole + 1, // qint64
        StageRole,                          // int: DevelopmentStage on the model's date
        MemberIdRole,                       // qint64: the member the admission created, 0 before
    };

    explicit ApplicantListModel(QObject* parent = nullptr);

    // today: the date the stage is given for.
    void setRows(const QList<Applicant>& rows, const QHash<qint64, QString>& orgNames, const QDate& today);
    const Applicant& applicant(int row) const { return m_rows.at(row); }
    // -1 when the applicant is not listed.
    int rowOfApplicant(qint64 applicantId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    QHash<qint64, QString> m_orgNames;
    QDate m_today;
};
