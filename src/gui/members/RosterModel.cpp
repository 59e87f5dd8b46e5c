#include "RosterModel.h"

#include "core/Dates.h"
#include "core/Vocabulary.h"
#include "gui/common/WorkerPool.h"
#include "store/Database.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

RosterModel::RosterModel(Database& db, UserContext user, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_service(db)
    , m_user(std::move(user))
{
}

RosterModel::~RosterModel()
{
    // The worker uses the database by reference: it must be done before the model (and the
    // database it refers to) can go.
    for (QFuture<void>& future : m_snapshots) {
        future.waitForFinished();
    }
}

void RosterModel::setOrganizations(const QList<qint64>& orgIds)
{
    m_query.allOrganizations = false;
    m_query.orgIds = orgIds;
    reload();
}

void RosterModel::setAllOrganizations()
{
    m_query.allOrganizations = true;
    m_query.orgIds.clear();
    reload();
}

void RosterModel::setSearchText(const QString& text)
{
    if (text == m_query.search) {
        return;
    }
    m_query.search = text;
    reload();
}

void RosterModel::refresh()
{
    reload();
}

void RosterModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_haveIds = false;
    m_nextId = 0;
    m_atEnd = false;
    m_total = -1;
    ++m_generation;
    // Listeners of modelReset and rowsInserted (QAbstractItemModelTester, proxies) may call
    // fetchMore while the signal is still being delivered to others; fetchMore ignores such
    // re-entrant calls (views fetch again after their delayed layout).
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    emit totalCountChanged(m_total);
    startSnapshot();
}

void RosterModel::startSnapshot()
{
    // A snapshot of an older query is not waited for: its result is dropped when it arrives.
    const quint64 generation = m_generation;
    QPointer<RosterModel> self(this);
    m_snapshots.removeIf([](const QFuture<void>& future) { return future.isFinished(); });
    m_snapshots.append(QtConcurrent::run(WorkerPool::instance(),
                                         [self, generation, db = &m_db, user = m_user, query = m_query]() mutable {
                                             auto ids = RosterService(*db).orderedIds(user, query);
                                             db->releaseThreadConnection();
                                             QMetaObject::invokeMethod(
                                                 self.data(),
                                                 [self, generation, ids = std::move(ids)] {
                                                     if (self) {
                                                         self->snapshotFinished(generation, ids);
                                                     }
                                                 },
                                                 Qt::QueuedConnection);
                                         }));
}

void RosterModel::snapshotFinished(quint64 generation, const Result<QList<qint64>>& ids)
{
    if (generation != m_generation) {
        return;
    }
    if (!ids.ok()) {
        m_total = qint64(m_rows.size());
        emit totalCountChanged(m_total);
        emit errorOccurred(ids.error().message());
        return;
    }
    m_ids = *ids;
    m_haveIds = true;
    // The keyset pages read so far follow the same order: continue after them.
    m_nextId = m_rows.size();
    m_total = m_ids.size();
    m_atEnd = m_nextId >= m_ids.size();
    emit totalCountChanged(m_total);
    if (m_rows.isEmpty()) {
        fetchMore({}); // the first page of a query that waited for its snapshot
    }
}

qint64 RosterModel::memberId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RosterRow& r = m_rows[index.row()];
    if (role == MemberIdRole) {
        return r.id;
    }
    if (role == Qt::ToolTipRole && index.column() == OrganizationColumn) {
        return QStringLiteral("%1（%2）").arg(r.orgName, r.orgCode);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case GenderColumn:
        return Vocabulary::genders().label(int(r.gender));
    case IdNumberColumn:
        return r.idNumber;
    case BirthDateColumn:
        return Dates::toText(r.birthDate);
    case CategoryColumn:
        return Vocabulary::memberCategories().label(int(r.category));
    case OrganizationColumn:
        return r.orgName;
    case AdmittedColumn:
        return Dates::toText(r.admittedOn);
    case FullColumn:
        return Dates::toText(r.fullOn);
    case EducationColumn:
        return Vocabulary::educations().label(int(r.education));
    case OccupationColumn:
        return Vocabulary::occupations().label(int(r.occupation));
    case PhoneColumn:
        return r.phone;
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case IdNumberColumn:
        return tr("Citizen ID number");
    case BirthDateColumn:
        return tr("Birth date");
    case CategoryColumn:
        return tr("Category");
    case OrganizationColumn:
        return tr("Organization");
    case AdmittedColumn:
        return tr("Admitted");
    case FullColumn:
        return tr("Full member since");
    case EducationColumn:
        return tr("Education");
    case OccupationColumn:
        return tr("Occupation");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

bool RosterModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && (m_haveIds || keysetIsCheap());
}

bool RosterModel::keysetIsCheap() const
{
    // The whole roll in record order walks the members table in its own order and stops
    // after a page: instant. Any other query (a search, a sort, a subtree) may have to read
    // and sort every match before its first page — that is the worker's snapshot's job.
    return m_query.allOrganizations && m_query.search.isEmpty() && m_query.sortColumn == RosterColumn::Id;
}

void RosterModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_notifying) {
        return;
    }
    Result<QList<RosterRow>> page = QList<RosterRow>();
    if (m_haveIds) {
        const QList<qint64> ids = m_ids.mid(m_nextId, PageSize);
        m_nextId += ids.size();
        page = m_service.rowsByIds(m_user, ids);
        m_atEnd = m_nextId >= m_ids.size();
    } else {
        page = m_service.page(m_user, m_query, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), PageSize);
        // Stop at a short page even if the records changed since the query started.
        m_atEnd = page.ok() && page->size() < PageSize;
    }
    if (!page.ok()) {
        m_atEnd = true;
        emit errorOccurred(page.error().message());
        return;
    }
    QList<RosterRow>& rows = page.value();
    if (rows.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
    m_notifying = false;
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    const RosterColumn sortColumn =
        column >= 0 && column < ColumnCount ? static_cast<RosterColumn>(column) : RosterColumn::Id;
    const bool descending = order == Qt::DescendingOrder;
    if (sortColumn == m_query.sortColumn && descending == m_query.descending) {
        return;
    }
    m_query.sortColumn = sortColumn;
    m_query.descending = descending;
    reload();
}
