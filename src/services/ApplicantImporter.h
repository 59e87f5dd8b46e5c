#pragma once

#include "DevelopmentService.h"
#include "TableImporter.h"
#include "store/MemberStore.h"

#include <QHash>

// import applicants (domain.md, Development): one row per person, named by the citizen ID
// number. A new number records an applicant; a recorded one is corrected to the row (later
// stages filled in). A row with an admission date admits the person (the member with the
// admission event) through DevelopmentService, so every rule applies and each problem is
// reported at its column. Sponsors and contacts are citizen ID numbers of members, separated
// by ";". A non-empty exception_reason (例外原因) records an approved exception with that
// reason for each time rule the row breaks.
class ApplicantImporter : public TableImporter
{
public:
    ApplicantImporter(Database& db, const UserContext& user);

protected:
    Status begin() override;
    Status processRow(const TableRow& row) override;

private:
    // Member ids of a ";"-separated list of citizen ID numbers; unknown numbers are reported.
    Result<QList<qint64>> people(const TableRow& row, const char* key);

    DevelopmentService m_service;
    MemberStore m_members;
    QHash<QString, qint64> m_orgIds;
    QHash<QString, int> m_rowOfPerson; // citizen ID number -> first row
};
