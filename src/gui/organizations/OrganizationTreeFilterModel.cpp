#include "OrganizationTreeFilterModel.h"

#include "OrganizationTreeModel.h"

OrganizationTreeFilterModel::OrganizationTreeFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The filter changes only with the search text (a reset below). Dynamic filtering would
    // re-test rows on every dataChanged — the member counts arriving for 50,000 organizations
    // froze the window for a second.
    setDynamicSortFilter(false);
}

void OrganizationTreeFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    // A reset rather than invalidateRowsFilter(): with 50,000 organizations a view takes far
    // longer to follow thousands of row removals and insertions than to rebuild itself
    // (0.7 s against a few milliseconds). The proxy clears its mappings on its own reset.
    beginResetModel();
    m_text = trimmed;
    m_matchesValid = false;
    endResetModel();
}

bool OrganizationTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    const auto* tree = qobject_cast<const OrganizationTreeModel*>(sourceModel());
    const QModelIndex index = sourceModel()->index(sourceRow, OrganizationTreeModel::NameColumn, sourceParent);
    if (!tree) {
        return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
               index.data(OrganizationTreeModel::CodeRole).toString().contains(m_text, Qt::CaseInsensitive);
    }
    if (!m_matchesValid || m_matchesGeneration != tree->generation()) {
        m_matches = tree->searchMatches(m_text);
        m_matchesGeneration = tree->generation();
        m_matchesValid = true;
    }
    const std::size_t slot = OrganizationTreeModel::slotOf(index);
    return slot < m_matches.size() && m_matches[slot];
}
