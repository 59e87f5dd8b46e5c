#include "ReviewCorrectionsWidget.h"

#include "ReviewCorrectionsModel.h"
#include "gui/common/AsOfDateField.h"
#include "gui/common/ListTables.h"

#include <QLabel>
#include <QSpinBox>
#include <QTableView>

ReviewCorrectionsWidget::ReviewCorrectionsWidget(Database& db, QWidget* parent)
    : DatedListPage(db, parent)
{
    setObjectName(QStringLiteral("reviewCorrectionsWidget"));
    m_model = new ReviewCorrectionsModel(db, this);
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("withinSpin"));
    m_within->setRange(0, 366);
    m_within->setValue(30);
    m_within->setSuffix(tr(" day(s)"));
    auto* withinLabel = new QLabel(tr("Deadlines &within"), this);
    withinLabel->setBuddy(m_within);
    setUpPage({asOfLabel(), asOfField(), withinLabel, m_within}, m_model, QStringLiteral("correctionsErrorLabel"),
              QStringLiteral("correctionsView"));
    ListTables::configure(view());

    connect(m_within, &QSpinBox::valueChanged, this, &ReviewCorrectionsWidget::refresh);
    connect(view(), &QTableView::activated, this, [this](const QModelIndex& index) {
        emit reviewActivated(index.data(ReviewCorrectionsModel::CampaignOrgIdRole).toLongLong(),
                             index.data(ReviewCorrectionsModel::YearRole).toInt(),
                             index.data(ReviewCorrectionsModel::MemberIdRole).toLongLong());
    });
    refresh();
}

ReviewCorrectionsWidget::~ReviewCorrectionsWidget() = default;

void ReviewCorrectionsWidget::refresh()
{
    const QDate date = startReading();
    if (!date.isValid()) {
        return;
    }
    const Status loaded = m_model->load(date, m_within->value(), rootOrganization());
    showError(loaded.ok() ? QString() : loaded.error().message());
    const int overdue = m_model->overdueCount();
    summaryLabel()->setText(tr("%1 correction(s) not yet closed: %2 past the deadline, %3 due within %4 day(s).")
                                .arg(m_model->rowCount())
                                .arg(overdue)
                                .arg(m_model->rowCount() - overdue)
                                .arg(m_within->value()));
    view()->resizeColumnsToContents();
}
