#pragma once

#include "ElectionService.h"
#include "TableImporter.h"
#include "store/ElectionStore.h"
#include "store/MemberStore.h"

#include <QHash>

#include <optional>

// import elections (domain.md): one row per election, identified by organization and date. A
// row for an election already recorded corrects its record (its candidates stay); an
// identical row changes nothing. The candidates come with `import candidates`; until then the
// verdict is "too few candidates".
class ElectionImporter : public TableImporter
{
public:
    ElectionImporter(Database& db, const UserContext& user);

protected:
    Status begin() override;
    Status processRow(const TableRow& row) override;

private:
    // A whole number of people or ballots (reported at its column when it is not one): nullopt
    // when unreadable or missing but required, 0 when empty and optional.
    std::optional<int> count(const TableRow& row, const char* key, bool required);
    // Reports the service's problems at this row; false when it found none.
    Result<bool> reportIssues(int row, const ElectionIssues& issues, const Election& election);

    ElectionService m_service;
    ElectionStore m_store;
    MemberStore m_members;
    QHash<QString, qint64> m_orgIds;
    QHash<QString, int> m_rowOf; // "org id/date" -> the row that named that election
};
