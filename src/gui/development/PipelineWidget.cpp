#include "PipelineWidget.h"

#include "ApplicantDialog.h"
#include "ApplicantListModel.h"
#include "DueListModel.h"
#include "core/Clock.h"
#include "core/UserContext.h"
#include "gui/common/ListTables.h"
#include "gui/common/SubtreeScope.h"
#include "gui/common/TextColors.h"
#include "gui/common/WorkerPool.h"
#include "services/OrganizationService.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QColor>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

struct PipelineWidget::Snapshot
{
    std::optional<Error> error;
    DevelopmentService::Pipeline pipeline;
    QList<Applicant> applicants;
    QHash<qint64, QString> orgNames;
    QDate today;
};

namespace {

// A figure with its caption under it: the four stage counts read at a glance.
QLabel* addCount(QHBoxLayout* row, const QString& caption, const char* objectName, QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* number = new QLabel(frame);
    number->setObjectName(QLatin1String(objectName));
    number->setAlignment(Qt::AlignCenter);
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    number->setFont(font);
    auto* text = new QLabel(caption, frame);
    text->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(number);
    layout->addWidget(text);
    row->addWidget(frame, 1);
    return number;
}

// The names today of the organizations the lists mention (a branch's pipeline names a few).
QHash<qint64, QString> organizationNames(Database& db, const QSet<qint64>& ids, const QDate& today)
{
    const UserContext user = UserContext::localUser();
    OrganizationService organizations(db);
    QHash<qint64, QString> names;
    for (const qint64 id : ids) {
        if (id == 0) {
            continue;
        }
        const auto name = organizations.nameOn(user, id, today);
        if (name.ok() && !name->isEmpty()) {
            names.insert(id, *name);
        } else if (const auto org = organizations.findById(user, id); org.ok() && org.value()) {
            names.insert(id, org.value()->name); // dissolved meanwhile: its last recorded name
        }
    }
    return names;
}

} // namespace

PipelineWidget::PipelineWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("pipelineWidget"));
    m_talks = new DueListModel(DueListModel::Kind::Talk, this);
    m_approvals = new DueListModel(DueListModel::Kind::Approval, this);
    m_probations = new DueListModel(DueListModel::Kind::Probation, this);
    m_applicants = new ApplicantListModel(this);

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();

    auto* counts = new QHBoxLayout;
    m_applicantsCount = addCount(counts, tr("Applicants"), "applicantsCount", this);
    m_activistsCount = addCount(counts, tr("Activists"), "activistsCount", this);
    m_targetsCount = addCount(counts, tr("Development targets"), "targetsCount", this);
    m_probationaryCount = addCount(counts, tr("Probationary members"), "probationaryCount", this);

    m_dueTabs = new QTabWidget(this);
    m_dueTabs->setObjectName(QStringLiteral("dueTabs"));
    m_talksView = makeDueView(m_talks, "talksView");
    m_approvalsView = makeDueView(m_approvals, "approvalsView");
    m_probationsView = makeDueView(m_probations, "probationsView");
    m_dueTabs->addTab(m_talksView, QString());
    m_dueTabs->addTab(m_approvalsView, QString());
    m_dueTabs->addTab(m_probationsView, QString());

    auto* applicantsBox = new QWidget(this);
    m_showDone = new QCheckBox(tr("Show &admitted and ended"), applicantsBox);
    m_showDone->setObjectName(QStringLiteral("showDoneCheck"));
    m_newButton = new QPushButton(tr("&New applicant…"), applicantsBox);
    m_newButton->setObjectName(QStringLiteral("newApplicantButton"));
    m_editButton = new QPushButton(tr("&Edit…"), applicantsBox);
    m_editButton->setObjectName(QStringLiteral("editApplicantButton"));
    m_applicantsView = new QTableView(applicantsBox);
    m_applicantsView->setObjectName(QStringLiteral("applicantsView"));
    m_applicantsView->setModel(m_applicants);
    ListTables::configure(m_applicantsView);
    m_applicantsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_applicantsView->horizontalHeader()->setStretchLastSection(true);
    auto* applicantsTitle = new QLabel(tr("Applicants"), applicantsBox);
    QFont bold = applicantsTitle->font();
    bold.setBold(true);
    applicantsTitle->setFont(bold);
    auto* applicantsBar = new QHBoxLayout;
    applicantsBar->addWidget(applicantsTitle);
    applicantsBar->addWidget(m_showDone);
    applicantsBar->addStretch();
    applicantsBar->addWidget(m_newButton);
    applicantsBar->addWidget(m_editButton);
    auto* applicantsLayout = new QVBoxLayout(applicantsBox);
    applicantsLayout->setContentsMargins(0, 0, 0, 0);
    applicantsLayout->addLayout(applicantsBar);
    applicantsLayout->addWidget(m_applicantsView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_dueTabs);
    splitter->addWidget(applicantsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_scope, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addLayout(counts);
    layout->addWidget(splitter, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &PipelineWidget::refresh);
    connect(m_showDone, &QCheckBox::toggled, this, &PipelineWidget::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &PipelineWidget::newApplicant);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedApplicant(); id != 0) {
            editApplicant(id);
        }
    });
    connect(m_applicantsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        editApplicant(index.data(ApplicantListModel::ApplicantIdRole).toLongLong());
    });
    connect(m_applicantsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PipelineWidget::updateButtons);
    connect(m_talksView, &QTableView::activated, this,
            [this](const QModelIndex& index) { dueActivated(m_talks, index); });
    connect(m_approvalsView, &QTableView::activated, this,
            [this](const QModelIndex& index) { dueActivated(m_approvals, index); });
    connect(m_probationsView, &QTableView::activated, this,
            [this](const QModelIndex& index) { dueActivated(m_probations, index); });
    apply(Snapshot());
    updateScope();
}

PipelineWidget::~PipelineWidget()
{
    // The worker reads through m_db, which the owner keeps only as long as this widget.
    m_worker.waitForFinished();
}

QTableView* PipelineWidget::makeDueView(DueListModel* model, const char* objectName)
{
    auto* view = new QTableView(this);
    view->setObjectName(QLatin1String(objectName));
    view->setModel(model);
    ListTables::configure(view);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void PipelineWidget::showOrganization(qint64 orgId)
{
    m_orgId = orgId;
    updateScope();
    refresh();
}

void PipelineWidget::updateScope()
{
    m_scope->setText(SubtreeScope::text(m_db, m_orgId, SubtreeScope::Naming::NameAndCode));
}

void PipelineWidget::refresh()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Reading…"));
    if (m_reselect == 0) {
        m_reselect = selectedApplicant(); // kept across the read
    }
    QPointer<PipelineWidget> self(this);
    Database* db = &m_db;
    const qint64 orgId = m_orgId;
    const bool includeDone = m_showDone->isChecked();
    const auto work = [self, db, generation, orgId, includeDone] {
        Snapshot snapshot;
        snapshot.today = Clock::today();
        const UserContext user = UserContext::localUser();
        DevelopmentService service(*db);
        auto pipeline = service.pipeline(user, orgId, ProbationWithinDays);
        auto applicants = service.applicantsOf(user, orgId, includeDone);
        if (!pipeline.ok()) {
            snapshot.error = pipeline.error();
        } else if (!applicants.ok()) {
            snapshot.error = applicants.error();
        } else {
            snapshot.pipeline = std::move(pipeline.value());
            snapshot.applicants = std::move(applicants.value());
            QSet<qint64> orgIds;
            for (const Applicant& a : std::as_const(snapshot.applicants)) {
                orgIds.insert(a.orgId);
            }
            for (const auto* list :
                 {&snapshot.pipeline.talks, &snapshot.pipeline.approvals, &snapshot.pipeline.probations}) {
                for (const DevelopmentService::Due& due : *list) {
                    orgIds.insert(due.orgId);
                }
            }
            snapshot.orgNames = organizationNames(*db, orgIds, snapshot.today);
        }
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, snapshot = std::move(snapshot)] {
                if (self && self->m_generation == generation) {
                    self->m_loading = false;
                    self->apply(snapshot);
                    emit self->loaded();
                }
            },
            Qt::QueuedConnection);
    };
    // One worker at a time: a superseded read finishes first (its figures are dropped).
    QFuture<void> previous = m_worker;
    m_worker = QtConcurrent::run(WorkerPool::instance(), [previous, work]() mutable {
        previous.waitForFinished();
        work();
    });
}

void PipelineWidget::apply(const Snapshot& snapshot)
{
    m_error = snapshot.error;
    m_pipeline = snapshot.pipeline;
    m_errorLabel->setText(m_error ? m_error->message() : QString());
    m_errorLabel->setVisible(m_error.has_value());
    m_status->setText(m_loading ? tr("Reading…") : QString());

    m_applicantsCount->setText(QString::number(m_pipeline.applicants));
    m_activistsCount->setText(QString::number(m_pipeline.activists));
    m_targetsCount->setText(QString::number(m_pipeline.targets));
    m_probationaryCount->setText(QString::number(m_pipeline.probationary));

    m_talks->setRows(m_pipeline.talks, snapshot.orgNames);
    m_approvals->setRows(m_pipeline.approvals, snapshot.orgNames);
    m_probations->setRows(m_pipeline.probations, snapshot.orgNames);
    // The tab says how many rows it has and how many are overdue, so nothing urgent hides
    // behind a tab that is not shown.
    const auto title = [](const QString& text, const DueListModel* model) {
        const int overdue = model->overdueCount();
        return overdue > 0 ? tr("%1 (%2, %3 overdue)").arg(text).arg(model->rowCount()).arg(overdue)
                           : tr("%1 (%2)").arg(text).arg(model->rowCount());
    };
    m_dueTabs->setTabText(0, title(tr("Talks due"), m_talks));
    m_dueTabs->setTabText(1, title(tr("Approvals waiting"), m_approvals));
    m_dueTabs->setTabText(2, title(tr("Probations ending within %1 days").arg(ProbationWithinDays), m_probations));
    for (int tab = 0; tab < m_dueTabs->count(); ++tab) {
        const auto* model = qobject_cast<DueListModel*>(qobject_cast<QTableView*>(m_dueTabs->widget(tab))->model());
        m_dueTabs->tabBar()->setTabTextColor(tab, model->overdueCount() > 0 ? TextColors::error() : QColor());
    }

    m_applicants->setRows(snapshot.applicants, snapshot.orgNames, snapshot.today);
    for (QTableView* view : {m_talksView, m_approvalsView, m_probationsView, m_applicantsView}) {
        view->resizeColumnsToContents();
    }
    if (m_reselect != 0) {
        const int row = m_applicants->rowOfApplicant(m_reselect);
        if (row >= 0) {
            m_applicantsView->setCurrentIndex(m_applicants->index(row, ApplicantListModel::NameColumn));
        }
        m_reselect = 0;
    }
    updateButtons();
}

void PipelineWidget::updateButtons()
{
    m_editButton->setEnabled(selectedApplicant() != 0);
}

qint64 PipelineWidget::selectedApplicant() const
{
    const QModelIndexList rows = m_applicantsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ApplicantListModel::ApplicantIdRole).toLongLong();
}

void PipelineWidget::dueActivated(const DueListModel* model, const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const DevelopmentService::Due& due = model->due(index.row());
    if (model->kind() == DueListModel::Kind::Probation) {
        if (due.memberId != 0) {
            emit memberActivated(due.memberId);
        }
    } else if (due.applicantId != 0) {
        editApplicant(due.applicantId);
    }
}

void PipelineWidget::newApplicant()
{
    ApplicantDialog dialog(m_db, this);
    dialog.startNew(m_orgId);
    connect(&dialog, &ApplicantDialog::applicantSaved, this, &PipelineWidget::applicantSaved);
    connect(&dialog, &ApplicantDialog::memberAdmitted, this, &PipelineWidget::memberAdmitted);
    if (dialog.exec() == QDialog::Accepted) {
        m_reselect = dialog.applicantId();
        refresh();
    }
}

void PipelineWidget::editApplicant(qint64 applicantId)
{
    if (applicantId == 0) {
        return;
    }
    ApplicantDialog dialog(m_db, this);
    if (!dialog.startEdit(applicantId)) {
        return;
    }
    connect(&dialog, &ApplicantDialog::applicantSaved, this, &PipelineWidget::applicantSaved);
    connect(&dialog, &ApplicantDialog::memberAdmitted, this, &PipelineWidget::memberAdmitted);
    if (dialog.exec() == QDialog::Accepted) {
        m_reselect = applicantId;
        refresh();
    }
}
