#include "DueElectionsWidget.h"

#include "DueElectionsModel.h"
#include "core/UserContext.h"
#include "gui/common/AsOfDateField.h"
#include "services/ElectionService.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

DueElectionsWidget::DueElectionsWidget(Database& db, QWidget* parent)
    : DatedListPage(db, parent)
{
    setObjectName(QStringLiteral("dueElectionsWidget"));
    m_model = new DueElectionsModel(db, this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_filter->addItem(tr("Expired and expiring soon"), int(DueElectionsModel::Filter::All));
    m_filter->addItem(tr("Term expired"), int(DueElectionsModel::Filter::Expired));
    m_filter->addItem(tr("Expiring soon"), int(DueElectionsModel::Filter::ExpiringSoon));
    setUpPage({asOfLabel(), asOfField(), m_filter}, m_model, QStringLiteral("dueErrorLabel"),
              QStringLiteral("dueView"));
    // Not ListTables' look: this list has no alternating rows (as it always had).
    view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    view()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view()->verticalHeader()->hide();

    connect(m_filter, &QComboBox::currentIndexChanged, this, &DueElectionsWidget::refresh);
    connect(view(), &QTableView::activated, this, [this](const QModelIndex& index) {
        emit organizationActivated(index.data(DueElectionsModel::OrgIdRole).toLongLong());
    });
    refresh();
}

DueElectionsWidget::~DueElectionsWidget() = default;

void DueElectionsWidget::refresh()
{
    const QDate date = startReading();
    if (!date.isValid()) {
        return;
    }
    const auto filter = static_cast<DueElectionsModel::Filter>(m_filter->currentData().toInt());
    const Status loaded = m_model->load(date, rootOrganization(), filter);
    showError(loaded.ok() ? QString() : loaded.error().message());
    auto settings = ElectionService(db()).settings(UserContext::localUser());
    const int months = settings.ok() ? settings->reminderMonths : ElectionSettings().reminderMonths;
    const int expired = m_model->expiredCount();
    summaryLabel()->setText(tr("%1 organization(s): %2 with the term expired, %3 expiring within %4 month(s).")
                                .arg(m_model->rowCount())
                                .arg(expired)
                                .arg(m_model->rowCount() - expired)
                                .arg(months));
    view()->resizeColumnsToContents();
}
