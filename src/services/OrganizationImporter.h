#pragma once

#include "OrganizationService.h"
#include "TableImporter.h"

#include <QHash>
#include <QList>

// import orgs: creates organizations, or updates the one with the same code. Parents may come
// later in the file: rows are applied parents first.
class OrganizationImporter : public TableImporter
{
public:
    OrganizationImporter(Database& db, const UserContext& user);

protected:
    Status processRow(const TableRow& row) override;
    Status finish() override;

private:
    struct PendingRow
    {
        int row = 0;
        Organization org;
        QString parentCode;
    };

    OrganizationService m_service;
    QList<PendingRow> m_rows;
    QHash<QString, int> m_rowOfCode; // code -> index in m_rows
};
