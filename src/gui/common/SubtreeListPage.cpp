#include "SubtreeListPage.h"

#include "SubtreeScope.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SubtreeListPage::SubtreeListPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
}

SubtreeListPage::~SubtreeListPage() = default;

void SubtreeListPage::setUpPage(const QList<QWidget*>& controls, QAbstractItemModel* model, const QString& errorName,
                                const QString& viewName)
{
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(errorName);
    m_error->setWordWrap(true);
    m_error->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(viewName);
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    for (QWidget* control : controls) {
        bar->addWidget(control);
    }
    bar->addWidget(m_refresh);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scope);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
}

void SubtreeListPage::setRootOrganization(qint64 orgId)
{
    m_rootId = orgId;
    refresh();
}

void SubtreeListPage::showScope()
{
    m_scope->setText(SubtreeScope::text(m_db, m_rootId));
}

void SubtreeListPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}
