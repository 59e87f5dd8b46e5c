#include "ReviewOverviewWidget.h"

#include "ReviewOverviewModel.h"
#include "core/Clock.h"
#include "core/Statistics.h"
#include "core/UserContext.h"
#include "gui/common/ListTables.h"
#include "services/OrganizationService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ReviewOverviewWidget::ReviewOverviewWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("reviewOverviewWidget"));
    m_model = new ReviewOverviewModel(m_db, this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(1949, Clock::today().year());
    m_year->setValue(Clock::today().year());
    auto* yearLabel = new QLabel(tr("&Year reviewed"), this);
    yearLabel->setBuddy(m_year);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_filter->addItem(tr("All organizations"), int(ReviewOverviewModel::Filter::All));
    m_filter->addItem(tr("Held their own review"), int(ReviewOverviewModel::Filter::Held));
    m_filter->addItem(tr("Without their own review"), int(ReviewOverviewModel::Filter::NotHeld));
    m_filter->addItem(tr("Not covered by any review"), int(ReviewOverviewModel::Filter::NotCovered));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("overviewErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("overviewView"));
    m_view->setModel(m_model);
    ListTables::configure(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_filter);
    bar->addWidget(m_refresh);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scope);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ReviewOverviewWidget::refresh);
    connect(m_year, &QSpinBox::valueChanged, this, &ReviewOverviewWidget::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(static_cast<ReviewOverviewModel::Filter>(m_filter->currentData().toInt()));
        m_view->resizeColumnsToContents();
    });
    connect(m_model, &ReviewOverviewModel::finished, this, &ReviewOverviewWidget::showLoaded);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit reviewActivated(index.data(ReviewOverviewModel::OrgIdRole).toLongLong(), year());
    });
    refresh();
}

ReviewOverviewWidget::~ReviewOverviewWidget() = default;

void ReviewOverviewWidget::setRootOrganization(qint64 orgId)
{
    m_rootId = orgId;
    refresh();
}

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
    const UserContext user = UserContext::localUser();
    QString scope = tr("All organizations");
    if (m_rootId != 0) {
        auto org = OrganizationService(m_db).findById(user, m_rootId);
        scope = org.ok() && org.value() ? tr("%1 and its sub-organizations").arg(org.value()->code) : QString();
    }
    m_scope->setText(scope);
    m_summary->setText(tr("Reading the reviews of %1…").arg(year()));
    m_model->loadInBackground(year(), m_rootId);
}

void ReviewOverviewWidget::showLoaded()
{
    const std::optional<Error>& error = m_model->error();
    m_error->setText(error ? error->message() : QString());
    m_error->setVisible(error.has_value());
    const ReviewTally total = m_model->total();
    const int all = m_model->heldCount() + m_model->coveredCount() + m_model->notCoveredCount();
    m_summary->setText(tr("%1 organization(s): %2 held their own review of %3, %4 covered by a review above, %5 "
                          "without review. %6 of %7 members to be reviewed took part (%8).")
                           .arg(all)
                           .arg(m_model->heldCount())
                           .arg(year())
                           .arg(m_model->coveredCount())
                           .arg(m_model->notCoveredCount())
                           .arg(total.participated)
                           .arg(total.eligible())
                           .arg(Statistics::rateText(total.participated, total.eligible())));
    m_view->resizeColumnsToContents();
}
