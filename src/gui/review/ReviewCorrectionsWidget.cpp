#include "ReviewCorrectionsWidget.h"

#include "ReviewCorrectionsModel.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "gui/common/ListTables.h"
#include "services/OrganizationService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ReviewCorrectionsWidget::ReviewCorrectionsWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("reviewCorrectionsWidget"));
    m_model = new ReviewCorrectionsModel(m_db, this);
    m_asOf = new QLineEdit(Dates::toText(Clock::today()), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    auto* asOfLabel = new QLabel(tr("&As of"), this);
    asOfLabel->setBuddy(m_asOf);
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("withinSpin"));
    m_within->setRange(0, 366);
    m_within->setValue(30);
    m_within->setSuffix(tr(" day(s)"));
    auto* withinLabel = new QLabel(tr("Deadlines &within"), this);
    withinLabel->setBuddy(m_within);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("correctionsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("correctionsView"));
    m_view->setModel(m_model);
    ListTables::configure(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(withinLabel);
    bar->addWidget(m_within);
    bar->addWidget(m_refresh);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scope);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ReviewCorrectionsWidget::refresh);
    connect(m_asOf, &QLineEdit::returnPressed, this, &ReviewCorrectionsWidget::refresh);
    connect(m_within, &QSpinBox::valueChanged, this, &ReviewCorrectionsWidget::refresh);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit reviewActivated(index.data(ReviewCorrectionsModel::CampaignOrgIdRole).toLongLong(),
                             index.data(ReviewCorrectionsModel::YearRole).toInt(),
                             index.data(ReviewCorrectionsModel::MemberIdRole).toLongLong());
    });
    refresh();
}

ReviewCorrectionsWidget::~ReviewCorrectionsWidget() = default;

void ReviewCorrectionsWidget::setRootOrganization(qint64 orgId)
{
    m_rootId = orgId;
    refresh();
}

void ReviewCorrectionsWidget::setAsOf(const QDate& date)
{
    m_asOf->setText(Dates::toText(date));
    refresh();
}

QDate ReviewCorrectionsWidget::asOf() const
{
    return Dates::parse(m_asOf->text()).value_or(QDate());
}

void ReviewCorrectionsWidget::refresh()
{
    const QDate date = asOf();
    if (!date.isValid()) {
        m_error->setText(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(m_asOf->text()));
        m_error->show();
        return;
    }
    QString scope = tr("All organizations");
    if (m_rootId != 0) {
        auto org = OrganizationService(m_db).findById(UserContext::localUser(), m_rootId);
        scope = org.ok() && org.value() ? tr("%1 and its sub-organizations").arg(org.value()->code) : QString();
    }
    m_scope->setText(scope);
    const Status loaded = m_model->load(date, m_within->value(), m_rootId);
    m_error->setText(loaded.ok() ? QString() : loaded.error().message());
    m_error->setVisible(!loaded.ok());
    const int overdue = m_model->overdueCount();
    m_summary->setText(tr("%1 correction(s) not yet closed: %2 past the deadline, %3 due within %4 day(s).")
                           .arg(m_model->rowCount())
                           .arg(overdue)
                           .arg(m_model->rowCount() - overdue)
                           .arg(m_within->value()));
    m_view->resizeColumnsToContents();
}
