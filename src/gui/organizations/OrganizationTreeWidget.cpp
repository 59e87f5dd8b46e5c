#include "OrganizationTreeWidget.h"

#include "OrganizationTreeFilterModel.h"
#include "OrganizationTreeModel.h"
#include "core/Clock.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int SearchDelayMs = 200;

} // namespace

OrganizationTreeWidget::OrganizationTreeWidget(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_model(new OrganizationTreeModel(std::move(database), this))
    , m_proxy(new OrganizationTreeFilterModel(this))
{
    setObjectName(QStringLiteral("organizationTreeWidget"));
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orgSearchEdit"));
    m_search->setPlaceholderText(tr("Search organizations"));
    m_search->setToolTip(tr("Filter the tree by organization name or code"));
    m_search->setClearButtonEnabled(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("orgTreeError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("orgTreeView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(OrganizationTreeModel::NameColumn, QHeaderView::Stretch);
    // A fixed width for seven digits, not ResizeToContents: that measures every expanded row
    // whenever a count changes, and the counts of 50,000 organizations arrive at once.
    m_view->header()->setSectionResizeMode(OrganizationTreeModel::CountColumn, QHeaderView::Fixed);
    m_view->header()->resizeSection(OrganizationTreeModel::CountColumn,
                                    m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &OrganizationTreeWidget::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });

    reload();
}

OrganizationTreeWidget::~OrganizationTreeWidget() = default;

qint64 OrganizationTreeWidget::currentOrganization() const
{
    return m_current;
}

void OrganizationTreeWidget::clearOrganization()
{
    m_quiet = true;
    m_view->setCurrentIndex({});
    m_view->clearSelection();
    m_quiet = false;
    m_current = 0;
    emit organizationSelected(0);
}

bool OrganizationTreeWidget::selectOrganization(qint64 orgId)
{
    const QModelIndex source = m_model->indexOf(orgId);
    if (!source.isValid()) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_search->clear();
        m_searchTimer->stop();
        applyFilter();
        index = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void OrganizationTreeWidget::reload(const QDate& date)
{
    const qint64 previous = m_current;
    {
        // The reset clears the view's current index; that is not a choice of the user.
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        const Status loaded = m_model->reload(date.isValid() ? date : Clock::today());
        m_error->setText(loaded.ok() ? QString() : loaded.error().message());
        m_error->setVisible(!loaded.ok());
        if (m_proxy->searchText().isEmpty()) {
            expandDefault();
        } else {
            m_view->expandAll();
        }
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(previous));
    if (previous != 0 && index.isValid()) {
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else if (previous != 0 && !m_model->indexOf(previous).isValid()) {
        // The organization did not exist on that date.
        m_current = 0;
        emit organizationSelected(0);
    }
}

void OrganizationTreeWidget::applyFilter()
{
    const QString text = m_search->text();
    if (text.trimmed() == m_proxy->searchText()) {
        return;
    }
    {
        // Rows removed by the filter move the view's current index; keep the organization the
        // user chose instead of announcing whatever row happens to become current.
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        m_proxy->setSearchText(text);
        if (m_proxy->searchText().isEmpty()) {
            expandDefault();
        } else {
            m_view->expandAll();
        }
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(m_current));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        } else {
            m_view->selectionModel()->clear();
        }
    }
}

void OrganizationTreeWidget::expandDefault()
{
    m_view->collapseAll();
    m_view->expandToDepth(1); // the roots and their children are open
}

void OrganizationTreeWidget::onCurrentChanged(const QModelIndex& current)
{
    if (m_quiet || !current.isValid()) {
        return;
    }
    const qint64 orgId = current.data(OrganizationTreeModel::OrgIdRole).toLongLong();
    if (orgId != 0 && orgId != m_current) {
        m_current = orgId;
        emit organizationSelected(orgId);
    }
}
