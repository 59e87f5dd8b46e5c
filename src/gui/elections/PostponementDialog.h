#pragma once

#include "core/Election.h"

#include <QDialog>
#include <QHash>
#include <QString>

#include <memory>

class Database;
class QLabel;

namespace Ui {
class PostponementDialog;
}

// Records an approved postponement of an organization's term election
// (ElectionService::recordPostponement, ui/PostponementDialog.ui): approvedOnEdit, dueOnEdit
// (at most one year after the term's expiry), documentEdit, noteEdit; termLabel shows the
// term as it stands; problems show next to their field as the user types (approvedOnError,
// dueOnError), others in messageLabel.
class PostponementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostponementDialog(Database& db, QWidget* parent = nullptr);
    ~PostponementDialog() override;

    // False (the reason in messageLabel, Save disabled) when the organization has no term.
    bool start(qint64 orgId);
    Postponement postponement() const;
    qint64 postponementId() const { return m_id; }

    bool save();
    void accept() override;

signals:
    void postponementSaved(qint64 id);

private:
    void validate();

    Database& m_db;
    std::unique_ptr<Ui::PostponementDialog> m_ui;
    qint64 m_orgId = 0;
    qint64 m_id = 0;
    QHash<QString, QLabel*> m_errorLabels;
};
