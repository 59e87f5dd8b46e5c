#pragma once

#include "ElectionService.h"
#include "TableImporter.h"
#include "store/ElectionStore.h"
#include "store/MemberStore.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// import candidates (domain.md): one row per candidate of a recorded election (organization
// and date), with the post sought, the votes and optionally the claimed result. A candidate
// already recorded (same member and post) gets the file's votes; the others are added. Once
// every row is read, each election is checked and its verdict computed again: a claimed
// 当选 that contradicts the votes or the verdict is an error at its row.
class CandidateImporter : public TableImporter
{
public:
    CandidateImporter(Database& db, const UserContext& user);

protected:
    Status begin() override;
    Status processRow(const TableRow& row) override;
    Status finish() override;

private:
    struct PendingRow
    {
        int row = 0;
        qint64 orgId = 0;
        QString orgCode;
        QDate heldOn;
        ElectionCandidate candidate;
        std::optional<bool> claimedElected;
    };
    Status applyGroup(const QList<PendingRow>& rows);
    QString candidateText(const ElectionCandidate& candidate);

    ElectionService m_service;
    ElectionStore m_store;
    MemberStore m_members;
    QHash<QString, qint64> m_orgIds;
    QList<PendingRow> m_rows;
};
