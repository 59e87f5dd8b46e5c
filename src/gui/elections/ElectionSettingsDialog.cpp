#include "ElectionSettingsDialog.h"

#include "core/UserContext.h"
#include "services/ElectionService.h"
#include "ui_ElectionSettingsDialog.h"

#include <QPushButton>

ElectionSettingsDialog::ElectionSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::ElectionSettingsDialog>())
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->messageLabel->setPalette(palette);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->thresholdBaseCombo->addItem(tr("the voters present (实到会)"), int(ElectionSettings::ThresholdBase::Present));
    m_ui->thresholdBaseCombo->addItem(tr("the eligible voters (应到会)"),
                                      int(ElectionSettings::ThresholdBase::Eligible));
    m_ui->noticeLabel->setText(tr("These rules apply to the whole database. Saving recomputes the verdict of every "
                                  "election and the posts the elections set."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ElectionSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ElectionSettingsDialog::reject);
    connect(m_ui->restoreDefaultsButton, &QPushButton::clicked, this, [this] { setSettings(ElectionSettings()); });
}

ElectionSettingsDialog::~ElectionSettingsDialog() = default;

bool ElectionSettingsDialog::load()
{
    auto stored = ElectionService(m_db).settings(UserContext::localUser());
    if (!stored.ok()) {
        m_ui->messageLabel->setText(stored.error().message());
        return false;
    }
    setSettings(*stored);
    m_ui->messageLabel->clear();
    return true;
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

bool ElectionSettingsDialog::save()
{
    if (auto saved = ElectionService(m_db).setSettings(UserContext::localUser(), settings()); !saved.ok()) {
        m_ui->messageLabel->setText(saved.error().message());
        return false;
    }
    m_ui->messageLabel->clear();
    emit settingsSaved();
    return true;
}

void ElectionSettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
