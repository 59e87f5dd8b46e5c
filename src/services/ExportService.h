#pragma once

#include "ImportFormats.h"
#include "core/Result.h"
#include "core/UserContext.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

class Database;
class TableWriter;

// Writes organizations, organization events, members, membership events, posts, elections,
// election candidates or review results to CSV or XLSX with the import columns, so that what it writes imports back.
// Headers and category values follow the current language; both spellings import.
class ExportService
{
public:
    explicit ExportService(Database& db);

    // orgCode limits the export to that organization's current subtree (and the members whose
    // history touched it). Returns the number of data rows written.
    Result<qint64> exportTable(const UserContext& user, TableKind kind, const QString& path,
                               const QString& orgCode = {}, const std::function<bool(double)>& progress = {});

private:
    Status writeOrgs(TableWriter& out);
    Status writeOrgEvents(TableWriter& out);
    Status writeMembers(TableWriter& out);
    Status writeEvents(TableWriter& out);
    Status writePosts(TableWriter& out);
    Status writeElections(TableWriter& out, bool candidates);
    Status writeReviews(TableWriter& out);
    Status writeApplicants(TableWriter& out);
    bool orgIncluded(qint64 orgId) const;
    Result<QHash<qint64, QString>> idNumbersById();
    Status writeRow(TableWriter& out, const QStringList& cells);

    Database& m_db;
    bool m_chinese = true;
    bool m_masked = false; // viewers: ID numbers and phones masked
    QHash<qint64, QString> m_codes;
    QSet<qint64> m_scope;   // empty = everything
    QSet<qint64> m_members; // members in scope when m_scope is set
    qint64 m_rows = 0;
    std::function<bool(double)> m_progress;
};
