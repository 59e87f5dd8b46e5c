#include "ElectionsWidget.h"

#include "CommitteeModel.h"
#include "DueElectionsModel.h"
#include "ElectionDialog.h"
#include "ElectionsModel.h"
#include "PostponementDialog.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/UserContext.h"
#include "core/Vocabulary.h"
#include "gui/common/Dialogs.h"
#include "services/ElectionService.h"
#include "services/OrganizationService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ElectionsWidget::ElectionsWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("electionsWidget"));
    m_model = new ElectionsModel(m_db, this);
    m_committee = new CommitteeModel(m_db, this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("electionsTitleLabel"));
    m_termStatus = new QLabel(this);
    m_termStatus->setObjectName(QStringLiteral("termStatusLabel"));
    m_termStatus->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("electionsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto table = [this](QTableView* view, const char* name) {
        view->setObjectName(QLatin1String(name));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    };
    m_view = new QTableView(this);
    table(m_view, "electionsView");
    m_view->setModel(m_model);
    m_committeeView = new QTableView(this);
    table(m_committeeView, "committeeView");
    m_committeeView->setModel(m_committee);

    m_new = new QPushButton(tr("&New election..."), this);
    m_new->setObjectName(QStringLiteral("newElectionButton"));
    m_edit = new QPushButton(tr("&Correct..."), this);
    m_edit->setObjectName(QStringLiteral("editElectionButton"));
    m_edit->setToolTip(tr("Corrects the selected election"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteElectionButton"));
    m_delete->setToolTip(tr("Deletes the selected election and undoes the posts it set"));
    m_postpone = new QPushButton(tr("&Postpone..."), this);
    m_postpone->setObjectName(QStringLiteral("postponeButton"));
    m_postpone->setToolTip(tr("Records an approved postponement of the term election (at most one year)"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_delete, m_postpone}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* committeeTitle = new QLabel(tr("Current committee"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_termStatus);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 2);
    layout->addLayout(buttons);
    layout->addWidget(committeeTitle);
    layout->addWidget(m_committeeView, 1);

    connect(m_new, &QPushButton::clicked, this, &ElectionsWidget::newElection);
    connect(m_edit, &QPushButton::clicked, this, &ElectionsWidget::editSelectedElection);
    connect(m_delete, &QPushButton::clicked, this, &ElectionsWidget::deleteSelectedElection);
    connect(m_postpone, &QPushButton::clicked, this, &ElectionsWidget::postpone);
    connect(m_view, &QTableView::doubleClicked, this, &ElectionsWidget::editSelectedElection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ElectionsWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ElectionsWidget::updateActions);
    updateActions();
}

ElectionsWidget::~ElectionsWidget() = default;

void ElectionsWidget::showOrganization(qint64 orgId)
{
    if (m_electionDialog) {
        m_electionDialog->reject(); // it belongs to the organization shown before
    }
    if (m_postponementDialog) {
        m_postponementDialog->reject();
    }
    m_orgId = orgId;
    m_canElect = false;
    m_title->clear();
    if (orgId != 0) {
        auto found = OrganizationService(m_db).findById(UserContext::localUser(), orgId);
        if (found.ok() && found.value()) {
            const Organization& org = *found.value();
            m_canElect = isGrassroots(org.type) && !(org.dissolvedOn.isValid() && org.dissolvedOn <= Clock::today());
            m_title->setText(tr("Elections of %1").arg(org.code));
            m_new->setToolTip(m_canElect ? QString()
                              : !isGrassroots(org.type)
                                  ? tr("A %1 holds no elections.").arg(Vocabulary::orgTypes().label(int(org.type)))
                                  : tr("The organization is dissolved."));
        }
    }
    refresh();
}

void ElectionsWidget::refresh()
{
    const Status loaded = m_model->setOrganization(m_orgId);
    const Status committee = m_committee->load(m_orgId, Clock::today());
    const Status& failed = !loaded.ok() ? loaded : committee;
    m_error->setText(failed.ok() ? QString() : failed.error().message());
    m_error->setVisible(!failed.ok());
    m_view->resizeColumnsToContents();
    m_committeeView->resizeColumnsToContents();
    updateTermStatus();
    updateActions();
}

void ElectionsWidget::updateTermStatus()
{
    m_hasTerm = false;
    if (m_orgId == 0) {
        m_termStatus->clear();
        return;
    }
    const UserContext user = UserContext::localUser();
    ElectionService service(m_db);
    auto status = service.termStatus(user, m_orgId, Clock::today());
    if (!status.ok()) {
        m_termStatus->setText(status.error().message());
        return;
    }
    if (!status.value()) {
        auto years = service.defaultTermYears(user, m_orgId);
        m_termStatus->setText(years.ok() && !years->has_value()
                                  ? tr("This organization has no elected term.")
                                  : tr("No valid term election and no establishment date are recorded: the next "
                                       "election's date is unknown."));
        return;
    }
    m_hasTerm = true;
    const TermStatus& s = *status.value();
    QString text =
        s.lastElectionId != 0
            ? tr("Current term since %1 (%n year(s)).", nullptr, s.termYears).arg(Dates::toText(s.termStartedOn))
            : tr("No valid term election recorded: the term is counted from the establishment on %1 "
                 "(%n year(s)).",
                 nullptr, s.termYears)
                  .arg(Dates::toText(s.termStartedOn));
    text +=
        u' ' +
        tr("Next election due on %1: %2.").arg(Dates::toText(s.dueOn), DueElectionsModel::statusText(s.daysOverdue));
    if (s.postponed) {
        text += u' ' + tr("Postponed with approval from %1.").arg(Dates::toText(s.expiresOn));
    }
    m_termStatus->setText(text);
}

int ElectionsWidget::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

bool ElectionsWidget::dialogOpen() const
{
    return m_electionDialog || m_postponementDialog;
}

void ElectionsWidget::updateActions()
{
    const bool selected = selectedRow() >= 0;
    m_new->setEnabled(m_canElect && !dialogOpen());
    m_edit->setEnabled(selected && !dialogOpen());
    m_delete->setEnabled(selected && !dialogOpen());
    m_postpone->setEnabled(m_canElect && m_hasTerm && !dialogOpen());
}

template <typename Dialog> Dialog* ElectionsWidget::openDialog(Dialog* dialog, QPointer<Dialog>& slot)
{
    slot = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, &slot] {
        dialog->deleteLater();
        slot = nullptr;
        updateActions();
    });
    updateActions();
    dialog->open();
    return dialog;
}

void ElectionsWidget::changed()
{
    refresh();
    emit electionsChanged(m_orgId);
}

ElectionDialog* ElectionsWidget::newElection()
{
    if (!m_canElect || dialogOpen()) {
        return nullptr;
    }
    auto* dialog = new ElectionDialog(m_db, this);
    dialog->startNew(m_orgId);
    connect(dialog, &ElectionDialog::electionSaved, this, [this](qint64 id) {
        refresh();
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_view->selectRow(row);
        }
        emit electionsChanged(m_orgId);
    });
    return openDialog(dialog, m_electionDialog);
}

ElectionDialog* ElectionsWidget::editSelectedElection()
{
    const int row = selectedRow();
    if (row < 0 || dialogOpen()) {
        return nullptr;
    }
    auto* dialog = new ElectionDialog(m_db, this);
    dialog->startEdit(m_model->election(row).id);
    connect(dialog, &ElectionDialog::electionSaved, this, &ElectionsWidget::changed);
    return openDialog(dialog, m_electionDialog);
}

bool ElectionsWidget::deleteSelectedElection()
{
    const int row = selectedRow();
    if (row < 0 || dialogOpen()) {
        return false;
    }
    const Election& e = m_model->election(row);
    if (!Dialogs::question(this, tr("Delete election"),
                           tr("Delete the %1 of %2? The posts it set are undone.")
                               .arg(ElectionRules::kinds().label(int(e.kind)), Dates::toText(e.heldOn)))) {
        return false;
    }
    if (auto removed = ElectionService(m_db).remove(UserContext::localUser(), e.id); !removed.ok()) {
        Dialogs::critical(this, tr("Delete election"), removed.error().message());
        return false;
    }
    changed();
    return true;
}

PostponementDialog* ElectionsWidget::postpone()
{
    if (!m_canElect || !m_hasTerm || dialogOpen()) {
        return nullptr;
    }
    auto* dialog = new PostponementDialog(m_db, this);
    dialog->start(m_orgId);
    connect(dialog, &PostponementDialog::postponementSaved, this, &ElectionsWidget::changed);
    return openDialog(dialog, m_postponementDialog);
}
