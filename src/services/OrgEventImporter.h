#pragma once

#include "OrganizationService.h"
#include "TableImporter.h"

#include <QList>

// import org-events: dated re-affiliations, renamings and dissolutions, applied in date order.
class OrgEventImporter : public TableImporter
{
public:
    OrgEventImporter(Database& db, const UserContext& user);

protected:
    Status processRow(const TableRow& row) override;
    Status finish() override;

private:
    struct PendingRow
    {
        int row = 0;
        OrgEvent event;
    };

    Result<qint64> orgId(int row, const QString& code, const char* key);

    OrganizationService m_service;
    QList<PendingRow> m_rows;
};
