#pragma once

#include "core/Result.h"
#include "gui/common/RecordListModel.h"
#include "services/ReviewService.h"

#include <QFuture>
#include <QList>

#include <optional>

class Database;

// The department's overview of the democratic review for a year (ReviewService::overview):
// every committee, general branch and branch of a subtree that held a review or has members on
// its own roll, with its review (its own, or one of an organization above that covered it),
// the counts over the members on its own roll and the participation rate. Organizations
// without review are red.
//
// Columns: code, name, type, status ("Held on ...", "Covered by COM1's review on ...", "Not
// held"), members on the roll, exempt, took part, participation rate (two decimals), excellent,
// unqualified, warning (excellent above the share).
//
// A province's overview reads every roll (seconds at a million members): loadInBackground()
// reads it on a worker (WorkerPool, its own connection) and finished() announces it; the
// filter applies to the rows in memory.
class ReviewOverviewModel : public RecordListModel<ReviewService::OverviewRow>
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn = 0,
        NameColumn,
        TypeColumn,
        StatusColumn,
        OnRollColumn,
        ExemptColumn,
        ParticipatedColumn,
        RateColumn,
        ExcellentColumn,
        UnqualifiedColumn,
        WarningColumn,
        ColumnCount
    };
    enum Role {
        OrgIdRole = Qt::UserRole + 1, // qint64
        CampaignIdRole,               // qint64: its own review, 0 when none
        HeldRole,                     // bool: held its own review
        CoveredRole,                  // bool: its own review or one above
    };
    enum class Filter { All, Held, NotHeld, NotCovered };

    explicit ReviewOverviewModel(Database& db, QObject* parent = nullptr);
    ~ReviewOverviewModel() override;

    // Loads the year's overview for the subtree of rootOrgId (0 = everywhere) at once; on
    // failure the model is empty and the error returned.
    Status load(int year, qint64 rootOrgId = 0);
    // The same on a worker: the rows stay until finished(); a newer load supersedes it.
    void loadInBackground(int year, qint64 rootOrgId = 0);
    bool isLoading() const { return m_loading; }
    // The failure of the last load, if any.
    const std::optional<Error>& error() const { return m_error; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    const ReviewService::OverviewRow& overviewRow(int row) const { return m_rows.at(row); }
    // Over every organization loaded, whatever the filter.
    int heldCount() const { return m_held; }
    int coveredCount() const { return m_covered; } // by a review above, without their own
    int notCoveredCount() const { return m_notCovered; }
    ReviewTally total() const { return m_total; } // of the organizations covered

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

signals:
    // A background load ended (error() says whether it failed).
    void finished();

private:
    void apply(const Result<QList<ReviewService::OverviewRow>>& overview);
    void applyFilter();

    Database& m_db;
    QList<ReviewService::OverviewRow> m_all; // everything loaded; m_rows: m_all through the filter
    Filter m_filter = Filter::All;
    std::optional<Error> m_error;
    bool m_loading = false;
    quint64 m_generation = 0;
    QFuture<void> m_worker;
    int m_held = 0;
    int m_covered = 0;
    int m_notCovered = 0;
    ReviewTally m_total;
};
