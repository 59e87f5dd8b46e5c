#pragma once

#include "MemberFormValidator.h"
#include "core/Result.h"
#include "gui/common/FieldErrorLabels.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

class Database;
class OrganizationPicker;
class QLabel;

namespace Ui {
class MemberEditDialog;
}

// The member record, laid out like the paper 党员信息采集表. A new member is entered with the
// admission into an organization (MemberService::admit); an existing member's personal fields
// are corrected (MemberService::update) while the organization, category and dates are shown
// read-only, since history changes only through membership events. Every edit is checked at
// once with the rules the service applies; problems show in red under their field, and a save
// while anything is wrong is refused with a list of what to correct and writes nothing.
class MemberEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MemberEditDialog(Database& db, QWidget* parent = nullptr);
    ~MemberEditDialog() override;

    // An empty form for a member admitted into orgId (preselected; 0 = choose one).
    void startNew(qint64 orgId);
    // Loads a member for correction. False, after telling the user, when the member cannot be
    // read; the dialog should then not be shown.
    bool startEdit(qint64 memberId);

    // The member being edited, or the one created by the last successful save; 0 before.
    qint64 memberId() const { return m_memberId; }
    bool isNewMember() const { return m_admission; }
    // Whether the form currently passes every check (a save may still be refused by the
    // database, e.g. an ID number recorded meanwhile).
    bool isValid() const { return m_outcome.ok(); }

    // Saves; the dialog closes only when the save succeeded.
    void accept() override;

signals:
    void memberSaved(qint64 memberId);

private:
    void setUpFields();
    void alignColumns();
    void growToFit();
    void addField(const char* key, QLabel* label, QLabel* error);
    void markRequired(QLabel* label);
    void fillCombos();
    void clearForm();
    void loadMember(const Member& member);
    void loadSummary(const Member& member);
    void edited(const QString& key);
    void revalidate();
    void showMessages();
    void showServiceError(const Error& error);
    bool save();
    MemberFormValidator::Input formInput();
    std::optional<Organization> organization(qint64 id);
    QString duplicateOf(const QString& idNumber);

    std::unique_ptr<Ui::MemberEditDialog> ui;
    Database& m_db;
    OrganizationPicker* m_picker = nullptr;
    FieldErrorLabels m_fieldErrors; // keyed by import column key, in reading order

    bool m_admission = true;
    qint64 m_memberId = 0;
    QDate m_storedBirthDate;
    QList<MembershipEvent> m_history;

    bool m_loading = false;
    bool m_saveAttempted = false;
    MemberFormValidator::Outcome m_outcome;
    // The last error of a refused save; shown until its field is edited.
    std::optional<Error> m_serviceError;

    QHash<qint64, std::optional<Organization>> m_organizations;
    QString m_checkedIdNumber; // the ID number whose duplicate lookup is in m_duplicate
    QString m_duplicate;
};
