#include "OrganizationTreeModel.h"

#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/WorkerPool.h"
#include "services/ElectionService.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPointer>
#include <QPolygonF>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace {

// A small painted emblem per organization type: the higher levels square, the branch round,
// the party group a small gold dot. Painted at two sizes for high-DPI screens.
QIcon paintedIcon(OrgType type)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const qreal m = s / 8; // margin
        const QRectF box(m, m, s - 2 * m, s - 2 * m);
        painter.setPen(QPen(QColor(0x5d, 0x10, 0x10), s / 16));
        switch (type) {
        case OrgType::HigherCommittee:
            painter.setBrush(QColor(0x8b, 0x00, 0x00));
            painter.drawRoundedRect(box, s / 8, s / 8);
            painter.setBrush(QColor(0xff, 0xd5, 0x4f));
            painter.setPen(Qt::NoPen);
            painter.drawRect(box.adjusted(s / 4, s / 4, -s / 4, -s / 4));
            break;
        case OrgType::Committee:
            painter.setBrush(QColor(0xc6, 0x28, 0x28));
            painter.drawRoundedRect(box, s / 8, s / 8);
            break;
        case OrgType::GeneralBranch: {
            painter.setBrush(QColor(0xe6, 0x51, 0x00));
            const QPointF c = box.center();
            const qreal r = box.width() / 2;
            painter.drawPolygon(QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                           QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())}));
            break;
        }
        case OrgType::Branch:
            painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
            painter.drawEllipse(box);
            break;
        case OrgType::Group:
            painter.setPen(QPen(QColor(0x8d, 0x6e, 0x00), s / 16));
            painter.setBrush(QColor(0xf9, 0xa8, 0x25));
            painter.drawEllipse(box.adjusted(s / 8, s / 8, -s / 8, -s / 8));
            break;
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

int typeSlot(OrgType type)
{
    const int slot = int(type);
    return slot >= 1 && slot <= 5 ? slot : 0;
}

} // namespace

OrganizationTreeModel::OrganizationTreeModel(std::shared_ptr<Database> database, QObject* parent)
    : QAbstractItemModel(parent)
    , m_database(std::move(database))
{
    for (const OrgType type :
         {OrgType::HigherCommittee, OrgType::Committee, OrgType::GeneralBranch, OrgType::Branch, OrgType::Group}) {
        m_icons[std::size_t(typeSlot(type))] = paintedIcon(type);
    }
}

OrganizationTreeModel::~OrganizationTreeModel()
{
    m_counting.waitForFinished(); // the worker calls back into this model's database
}

Status OrganizationTreeModel::reload(const QDate& date)
{
    const UserContext user = UserContext::localUser();
    auto tree = OrganizationService(*m_database).treeOn(user, date);
    if (!tree.ok()) {
        m_lastError = tree.error();
        setTree({}, {}, date);
        return tree.error();
    }
    m_lastError.reset();
    setTree(*tree, {}, date);
    // The counts read every membership event on a roll (about a second at a million members):
    // on a worker, filled in when they arrive; the tree is usable at once.
    m_countsPending = true;
    const quint64 generation = m_generation;
    QPointer<OrganizationTreeModel> self(this);
    QFuture<void> previous = m_counting;
    const auto work = [self, previous, generation, database = m_database, date, user]() mutable {
        previous.waitForFinished();
        auto counts = OrganizationService(*database).rollCountsOn(user, date);
        // The election badge: terms expired or expiring soon (an error only loses the badge).
        auto due = ElectionService(*database).dueBadges(user, date);
        database->releaseThreadConnection();
        const auto deliver = [self, generation, counts = std::move(counts),
                              due = due.ok() ? *due : QHash<qint64, int>()] {
            if (self && self->m_generation == generation) {
                self->applyRollCounts(counts, due);
            }
        };
        QMetaObject::invokeMethod(self.data(), deliver, Qt::QueuedConnection);
    };
    m_counting = QtConcurrent::run(WorkerPool::instance(), work);
    return {};
}

void OrganizationTreeModel::applyRollCounts(const Result<QHash<qint64, qint64>>& counts,
                                            const QHash<qint64, int>& dueDays)
{
    m_countsPending = false;
    if (!counts.ok()) {
        m_lastError = counts.error();
        emit countsFailed(counts.error().message());
        return;
    }
    // One layout change instead of a dataChanged per list of siblings: views answer each
    // dataChanged by measuring the changed rows, which for 10,000 lists froze the window for
    // seconds; a layout change makes them re-read what they show, once.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    for (Item& item : m_nodes) {
        item.ownCount = counts->value(item.id, 0);
        const auto due = dueDays.find(item.id);
        item.dueDays = due == dueDays.end() ? std::optional<int>() : std::optional<int>(*due);
    }
    sumSubtreeCounts();
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    emit countsLoaded();
}

void OrganizationTreeModel::sumSubtreeCounts()
{
    for (Item& item : m_nodes) {
        item.subtreeCount = item.ownCount;
    }
    for (auto it = m_preorder.rbegin(); it != m_preorder.rend(); ++it) {
        const Item& item = m_nodes[std::size_t(*it)];
        if (item.parent >= 0) {
            m_nodes[std::size_t(item.parent)].subtreeCount += item.subtreeCount;
        }
    }
}

void OrganizationTreeModel::setTree(const QList<OrganizationStore::Node>& nodes,
                                    const QHash<qint64, qint64>& rollCounts, const QDate& date)
{
    beginResetModel();
    ++m_generation;
    m_date = date;
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();

    // Items in code order, so that child lists filled in this order are sorted by code.
    std::vector<int> order(std::size_t(nodes.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&nodes](int a, int b) { return nodes.at(a).code < nodes.at(b).code; });
    m_nodes.reserve(order.size());
    m_byId.reserve(nodes.size());
    std::vector<qint64> parentIds;
    parentIds.reserve(order.size());
    for (const int i : order) {
        const OrganizationStore::Node& node = nodes.at(i);
        if (m_byId.contains(node.id)) {
            continue;
        }
        m_byId.insert(node.id, int(m_nodes.size()));
        Item item;
        item.id = node.id;
        item.code = node.code;
        item.name = node.name;
        item.type = node.type;
        item.ownCount = rollCounts.value(node.id, 0);
        m_nodes.push_back(std::move(item));
        parentIds.push_back(node.parentId);
    }
    const int count = int(m_nodes.size());
    for (int i = 0; i < count; ++i) {
        const int parent = parentIds[std::size_t(i)] == 0 ? -1 : m_byId.value(parentIds[std::size_t(i)], -1);
        if (parent < 0 || parent == i) {
            m_roots.push_back(i);
        } else {
            m_nodes[std::size_t(i)].parent = parent;
            m_nodes[std::size_t(parent)].children.push_back(i);
        }
    }

    // Depth-first order from the roots. Organizations not reached sit on a parent cycle (bad
    // data); the first of each cycle becomes a root so that nothing disappears.
    std::vector<int> preorder;
    preorder.reserve(std::size_t(count));
    std::vector<char> seen(std::size_t(count), 0);
    std::vector<int> stack;
    const auto walk = [&](int root) {
        stack.push_back(root);
        seen[std::size_t(root)] = 1;
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            preorder.push_back(at);
            for (const int child : m_nodes[std::size_t(at)].children) {
                if (!seen[std::size_t(child)]) {
                    seen[std::size_t(child)] = 1;
                    stack.push_back(child);
                }
            }
        }
    };
    for (const int root : m_roots) {
        walk(root);
    }
    if (int(preorder.size()) < count) {
        for (int i = 0; i < count; ++i) {
            if (seen[std::size_t(i)]) {
                continue;
            }
            Item& item = m_nodes[std::size_t(i)];
            if (item.parent >= 0) {
                auto& siblings = m_nodes[std::size_t(item.parent)].children;
                siblings.erase(std::remove(siblings.begin(), siblings.end(), i), siblings.end());
                item.parent = -1;
            }
            m_roots.push_back(i);
            walk(i);
        }
        std::sort(m_roots.begin(), m_roots.end()); // item indexes are in code order
    }

    for (std::size_t r = 0; r < m_roots.size(); ++r) {
        m_nodes[std::size_t(m_roots[r])].row = int(r);
    }
    for (Item& item : m_nodes) {
        std::sort(item.children.begin(), item.children.end());
        for (std::size_t r = 0; r < item.children.size(); ++r) {
            m_nodes[std::size_t(item.children[r])].row = int(r);
        }
    }
    // Subtree totals: children come after their parent in preorder.
    m_preorder = std::move(preorder);
    m_countsPending = false;
    sumSubtreeCounts();
    endResetModel();
}

QModelIndex OrganizationTreeModel::indexOf(qint64 orgId) const
{
    const int at = m_byId.value(orgId, -1);
    if (at < 0) {
        return {};
    }
    return createIndex(m_nodes[std::size_t(at)].row, NameColumn, quintptr(at));
}

QIcon OrganizationTreeModel::iconFor(OrgType type) const
{
    return m_icons[std::size_t(typeSlot(type))];
}

std::vector<bool> OrganizationTreeModel::searchMatches(const QString& text) const
{
    const QString needle = text.trimmed();
    std::vector<bool> result(m_nodes.size(), needle.isEmpty());
    if (needle.isEmpty()) {
        return result;
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Item& item = m_nodes[i];
        if (result[i] ||
            !(item.name.contains(needle, Qt::CaseInsensitive) || item.code.contains(needle, Qt::CaseInsensitive))) {
            continue;
        }
        // Mark the match and its ancestors, stopping at the first one already marked.
        for (int at = int(i); at >= 0 && !(result[std::size_t(at)] && at != int(i));
             at = m_nodes[std::size_t(at)].parent) {
            result[std::size_t(at)] = true;
        }
    }
    return result;
}

const OrganizationTreeModel::Item* OrganizationTreeModel::itemOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size()) {
        return nullptr;
    }
    return &m_nodes[std::size_t(index.internalId())];
}

const std::vector<int>& OrganizationTreeModel::childrenOf(const QModelIndex& parent) const
{
    static const std::vector<int> none;
    if (!parent.isValid()) {
        return m_roots;
    }
    if (parent.column() != NameColumn) {
        return none;
    }
    const Item* item = itemOf(parent);
    return item ? item->children : none;
}

QModelIndex OrganizationTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    const std::vector<int>& children = childrenOf(parent);
    if (std::size_t(row) >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex OrganizationTreeModel::parent(const QModelIndex& child) const
{
    const Item* item = itemOf(child);
    if (!item || item->parent < 0) {
        return {};
    }
    return createIndex(m_nodes[std::size_t(item->parent)].row, NameColumn, quintptr(item->parent));
}

int OrganizationTreeModel::rowCount(const QModelIndex& parent) const
{
    return int(childrenOf(parent).size());
}

int OrganizationTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool OrganizationTreeModel::hasChildren(const QModelIndex& parent) const
{
    return !childrenOf(parent).empty();
}

QVariant OrganizationTreeModel::data(const QModelIndex& index, int role) const
{
    const Item* item = itemOf(index);
    if (!item) {
        return {};
    }
    switch (role) {
    case OrgIdRole:
        return item->id;
    case CodeRole:
        return item->code;
    case TypeRole:
        return int(item->type);
    case OwnCountRole:
        return item->ownCount;
    case SubtreeCountRole:
        return item->subtreeCount;
    case DueDaysRole:
        return item->dueDays ? QVariant(*item->dueDays) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = index.column() == NameColumn
                          ? tr("%1 (%2)", "organization code (type)")
                                    .arg(item->code, Vocabulary::orgTypes().label(int(item->type))) +
                                QLatin1Char('\n')
                          : QString();
        tip += tr("%n member(s) on its own roll", nullptr, int(item->ownCount)) + QLatin1Char('\n') +
               tr("%n member(s) including sub-organizations", nullptr, int(item->subtreeCount));
        if (item->dueDays) {
            tip += QLatin1Char('\n') + (*item->dueDays >= 0
                                            ? tr("Term expired %n day(s) ago: election due", nullptr, *item->dueDays)
                                            : tr("Term expires in %n day(s)", nullptr, -*item->dueDays));
        }
        return tip;
    }
    default:
        break;
    }
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return item->name;
        case Qt::DecorationRole:
            return iconFor(item->type);
        case Qt::ForegroundRole:
            // The badge of a term due for election: red when expired, amber when expiring soon.
            if (item->dueDays) {
                return *item->dueDays >= 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
            }
            return {};
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_countsPending ? QVariant(QStringLiteral("…")) : QVariant(item->subtreeCount);
    case Qt::EditRole:
        return item->subtreeCount;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant OrganizationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return section == NameColumn ? tr("Organization") : tr("Members");
    }
    if (role == Qt::ToolTipRole && section == CountColumn) {
        return tr("Members on the roll, including sub-organizations");
    }
    return {};
}

Qt::ItemFlags OrganizationTreeModel::flags(const QModelIndex& index) const
{
    const Item* item = itemOf(index);
    if (!item) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item->children.empty()) {
        result |= Qt::ItemNeverHasChildren;
    }
    return result;
}

QHash<int, QByteArray> OrganizationTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(OrgIdRole, "orgId");
    names.insert(CodeRole, "code");
    names.insert(TypeRole, "type");
    names.insert(OwnCountRole, "ownCount");
    names.insert(SubtreeCountRole, "subtreeCount");
    names.insert(DueDaysRole, "dueDays");
    return names;
}
