#include "ReviewOverviewModel.h"

#include "core/Dates.h"
#include "core/Statistics.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/TextColors.h"
#include "gui/common/WorkerPool.h"
#include "store/Database.h"

#include <QColor>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

ReviewOverviewModel::ReviewOverviewModel(Database& db, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_db(db)
{
}

ReviewOverviewModel::~ReviewOverviewModel()
{
    // The worker reads through m_db, which the owner keeps only as long as this model.
    m_worker.waitForFinished();
}

Status ReviewOverviewModel::load(int year, qint64 rootOrgId)
{
    ++m_generation;
    m_loading = false;
    apply(ReviewService(m_db).overview(UserContext::localUser(), year, rootOrgId));
    if (m_error) {
        return *m_error;
    }
    return {};
}

void ReviewOverviewModel::loadInBackground(int year, qint64 rootOrgId)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    QPointer<ReviewOverviewModel> self(this);
    Database* db = &m_db;
    const auto work = [self, db, generation, year, rootOrgId] {
        auto overview = ReviewService(*db).overview(UserContext::localUser(), year, rootOrgId);
        db->releaseThreadConnection();
        const auto deliver = [self, generation, overview = std::move(overview)] {
            if (self && self->m_generation == generation) {
                self->m_loading = false;
                self->apply(overview);
                emit self->finished();
            }
        };
        QMetaObject::invokeMethod(self.data(), deliver, Qt::QueuedConnection);
    };
    // One worker at a time: a superseded load finishes first (its rows are dropped).
    QFuture<void> previous = m_worker;
    m_worker = QtConcurrent::run(WorkerPool::instance(), [previous, work]() mutable {
        previous.waitForFinished();
        work();
    });
}

void ReviewOverviewModel::apply(const Result<QList<ReviewService::OverviewRow>>& overview)
{
    m_all = overview.ok() ? *overview : QList<ReviewService::OverviewRow>();
    m_error = overview.ok() ? std::optional<Error>() : std::optional<Error>(overview.error());
    m_held = m_covered = m_notCovered = 0;
    m_total = ReviewTally();
    for (const ReviewService::OverviewRow& row : std::as_const(m_all)) {
        m_held += row.held() ? 1 : 0;
        m_covered += row.covered() && !row.held() ? 1 : 0;
        m_notCovered += row.covered() ? 0 : 1;
        if (row.covered()) {
            const ReviewTally& t = row.tally;
            m_total.onRoll += t.onRoll;
            m_total.exempt += t.exempt;
            m_total.participated += t.participated;
            m_total.excellent += t.excellent;
            m_total.qualified += t.qualified;
            m_total.basicallyQualified += t.basicallyQualified;
            m_total.unqualified += t.unqualified;
            m_total.absent += t.absent;
            m_total.notRecorded += t.notRecorded;
            m_total.handled += t.handled;
        }
    }
    applyFilter();
}

void ReviewOverviewModel::setFilter(Filter filter)
{
    m_filter = filter;
    applyFilter();
}

void ReviewOverviewModel::applyFilter()
{
    QList<ReviewService::OverviewRow> rows;
    for (const ReviewService::OverviewRow& row : std::as_const(m_all)) {
        const bool keep = m_filter == Filter::All || (m_filter == Filter::Held && row.held()) ||
                          (m_filter == Filter::NotHeld && !row.held()) ||
                          (m_filter == Filter::NotCovered && !row.covered());
        if (keep) {
            rows.append(row);
        }
    }
    setRecords(std::move(rows));
}

QVariant ReviewOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!isRecordIndex(index)) {
        return {};
    }
    const ReviewService::OverviewRow& r = m_rows.at(index.row());
    const ReviewTally& t = r.tally;
    switch (role) {
    case OrgIdRole:
        return r.orgId;
    case CampaignIdRole:
        return r.campaignId;
    case HeldRole:
        return r.held();
    case CoveredRole:
        return r.covered();
    case Qt::ForegroundRole:
        if (!r.covered() || (index.column() == WarningColumn && !r.warning.isEmpty())) {
            return TextColors::error();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= OnRollColumn && index.column() <= UnqualifiedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == WarningColumn ? QVariant(r.warning) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return r.code;
        case NameColumn:
            return r.name;
        case TypeColumn:
            return Vocabulary::orgTypes().label(int(r.type));
        case StatusColumn:
            if (r.held()) {
                return tr("Held on %1").arg(Dates::toText(r.heldOn));
            }
            if (r.covered()) {
                return tr("Covered by %1's review on %2").arg(r.coveredByCode, Dates::toText(r.coveredOn));
            }
            return tr("Not held");
        case OnRollColumn:
            return t.onRoll;
        case ExemptColumn:
            return r.covered() ? QVariant(t.exempt) : QVariant();
        case ParticipatedColumn:
            return r.covered() ? QVariant(t.participated) : QVariant();
        case RateColumn:
            return r.covered() ? Statistics::rateText(t.participated, t.eligible()) : QString();
        case ExcellentColumn:
            return r.covered() ? QVariant(t.excellent) : QVariant();
        case UnqualifiedColumn:
            return r.covered() ? QVariant(t.unqualified) : QVariant();
        case WarningColumn:
            return r.warning;
        default:
            return {};
        }
    default:
        return {};
    }
}

QStringList ReviewOverviewModel::columnTitles() const
{
    return {tr("Code"),      tr("Organization"),       tr("Type"),      tr("Review"),      tr("Members"), tr("Exempt"),
            tr("Took part"), tr("Participation rate"), tr("Excellent"), tr("Unqualified"), tr("Warning")};
}
