#include "AuditModel.h"

AuditModel::AuditModel(Database& db, const UserContext& user, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(db)
    , m_user(user)
{
    m_atEnd = true; // nothing shown before the first setFilter()
}

void AuditModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.beforeId = 0;
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    // Views (and QAbstractItemModelTester) may call fetchMore while a reset or an insertion is
    // still being announced; rows cannot be inserted then. The first page is read right after.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    fetchMore({});
}

void AuditModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    m_error.clear();
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::text(const AuditRow& row, int column) const
{
    switch (column) {
    case Time:
        return row.entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Login:
        return row.entry.login;
    case Action:
        return AuditService::actionName(row.entry.action);
    case Record:
        return row.record;
    case Field:
        return row.field;
    case Before:
        return row.before;
    case After:
        return row.after;
    default:
        return {};
    }
}

QString AuditModel::storedText(const AuditRow& row, int column) const
{
    const AuditEntry& e = row.entry;
    switch (column) {
    case Time:
        return e.at.toUTC().toString(Qt::ISODateWithMs);
    case Action:
        return e.action;
    case Record:
        return e.recordId == 0 ? e.recordKind : QStringLiteral("%1 #%2").arg(e.recordKind).arg(e.recordId);
    case Field:
        return e.field;
    case Before:
        return row.storedBefore;
    case After:
        return row.storedAfter;
    default:
        return {};
    }
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // A record's snapshot can be long: the cell shows its start, the details pane all of it.
        const QString value = text(row, index.column());
        return value.size() > 200 ? value.left(200) + QChar(0x2026) : value;
    }
    case Qt::ToolTipRole: {
        // What is stored (the column's name, the code, the id), for whoever must match it.
        const QString stored = storedText(row, index.column());
        return stored.isEmpty() ? QVariant() : QVariant(stored);
    }
    case Qt::UserRole:
        return row.entry.id;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Login:
        return tr("User");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    AuditFilter page = m_filter;
    page.beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().entry.id;
    auto rows = m_service.rows(m_user, page, PageSize);
    if (!rows.ok()) {
        m_atEnd = true;
        m_error = rows.error().message();
        emit failed(m_error);
        return;
    }
    m_atEnd = rows->size() < PageSize;
    if (rows->isEmpty()) {
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
    m_notifying = false;
}
