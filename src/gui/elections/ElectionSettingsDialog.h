#pragma once

#include "core/ElectionRules.h"

#include <QDialog>

#include <memory>

class Database;

namespace Ui {
class ElectionSettingsDialog;
}

// The election settings of the database (ElectionService::settings / setSettings,
// ui/ElectionSettingsDialog.ui): thresholdBaseCombo (voters present or eligible voters),
// committeeTermSpin, generalBranchTermSpin, branchTermSpin, villageCommunityTermSpin,
// reminderMonthsSpin, restoreDefaultsButton. Saving recomputes every verdict and the posts
// elections set; refusals go to messageLabel.
class ElectionSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ElectionSettingsDialog(Database& db, QWidget* parent = nullptr);
    ~ElectionSettingsDialog() override;

    // Reads the stored settings into the form; false (and the reason in messageLabel) on failure.
    bool load();
    ElectionSettings settings() const;
    void setSettings(const ElectionSettings& settings);

    bool save();
    void accept() override;

signals:
    void settingsSaved();

private:
    Database& m_db;
    std::unique_ptr<Ui::ElectionSettingsDialog> m_ui;
};
