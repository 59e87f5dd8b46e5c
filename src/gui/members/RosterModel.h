#pragma once

#include "core/UserContext.h"
#include "services/RosterService.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QList>
#include <QString>

class Database;

// The member roster of the main window: the members on the roll of the selected
// organizations (or of the whole database), searched and sorted in SQL and fetched lazily in
// pages (canFetchMore/fetchMore), so that a million-member database stays instant. Every
// change of the query resets the model; a worker thread reads the ordered ids of the whole
// query (a fraction of a second at a million members), which give the total for the status bar
// and let every page be read by position: scrolling deep into a big subtree costs what the
// first page costs. Only the whole roll in record order, whose first page is instant, is shown
// before the ids arrive (keyset query); the GUI thread never runs a query that may sort.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns, in the order of RosterColumn.
    enum Column {
        NameColumn = 0,
        GenderColumn,
        IdNumberColumn,
        BirthDateColumn,
        CategoryColumn,
        OrganizationColumn,
        AdmittedColumn,
        FullColumn,
        EducationColumn,
        OccupationColumn,
        PhoneColumn,
        ColumnCount,
    };
    enum Role {
        MemberIdRole = Qt::UserRole + 1, // qint64, the member's id, on every column
    };
    static constexpr int PageSize = 200;

    explicit RosterModel(Database& db, UserContext user = UserContext::localUser(), QObject* parent = nullptr);
    ~RosterModel() override;

    // The roll of these organizations (the selected one, or its subtree); empty = no rows.
    void setOrganizations(const QList<qint64>& orgIds);
    // The roll of the whole database.
    void setAllOrganizations();
    void setSearchText(const QString& text);
    QString searchText() const { return m_query.search; }
    const RosterQuery& query() const { return m_query; }
    // Rows of the whole query (not only those fetched so far); -1 while being counted.
    qint64 totalCount() const { return m_total; }
    bool isCounting() const { return m_total < 0; }
    qint64 memberId(int row) const;
    // Re-reads the query (after the records changed).
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts in SQL; a negative column restores record order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 count);
    // A storage error (already a user message); the model then shows what it had.
    void errorOccurred(const QString& message);

private:
    void reload();
    bool keysetIsCheap() const;
    void startSnapshot();
    void snapshotFinished(quint64 generation, const Result<QList<qint64>>& ids);

    Database& m_db;
    RosterService m_service;
    UserContext m_user;
    RosterQuery m_query;
    QList<RosterRow> m_rows;
    qint64 m_total = 0;
    QList<qint64> m_ids; // the query's ordered ids, once the worker delivered them
    bool m_haveIds = false;
    qsizetype m_nextId = 0;           // position in m_ids of the next row to fetch
    quint64 m_generation = 0;         // bumped by every reload; a count of an older query is dropped
    QList<QFuture<void>> m_snapshots; // running on workers (the destructor waits for them)
    bool m_atEnd = true;
    bool m_notifying = false; // inside our own reset / insert notifications
};
