#pragma once

#include "core/ReviewRules.h"
#include "gui/common/SettingsDialog.h"

#include <memory>

class Database;

namespace Ui {
class ReviewSettingsDialog;
}

// The review settings of the database (ReviewService::settings / setSettings,
// ui/ReviewSettingsDialog.ui): excellentNumeratorSpin / excellentDenominatorSpin (the share
// of excellent members above which a review shows a warning, 1/3 by default),
// correctionMonthsSpin (the default deadline of a correction, 6 months, at most 12),
// restoreDefaultsButton. Refusals go to messageLabel.
class ReviewSettingsDialog : public SettingsDialog
{
    Q_OBJECT

public:
    explicit ReviewSettingsDialog(Database& db, QWidget* parent = nullptr);
    ~ReviewSettingsDialog() override;

    ReviewSettings settings() const;
    void setSettings(const ReviewSettings& settings);

protected:
    Status loadStored() override;
    Status store() override;
    void showDefaults() override { setSettings(ReviewSettings()); }

private:
    Database& m_db;
    std::unique_ptr<Ui::ReviewSettingsDialog> m_ui;
};
