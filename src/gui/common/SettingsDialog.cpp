#include "SettingsDialog.h"

#include "TextColors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setUpForm(QLabel* messageLabel, QDialogButtonBox* buttons, QAbstractButton* restoreDefaults)
{
    m_message = messageLabel;
    TextColors::styleAsError(m_message);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(restoreDefaults, &QAbstractButton::clicked, this, [this] { showDefaults(); });
}

bool SettingsDialog::load()
{
    if (const Status loaded = loadStored(); !loaded.ok()) {
        m_message->setText(loaded.error().message());
        return false;
    }
    m_message->clear();
    return true;
}

bool SettingsDialog::save()
{
    if (const Status stored = store(); !stored.ok()) {
        m_message->setText(stored.error().message());
        return false;
    }
    m_message->clear();
    emit settingsSaved();
    return true;
}

void SettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}
