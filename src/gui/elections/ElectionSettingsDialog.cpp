#include "ElectionSettingsDialog.h"

#include "core/UserContext.h"
#include "services/ElectionService.h"
#include "ui_ElectionSettingsDialog.h"

ElectionSettingsDialog::ElectionSettingsDialog(Database& db, QWidget* parent)
    : SettingsDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::ElectionSettingsDialog>())
{
    m_ui->setupUi(this);
    setUpForm(m_ui->messageLabel, m_ui->buttonBox, m_ui->restoreDefaultsButton);
    m_ui->thresholdBaseCombo->addItem(tr("the voters present (实到会)"), int(ElectionSettings::ThresholdBase::Present));
    m_ui->thresholdBaseCombo->addItem(tr("the eligible voters (应到会)"),
                                      int(ElectionSettings::ThresholdBase::Eligible));
    m_ui->noticeLabel->setText(tr("These rules apply to the whole database. Saving recomputes the verdict of every "
                                  "election and the posts the elections set."));
}

ElectionSettingsDialog::~ElectionSettingsDialog() = default;

Status ElectionSettingsDialog::loadStored()
{
    return showStored(ElectionService(m_db).settings(UserContext::localUser()),
                      [this](const ElectionSettings& stored) { setSettings(stored); });
}

Status ElectionSettingsDialog::store()
{
    return ElectionService(m_db).setSettings(UserContext::localUser(), settings());
}

ElectionSettings ElectionSettingsDialog::settings() const
{
    ElectionSettings s;
    s.thresholdBase = static_cast<ElectionSettings::ThresholdBase>(m_ui->thresholdBaseCombo->currentData().toInt());
    s.committeeTermYears = m_ui->committeeTermSpin->value();
    s.generalBranchTermYears = m_ui->generalBranchTermSpin->value();
    s.branchTermYears = m_ui->branchTermSpin->value();
    s.villageCommunityTermYears = m_ui->villageCommunityTermSpin->value();
    s.reminderMonths = m_ui->reminderMonthsSpin->value();
    return s;
}

void ElectionSettingsDialog::setSettings(const ElectionSettings& s)
{
    m_ui->thresholdBaseCombo->setCurrentIndex(m_ui->thresholdBaseCombo->findData(int(s.thresholdBase)));
    m_ui->committeeTermSpin->setValue(s.committeeTermYears);
    m_ui->generalBranchTermSpin->setValue(s.generalBranchTermYears);
    m_ui->branchTermSpin->setValue(s.branchTermYears);
    m_ui->villageCommunityTermSpin->setValue(s.villageCommunityTermYears);
    m_ui->reminderMonthsSpin->setValue(s.reminderMonths);
}
