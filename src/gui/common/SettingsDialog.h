#pragma once

#include "core/Result.h"

#include <QDialog>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;

// What the dialogs of the database's settings (elections, review) share: the stored settings
// are read into the form (load), Save stores the form's settings through the service and
// closes only when they were stored (save, accept), "Restore defaults" fills in the defaults,
// and refusals show in red in the message label.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ~SettingsDialog() override;

    // Reads the stored settings into the form; false (and the reason in the message label) on
    // failure.
    bool load();
    bool save();
    void accept() override;

signals:
    void settingsSaved();

protected:
    explicit SettingsDialog(QWidget* parent);

    // After setupUi: messageLabel in red, the Save button named saveButton, the buttons connected.
    void setUpForm(QLabel* messageLabel, QDialogButtonBox* buttons, QAbstractButton* restoreDefaults);
    // Reads the stored settings into the form.
    virtual Status loadStored() = 0;
    // Stores the form's settings.
    virtual Status store() = 0;
    // Fills in the default settings.
    virtual void showDefaults() = 0;

    // A stored value read into the form with show(), or its error.
    template <typename T, typename Show> static Status showStored(const Result<T>& stored, Show show)
    {
        if (!stored.ok()) {
            return stored.error();
        }
        show(*stored);
        return {};
    }

private:
    QLabel* m_message = nullptr;
};
