#pragma once

#include "ImportFormats.h"
#include "ImportReport.h"
#include "TableImporter.h"
#include "core/Result.h"
#include "core/UserContext.h"

class Database;

// Imports a CSV or XLSX file of one kind: all rows or none.
class ImportService
{
public:
    explicit ImportService(Database& db);

    Result<ImportReport> importFile(const UserContext& user, TableKind kind, const QString& path,
                                    const ImportOptions& options = {});

private:
    Database& m_db;
};
