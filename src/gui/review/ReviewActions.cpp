#include "ReviewActions.h"

#include "ReviewCorrectionsWidget.h"
#include "ReviewGridModel.h"
#include "ReviewGridWidget.h"
#include "ReviewOverviewWidget.h"
#include "ReviewSettingsDialog.h"
#include "core/Clock.h"
#include "gui/common/FeatureDialog.h"

#include <QAction>
#include <QTableView>

ReviewActions::ReviewActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_review = new QAction(tr("Democratic &review…"), this);
    m_review->setObjectName(QStringLiteral("actionReview"));
    connect(m_review, &QAction::triggered, this, &ReviewActions::showReview);
    auto* overview = new QAction(tr("Review &overview…"), this);
    overview->setObjectName(QStringLiteral("actionReviewOverview"));
    connect(overview, &QAction::triggered, this, &ReviewActions::showOverview);
    auto* corrections = new QAction(tr("Correction &deadlines…"), this);
    corrections->setObjectName(QStringLiteral("actionReviewCorrections"));
    connect(corrections, &QAction::triggered, this, &ReviewActions::showCorrections);
    auto* settings = new QAction(tr("Review r&ules…"), this);
    settings->setObjectName(QStringLiteral("actionReviewSettings"));
    connect(settings, &QAction::triggered, this, &ReviewActions::showSettings);
    m_all = {m_review, overview, corrections, settings};
    setOrganization(0);
}

void ReviewActions::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    setOrganization(0);
}

void ReviewActions::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
    m_review->setEnabled(orgId != 0);
}

void ReviewActions::showReview()
{
    showReviewOf(m_orgId, Clock::today().year());
}

void ReviewActions::showReviewOf(qint64 orgId, int year, qint64 memberId)
{
    if (!m_database || orgId == 0) {
        return;
    }
    auto* grid = new ReviewGridWidget(*m_database);
    grid->showReview(orgId, year);
    if (memberId != 0) {
        const int row = grid->model()->rowOfMember(memberId);
        if (row >= 0) {
            grid->view()->setCurrentIndex(grid->model()->index(row, ReviewGridModel::ResultColumn));
        }
    }
    connect(grid, &ReviewGridWidget::reviewChanged, this, &ReviewActions::reviewChanged);
    connect(grid, &ReviewGridWidget::membershipChanged, this, &ReviewActions::membershipChanged);
    FeatureDialog::exec(m_window, grid, tr("Democratic review"), QStringLiteral("reviewWindow"));
}

void ReviewActions::showOverview()
{
    if (!m_database) {
        return;
    }
    auto* view = new ReviewOverviewWidget(*m_database);
    // A double click opens that organization's review (the overview reads again after it).
    connect(view, &ReviewOverviewWidget::reviewActivated, this, [this, view](qint64 orgId, int year) {
        showReviewOf(orgId, year);
        view->refresh();
    });
    FeatureDialog::exec(m_window, view, tr("Democratic review overview"), QStringLiteral("reviewOverviewWindow"));
}

void ReviewActions::showCorrections()
{
    if (!m_database) {
        return;
    }
    auto* view = new ReviewCorrectionsWidget(*m_database);
    connect(view, &ReviewCorrectionsWidget::reviewActivated, this,
            [this, view](qint64 orgId, int year, qint64 memberId) {
                showReviewOf(orgId, year, memberId);
                view->refresh();
            });
    FeatureDialog::exec(m_window, view, tr("Correction deadlines"), QStringLiteral("reviewCorrectionsWindow"));
}

void ReviewActions::showSettings()
{
    if (!m_database) {
        return;
    }
    ReviewSettingsDialog dialog(*m_database, m_window);
    if (!dialog.load()) {
        return;
    }
    connect(&dialog, &ReviewSettingsDialog::settingsSaved, this, [this] { emit reviewChanged(m_orgId); });
    dialog.exec();
}
