#include "ReviewOverviewWidget.h"

#include "ReviewOverviewModel.h"
#include "core/Statistics.h"
#include "gui/common/ListTables.h"
#include "gui/common/YearSpin.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

ReviewOverviewWidget::ReviewOverviewWidget(Database& db, QWidget* parent)
    : SubtreeListPage(db, parent)
{
    setObjectName(QStringLiteral("reviewOverviewWidget"));
    m_model = new ReviewOverviewModel(db, this);
    m_year = YearSpin::create(this);
    auto* yearLabel = new QLabel(tr("&Year reviewed"), this);
    yearLabel->setBuddy(m_year);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_filter->addItem(tr("All organizations"), int(ReviewOverviewModel::Filter::All));
    m_filter->addItem(tr("Held their own review"), int(ReviewOverviewModel::Filter::Held));
    m_filter->addItem(tr("Without their own review"), int(ReviewOverviewModel::Filter::NotHeld));
    m_filter->addItem(tr("Not covered by any review"), int(ReviewOverviewModel::Filter::NotCovered));
    setUpPage({yearLabel, m_year, m_filter}, m_model, QStringLiteral("overviewErrorLabel"),
              QStringLiteral("overviewView"));
    ListTables::configure(view());

    connect(m_year, &QSpinBox::valueChanged, this, &ReviewOverviewWidget::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(static_cast<ReviewOverviewModel::Filter>(m_filter->currentData().toInt()));
        view()->resizeColumnsToContents();
    });
    connect(m_model, &ReviewOverviewModel::finished, this, &ReviewOverviewWidget::showLoaded);
    connect(view(), &QTableView::activated, this, [this](const QModelIndex& index) {
        emit reviewActivated(index.data(ReviewOverviewModel::OrgIdRole).toLongLong(), year());
    });
    refresh();
}

ReviewOverviewWidget::~ReviewOverviewWidget() = default;

void ReviewOverviewWidget::setYear(int year)
{
    const QSignalBlocker blocker(m_year);
    m_year->setValue(year);
    refresh();
}

int ReviewOverviewWidget::year() const
{
    return m_year->value();
}

void ReviewOverviewWidget::refresh()
{
    showScope();
    summaryLabel()->setText(tr("Reading the reviews of %1…").arg(year()));
    m_model->loadInBackground(year(), rootOrganization());
}

void ReviewOverviewWidget::showLoaded()
{
    const std::optional<Error>& error = m_model->error();
    showError(error ? error->message() : QString());
    const ReviewTally total = m_model->total();
    const int all = m_model->heldCount() + m_model->coveredCount() + m_model->notCoveredCount();
    summaryLabel()->setText(tr("%1 organization(s): %2 held their own review of %3, %4 covered by a review above, %5 "
                               "without review. %6 of %7 members to be reviewed took part (%8).")
                                .arg(all)
                                .arg(m_model->heldCount())
                                .arg(year())
                                .arg(m_model->coveredCount())
                                .arg(m_model->notCoveredCount())
                                .arg(total.participated)
                                .arg(total.eligible())
                                .arg(Statistics::rateText(total.participated, total.eligible())));
    view()->resizeColumnsToContents();
}
