#include "RosterWidget.h"

#include "RosterModel.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/UserContext.h"
#include "gui/common/ListTables.h"
#include "services/OrganizationService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Long enough to skip intermediate keystrokes, short enough to feel immediate.
constexpr int SearchDelayMs = 250;

} // namespace

RosterWidget::RosterWidget(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    m_model = new RosterModel(*m_database, UserContext::localUser(), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rosterSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name, citizen ID number or phone"));
    m_search->setClearButtonEnabled(true);
    m_includeSubtree = new QCheckBox(tr("Include sub-organizations"), this);
    m_includeSubtree->setObjectName(QStringLiteral("includeSubtreeCheck"));
    m_includeSubtree->setChecked(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rosterView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    ListTables::configure(m_view);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Citizen ID numbers are read whole: size their column for 18 characters.
    m_view->setColumnWidth(RosterModel::IdNumberColumn,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("44052419800101001X")) + 24);

    // The column layout (order, widths, hidden columns) is the user's: restored and kept.
    QHeaderView* header = m_view->horizontalHeader();
    m_defaultHeaderState = header->saveState();
    header->restoreState(Settings::value(Settings::Key::RosterHeaderState).toByteArray());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& pos) { columnMenu()->popup(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sectionMoved, this, &RosterWidget::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &RosterWidget::saveColumns);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &RosterWidget::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RosterWidget::applySearch);
    connect(m_includeSubtree, &QCheckBox::toggled, this, &RosterWidget::applyOrganization);
    connect(m_model, &RosterModel::totalCountChanged, this, &RosterWidget::countChanged);
    connect(m_model, &RosterModel::errorOccurred, this, &RosterWidget::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit memberSelected(currentMember()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { emit memberSelected(0); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit memberActivated(index.data(RosterModel::MemberIdRole).toLongLong());
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_includeSubtree);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

RosterWidget::~RosterWidget() = default;

QMenu* RosterWidget::columnMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rosterColumnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column identifies the row: it always stays.
        action->setEnabled(column != RosterModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveColumns();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Reset columns"), this, &RosterWidget::resetColumns);
    return menu;
}

void RosterWidget::resetColumns()
{
    m_view->horizontalHeader()->restoreState(m_defaultHeaderState);
    saveColumns();
}

void RosterWidget::saveColumns()
{
    Settings::setValue(Settings::Key::RosterHeaderState, m_view->horizontalHeader()->saveState());
}

qint64 RosterWidget::currentMember() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RosterModel::MemberIdRole).toLongLong() : 0;
}

void RosterWidget::refresh()
{
    m_model->refresh();
}

void RosterWidget::showOrganization(qint64 orgId)
{
    m_orgId = orgId;
    applyOrganization();
}

void RosterWidget::applyOrganization()
{
    if (m_orgId == 0) {
        m_model->setAllOrganizations();
        return;
    }
    QList<qint64> ids{m_orgId};
    if (m_includeSubtree->isChecked()) {
        OrganizationService orgs(*m_database);
        const auto subtree = orgs.subtreeOn(UserContext::localUser(), m_orgId, Clock::today());
        if (!subtree.ok()) {
            emit errorOccurred(subtree.error().message());
            return;
        }
        ids = *subtree;
    }
    m_model->setOrganizations(ids);
}

void RosterWidget::applySearch()
{
    m_searchDelay->stop();
    if (m_search->text().trimmed() != m_model->searchText()) {
        m_model->setSearchText(m_search->text().trimmed());
    }
}
