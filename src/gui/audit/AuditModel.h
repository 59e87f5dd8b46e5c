#pragma once

#include "core/UserContext.h"
#include "services/AuditService.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The audit trail as a table, newest first, read lazily: a page of rows each time the view
// scrolls near the end (canFetchMore / fetchMore), each page an index range of audit_log
// after the last row read, so a trail of millions opens as fast as one of ten rows.
// Cells show the rows in the user's terms (AuditService::rows: records named, values as
// terms), each page's names read at once; tooltips show what is stored. Read-only: no flags
// allow editing.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Login, Action, Record, Field, Before, After, ColumnCount };
    static constexpr int PageSize = 200;

    AuditModel(Database& db, const UserContext& user, QObject* parent = nullptr);

    // Shows the rows matching the filter (from the first page).
    void setFilter(const AuditFilter& filter);
    // Shows nothing (a filter that cannot be met).
    void clear();
    const AuditFilter& filter() const { return m_filter; }
    // The row behind a table row, as stored (for the details and tests) ...
    const AuditEntry& entry(int row) const { return m_rows.at(row).entry; }
    // ... and in the user's terms.
    const AuditRow& auditRow(int row) const { return m_rows.at(row); }
    // The last read error (empty when none); a failing page ends the list.
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);

private:
    QString text(const AuditRow& row, int column) const;
    QString storedText(const AuditRow& row, int column) const;

    AuditService m_service;
    UserContext m_user;
    AuditFilter m_filter;
    QList<AuditRow> m_rows;
    bool m_atEnd = false;
    bool m_notifying = false; // inside a reset or an insertion (no nested fetchMore)
    QString m_error;
};
