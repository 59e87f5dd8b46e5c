#include "DueElectionsWidget.h"

#include "DueElectionsModel.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "services/ElectionService.h"
#include "services/OrganizationService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DueElectionsWidget::DueElectionsWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("dueElectionsWidget"));
    m_model = new DueElectionsModel(m_db, this);
    m_asOf = new QLineEdit(Dates::toText(Clock::today()), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    auto* asOfLabel = new QLabel(tr("&As of"), this);
    asOfLabel->setBuddy(m_asOf);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_filter->addItem(tr("Expired and expiring soon"), int(DueElectionsModel::Filter::All));
    m_filter->addItem(tr("Term expired"), int(DueElectionsModel::Filter::Expired));
    m_filter->addItem(tr("Expiring soon"), int(DueElectionsModel::Filter::ExpiringSoon));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dueErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(m_filter);
    bar->addWidget(m_refresh);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scope);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DueElectionsWidget::refresh);
    connect(m_asOf, &QLineEdit::returnPressed, this, &DueElectionsWidget::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DueElectionsWidget::refresh);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit organizationActivated(index.data(DueElectionsModel::OrgIdRole).toLongLong());
    });
    refresh();
}

DueElectionsWidget::~DueElectionsWidget() = default;

void DueElectionsWidget::setRootOrganization(qint64 orgId)
{
    m_rootId = orgId;
    refresh();
}

void DueElectionsWidget::setAsOf(const QDate& date)
{
    m_asOf->setText(Dates::toText(date));
    refresh();
}

QDate DueElectionsWidget::asOf() const
{
    return Dates::parse(m_asOf->text()).value_or(QDate());
}

void DueElectionsWidget::refresh()
{
    const QDate date = asOf();
    if (!date.isValid()) {
        m_error->setText(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(m_asOf->text()));
        m_error->show();
        return;
    }
    const UserContext user = UserContext::localUser();
    QString scope = tr("All organizations");
    if (m_rootId != 0) {
        auto org = OrganizationService(m_db).findById(user, m_rootId);
        scope = org.ok() && org.value() ? tr("%1 and its sub-organizations").arg(org.value()->code) : QString();
    }
    m_scope->setText(scope);
    const auto filter = static_cast<DueElectionsModel::Filter>(m_filter->currentData().toInt());
    const Status loaded = m_model->load(date, m_rootId, filter);
    m_error->setText(loaded.ok() ? QString() : loaded.error().message());
    m_error->setVisible(!loaded.ok());
    auto settings = ElectionService(m_db).settings(user);
    const int months = settings.ok() ? settings->reminderMonths : ElectionSettings().reminderMonths;
    const int expired = m_model->expiredCount();
    m_summary->setText(tr("%1 organization(s): %2 with the term expired, %3 expiring within %4 month(s).")
                           .arg(m_model->rowCount())
                           .arg(expired)
                           .arg(m_model->rowCount() - expired)
                           .arg(months));
    m_view->resizeColumnsToContents();
}
