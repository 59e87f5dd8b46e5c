#include "ReviewSettingsDialog.h"

#include "core/UserContext.h"
#include "services/ReviewService.h"
#include "ui_ReviewSettingsDialog.h"

#include <QPushButton>

ReviewSettingsDialog::ReviewSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::ReviewSettingsDialog>())
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->messageLabel->setPalette(palette);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->correctionMonthsSpin->setMaximum(ReviewRules::MaxCorrectionMonths);
    m_ui->noticeLabel->setText(tr("These rules apply to the whole database. More excellent members than the share "
                                  "is a warning, never a refusal; a correction deadline is at most a year."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReviewSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReviewSettingsDialog::reject);
    connect(m_ui->restoreDefaultsButton, &QPushButton::clicked, this, [this] { setSettings(ReviewSettings()); });
}

ReviewSettingsDialog::~ReviewSettingsDialog() = default;

bool ReviewSettingsDialog::load()
{
    auto stored = ReviewService(m_db).settings(UserContext::localUser());
    if (!stored.ok()) {
        m_ui->messageLabel->setText(stored.error().message());
        return false;
    }
    setSettings(*stored);
    m_ui->messageLabel->clear();
    return true;
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

bool ReviewSettingsDialog::save()
{
    if (auto saved = ReviewService(m_db).setSettings(UserContext::localUser(), settings()); !saved.ok()) {
        m_ui->messageLabel->setText(saved.error().message());
        return false;
    }
    m_ui->messageLabel->clear();
    emit settingsSaved();
    return true;
}

void ReviewSettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
