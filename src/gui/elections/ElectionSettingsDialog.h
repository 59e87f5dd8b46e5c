#pragma once

#include "core/ElectionRules.h"
#include "gui/common/SettingsDialog.h"

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
class ElectionSettingsDialog : public SettingsDialog
{
    Q_OBJECT

public:
    explicit ElectionSettingsDialog(Database& db, QWidget* parent = nullptr);
    ~ElectionSettingsDialog() override;

    ElectionSettings settings() const;
    void setSettings(const ElectionSettings& settings);

protected:
    Status loadStored() override;
    Status store() override;
    void showDefaults() override { setSettings(ElectionSettings()); }

private:
    Database& m_db;
    std::unique_ptr<Ui::ElectionSettingsDialog> m_ui;
};
