#pragma once

#include <QSortFilterProxyModel>

#include <vector>

// Filters an OrganizationTreeModel on name or code (case-insensitive substring). Recursive: an
// organization stays visible when one of its descendants matches, so matches keep their path.
// The matches are computed once per search (and per reload of the model) by the model itself,
// so that filtering 50,000 organizations does not call data() for every row and level.
class OrganizationTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrganizationTreeFilterModel(QObject* parent = nullptr);

    QString searchText() const { return m_text; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    mutable std::vector<bool> m_matches;
    mutable quint64 m_matchesGeneration = 0;
    mutable bool m_matchesValid = false;
};
