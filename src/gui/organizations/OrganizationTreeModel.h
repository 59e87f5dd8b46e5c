#pragma once

#include "core/Enums.h"
#include "core/Result.h"
#include "store/OrganizationStore.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFuture>
#include <QHash>
#include <QIcon>
#include <QList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class Database;

// The organization tree as it stood on one date, with the members on the roll.
//
// Columns:
//   NameColumn   DisplayRole: the name of that date ("第一党支部"); DecorationRole: an icon per
//                organization type; ToolTipRole: code, type label and both member counts.
//   CountColumn  DisplayRole: members on the roll of the organization and all its
//                sub-organizations (the subtree total, what the roster shows with "include
//                sub-organizations"); ToolTipRole: the organization's own count and the total.
// The custom roles below answer on every column.
//
// The whole tree is loaded in one pass (two queries, then child lists built by parent id in
// memory): no SQL per node, so 50,000 organizations load in a fraction of a second. Roots are
// the organizations whose parent is 0 or did not exist on the date; children are sorted by code.
class OrganizationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn = 0, CountColumn = 1, ColumnCount = 2 };
    enum Role {
        OrgIdRole = Qt::UserRole + 1, // qint64
        CodeRole,                     // QString
        TypeRole,                     // int (OrgType)
        OwnCountRole,                 // qint64: members on the organization's own roll
        SubtreeCountRole,             // qint64: members on the roll of it and its sub-organizations
        DueDaysRole,                  // int: days since the term expired (negative: days left); invalid = not due
    };

    explicit OrganizationTreeModel(std::shared_ptr<Database> database, QObject* parent = nullptr);
    ~OrganizationTreeModel() override;

    // Rebuilds the tree as it stood on `date`. On failure the model is left empty and the
    // error is returned (and kept in lastError()). The member counts follow from a worker
    // thread (countsLoaded); until then they show as pending.
    Status reload(const QDate& date);
    bool countsPending() const { return m_countsPending; }
    // Replaces the contents with already loaded data (reload() uses it; tests and benchmarks
    // may call it directly). `rollCounts` maps an organization id to its own roll count.
    void setTree(const QList<OrganizationStore::Node>& nodes, const QHash<qint64, qint64>& rollCounts,
                 const QDate& date);

    QDate date() const { return m_date; }
    const Error* lastError() const { return m_lastError ? &*m_lastError : nullptr; }
    int organizationCount() const { return int(m_nodes.size()); }
    // The index (name column) of an organization, invalid when it is not in the tree.
    QModelIndex indexOf(qint64 orgId) const;
    QIcon iconFor(OrgType type) const;

    // Search support for the filter proxy, in one pass over the tree: which organizations have
    // `text` in their name or code (case-insensitive) or have such a descendant. Indexed by the
    // item slot of an index, slotOf(index); empty text selects everything.
    std::vector<bool> searchMatches(const QString& text) const;
    static std::size_t slotOf(const QModelIndex& index) { return std::size_t(index.internalId()); }
    // Changes with every reload, so that cached search results can tell they are stale.
    quint64 generation() const { return m_generation; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The member counts of the last reload() arrived (or could not be read).
    void countsLoaded();
    void countsFailed(const QString& message);

private:
    struct Item
    {
        qint64 id = 0;
        QString code;
        QString name;
        OrgType type = OrgType::Branch;
        int parent = -1; // index into m_nodes, -1 for a root
        int row = 0;     // position among the parent's children (or among the roots)
        qint64 ownCount = 0;
        qint64 subtreeCount = 0;
        std::optional<int> dueDays; // the election badge, see DueDaysRole
        std::vector<int> children;
    };

    const Item* itemOf(const QModelIndex& index) const;
    void applyRollCounts(const Result<QHash<qint64, qint64>>& counts, const QHash<qint64, int>& dueDays);
    void sumSubtreeCounts();
    const std::vector<int>& childrenOf(const QModelIndex& parent) const;

    std::shared_ptr<Database> m_database;
    std::vector<Item> m_nodes;
    std::vector<int> m_roots;
    QHash<qint64, int> m_byId; // organization id -> index into m_nodes
    QDate m_date;
    quint64 m_generation = 0;
    std::vector<int> m_preorder; // every item, parents before their children
    bool m_countsPending = false;
    QFuture<void> m_counting;
    std::optional<Error> m_lastError;
    std::array<QIcon, 6> m_icons; // indexed by OrgType (0 unused)
};
