#include "PostsWidget.h"

#include "PostDialog.h"
#include "PostsModel.h"
#include "core/Clock.h"
#include "core/UserContext.h"
#include "gui/common/ListTables.h"
#include "services/OrganizationService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PostsWidget::PostsWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("postsWidget"));
    m_model = new PostsModel(m_db, this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("postsTitleLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("postsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("postsView"));
    m_view->setModel(m_model);
    ListTables::configure(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PostsModel::MemberColumn, QHeaderView::Stretch);
    m_assign = new QPushButton(tr("&Assign post..."), this);
    m_assign->setObjectName(QStringLiteral("assignPostButton"));
    m_end = new QPushButton(tr("&End post..."), this);
    m_end->setObjectName(QStringLiteral("endPostButton"));
    m_end->setToolTip(tr("Ends the selected post on a date"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_end);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, &PostsWidget::assignPost);
    connect(m_end, &QPushButton::clicked, this, &PostsWidget::endSelectedPost);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PostsWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PostsWidget::updateActions);
    updateActions();
}

PostsWidget::~PostsWidget() = default;

void PostsWidget::showOrganization(qint64 orgId)
{
    if (m_dialog) {
        m_dialog->reject(); // it belongs to the organization shown before
    }
    m_orgId = orgId;
    m_canAssign = false;
    m_title->clear();
    if (orgId != 0) {
        auto found = OrganizationService(m_db).findById(UserContext::localUser(), orgId);
        if (found.ok() && found.value()) {
            const Organization& org = *found.value();
            // Posts belong to committees, general branches and branches that still exist.
            m_canAssign =
                org.type != OrgType::Group && !(org.dissolvedOn.isValid() && org.dissolvedOn <= Clock::today());
            m_title->setText(tr("Posts of %1").arg(org.code));
            m_assign->setToolTip(m_canAssign                  ? QString()
                                 : org.type == OrgType::Group ? tr("A party group has no committee posts.")
                                                              : tr("The organization is dissolved."));
        }
    }
    refresh();
}

void PostsWidget::refresh()
{
    const Status loaded = m_model->setOrganization(m_orgId);
    m_error->setText(loaded.ok() ? QString() : loaded.error().message());
    m_error->setVisible(!loaded.ok());
    m_view->resizeColumnsToContents();
    updateActions();
}

int PostsWidget::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void PostsWidget::updateActions()
{
    const int row = selectedRow();
    m_assign->setEnabled(m_canAssign && !m_dialog);
    m_end->setEnabled(row >= 0 && !m_dialog && m_model->index(row, 0).data(PostsModel::CurrentRole).toBool());
}

void PostsWidget::openDialogFor(PostDialog* dialog)
{
    m_dialog = dialog;
    connect(dialog, &PostDialog::postSaved, this, [this] {
        refresh();
        emit postsChanged(m_orgId);
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        dialog->deleteLater();
        m_dialog = nullptr;
        updateActions();
    });
    updateActions();
    dialog->open(); // window-modal, does not block: the caller (and a test) drives it
}

PostDialog* PostsWidget::assignPost()
{
    if (!m_canAssign || m_dialog) {
        return nullptr;
    }
    auto* dialog = new PostDialog(m_db, this);
    dialog->startAssign(m_orgId);
    openDialogFor(dialog);
    return dialog;
}

PostDialog* PostsWidget::endSelectedPost()
{
    const int row = selectedRow();
    if (row < 0 || m_dialog || !m_model->index(row, 0).data(PostsModel::CurrentRole).toBool()) {
        return nullptr;
    }
    auto* dialog = new PostDialog(m_db, this);
    dialog->startEnd(m_model->post(row));
    openDialogFor(dialog);
    return dialog;
}
