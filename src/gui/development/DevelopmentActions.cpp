#include "DevelopmentActions.h"

#include "ApplicantDialog.h"
#include "PipelineWidget.h"
#include "gui/common/FeatureDialog.h"

#include <QAction>
#include <QMenu>

DevelopmentActions::DevelopmentActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_pipeline = new QAction(tr("&Development pipeline…"), this);
    m_pipeline->setObjectName(QStringLiteral("actionDevelopmentPipeline"));
    m_pipeline->setIconText(tr("Development"));
    m_pipeline->setToolTip(tr("Applicants, activists, development targets and probationary members of the selected "
                              "organization, and what is due"));
    connect(m_pipeline, &QAction::triggered, this, &DevelopmentActions::showPipeline);
    m_newApplicant = new QAction(tr("New &applicant…"), this);
    m_newApplicant->setObjectName(QStringLiteral("actionNewApplicant"));
    connect(m_newApplicant, &QAction::triggered, this, &DevelopmentActions::newApplicant);
    m_all = {m_pipeline, m_newApplicant};
    setDatabase(nullptr);
}

void DevelopmentActions::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    for (QAction* action : std::as_const(m_all)) {
        action->setEnabled(m_database != nullptr);
    }
    setOrganization(0);
}

void DevelopmentActions::setOrganization(qint64 orgId)
{
    m_orgId = orgId;
}

QMenu* DevelopmentActions::createMenu(QWidget* parent) const
{
    auto* menu = new QMenu(tr("&Development"), parent);
    menu->setObjectName(QStringLiteral("developmentMenu"));
    menu->addActions(m_all);
    return menu;
}

void DevelopmentActions::showPipeline()
{
    if (!m_database) {
        return;
    }
    auto* view = new PipelineWidget(*m_database);
    view->showOrganization(m_orgId);
    connect(view, &PipelineWidget::applicantSaved, this, &DevelopmentActions::developmentChanged);
    connect(view, &PipelineWidget::memberAdmitted, this, &DevelopmentActions::memberAdmitted);
    // Converting a probationary member is an event of the member's history, in the main window.
    connect(view, &PipelineWidget::memberActivated, this, [this, view](qint64 memberId) {
        view->window()->close();
        emit memberActivated(memberId);
    });
    FeatureDialog::exec(m_window, view, tr("Development of new members"), QStringLiteral("developmentWindow"),
                        QSize(1040, 680));
}

qint64 DevelopmentActions::newApplicant()
{
    if (!m_database) {
        return 0;
    }
    ApplicantDialog dialog(*m_database, m_window);
    dialog.startNew(m_orgId);
    connect(&dialog, &ApplicantDialog::applicantSaved, this, &DevelopmentActions::developmentChanged);
    connect(&dialog, &ApplicantDialog::memberAdmitted, this, &DevelopmentActions::memberAdmitted);
    return dialog.exec() == QDialog::Accepted ? dialog.applicantId() : 0;
}

qint64 DevelopmentActions::editApplicant(qint64 applicantId)
{
    if (!m_database || applicantId == 0) {
        return 0;
    }
    ApplicantDialog dialog(*m_database, m_window);
    if (!dialog.startEdit(applicantId)) {
        return 0;
    }
    connect(&dialog, &ApplicantDialog::applicantSaved, this, &DevelopmentActions::developmentChanged);
    connect(&dialog, &ApplicantDialog::memberAdmitted, this, &DevelopmentActions::memberAdmitted);
    return dialog.exec() == QDialog::Accepted ? dialog.applicantId() : 0;
}
