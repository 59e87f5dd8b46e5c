#include "ReviewSettingsDialog.h"

#include "core/UserContext.h"
#include "services/ReviewService.h"
#include "ui_ReviewSettingsDialog.h"

ReviewSettingsDialog::ReviewSettingsDialog(Database& db, QWidget* parent)
    : SettingsDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::ReviewSettingsDialog>())
{
    m_ui->setupUi(this);
    setUpForm(m_ui->messageLabel, m_ui->buttonBox, m_ui->restoreDefaultsButton);
    m_ui->correctionMonthsSpin->setMaximum(ReviewRules::MaxCorrectionMonths);
    m_ui->noticeLabel->setText(tr("These rules apply to the whole database. More excellent members than the share "
                                  "is a warning, never a refusal; a correction deadline is at most a year."));
}

ReviewSettingsDialog::~ReviewSettingsDialog() = default;

Status ReviewSettingsDialog::loadStored()
{
    return showStored(ReviewService(m_db).settings(UserContext::localUser()),
                      [this](const ReviewSettings& stored) { setSettings(stored); });
}

Status ReviewSettingsDialog::store()
{
    return ReviewService(m_db).setSettings(UserContext::localUser(), settings());
}

ReviewSettings ReviewSettingsDialog::settings() const
{
    ReviewSettings s;
    s.excellentNumerator = m_ui->excellentNumeratorSpin->value();
    s.excellentDenominator = m_ui->excellentDenominatorSpin->value();
    s.correctionMonths = m_ui->correctionMonthsSpin->value();
    return s;
}

void ReviewSettingsDialog::setSettings(const ReviewSettings& s)
{
    m_ui->excellentNumeratorSpin->setValue(s.excellentNumerator);
    m_ui->excellentDenominatorSpin->setValue(s.excellentDenominator);
    m_ui->correctionMonthsSpin->setValue(s.correctionMonths);
}
