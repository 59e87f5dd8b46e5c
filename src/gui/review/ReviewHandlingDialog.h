#pragma once

#include "core/Review.h"

#include <QDialog>

#include <memory>

class Database;

namespace Ui {
class ReviewHandlingDialog;
}

// The measure taken on an unqualified member after a review (ui/ReviewHandlingDialog.ui):
// handlingCombo (none, correction within a deadline, persuaded to withdraw, removed),
// handledOnEdit, correctionDueEdit (empty: the default of the settings), correctedOnEdit,
// noteEdit. The form is checked as the user types by ReviewService::validateEntry (the first
// problem in messageLabel; Save disabled meanwhile); consequenceLabel says what saving does.
// Persuaded or removed take the member off the roll from the decision's date and cannot be
// undone here: saving asks first (Dialogs::question).
class ReviewHandlingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewHandlingDialog(Database& db, QWidget* parent = nullptr);
    ~ReviewHandlingDialog() override;

    // Loads the member's result in the campaign. False (the reason in messageLabel, the form
    // disabled) when the member is not unqualified or already left through the review.
    bool start(qint64 campaignId, qint64 memberId);
    // The form as the member's entry.
    ReviewEntry entry() const;
    // Re-checks the form; true when it can be saved.
    bool validate();

    bool save();
    void accept() override;

signals:
    // Saved; leftTheRoll: the member was persuaded to withdraw or removed (the roll changed).
    void handled(qint64 memberId, bool leftTheRoll);

private:
    void updateFields();

    Database& m_db;
    std::unique_ptr<Ui::ReviewHandlingDialog> m_ui;
    ReviewEntry m_entry;
    int m_year = 0;
    bool m_usable = false;
};
