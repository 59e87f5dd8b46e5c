#pragma once

#include "core/Applicant.h"
#include "core/FieldIssue.h"
#include "core/Member.h"
#include "core/Result.h"
#include "gui/common/FieldErrorLabels.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

class Database;
class OrganizationPicker;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// The applicant record of the development of new members (发展党员): the person (name, citizen
// ID number with the gender and birth date it gives, ethnicity, education, occupation, work
// unit and post, phone, honours), the organization developing them, the dates of the stages
// in their order (application, talk, activist, development target, political review, training
// with its hours, pre-review, admission by the branch meeting, approval by the higher
// committee), the contacts (培养联系人, one or two) and the two sponsors (入党介绍人) entered by
// citizen ID number and shown with the member's name, the approved exceptions to the time
// rules (a rule ticked with its reason), the end of the development (date and reason) and a
// note.
//
// Every edit is checked at once through DevelopmentService::validate (the rules the save
// applies, with the records): errors show in red under their field, in the label
// <field>Error named after the field key in camel case (appliedOnError, sponsorsError,
// exceptionReasonError ...), shown once the field was edited (or at the first save); the
// widgets are named the same way (appliedOnEdit, sponsor1Edit, exception1Check ...). Warnings
// are listed in warningsLabel and do not stop the save. Each exception row says whether the
// record breaks its rule (exception<N>Status). Save is refused while anything is wrong, with
// the list of what to correct (formError); a refusal by the service is shown at its field.
// Saving the admission date for the first time admits the person (the member is created): a
// question says so before anything is written. After the admission the admission date and the
// organization are read-only (the admission is corrected in the member's history).
class ApplicantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApplicantDialog(Database& db, QWidget* parent = nullptr);
    ~ApplicantDialog() override;

    // An empty record for an applicant of orgId (preselected; 0 = choose one).
    void startNew(qint64 orgId);
    // Loads an applicant. False, after telling the user, when it cannot be read; the dialog
    // should then not be shown.
    bool startEdit(qint64 applicantId);

    // The applicant edited or the one created by the last save; 0 before.
    qint64 applicantId() const { return m_applicantId; }
    // The member the admission created (after a save that admitted, or when loaded); 0 before.
    qint64 memberId() const { return m_memberId; }
    // Whether the form passes every check now (the save may still be refused, e.g. a record
    // written meanwhile).
    bool isValid() const { return m_errors.isEmpty() && !m_storageError; }
    // The record as the form holds it, completed by the last check.
    const Applicant& applicant() const { return m_applicant; }

    // Checks and saves; false when refused (the reasons shown) or when the user declined the
    // admission. accept() (Save, Enter) closes the dialog only after a save.
    bool save();
    void accept() override;

signals:
    void applicantSaved(qint64 applicantId);
    // The save recorded the admission: the member was created.
    void memberAdmitted(qint64 memberId);

private:
    struct PersonSlot // a contact or sponsor entered by ID number
    {
        QLineEdit* edit = nullptr;
        QLabel* name = nullptr;
    };
    struct ExceptionRow
    {
        DevelopmentRule rule;
        QCheckBox* check = nullptr;
        QLineEdit* reason = nullptr;
        QLabel* status = nullptr;
    };

    QWidget* buildPersonGroup(QWidget* parent);
    QWidget* buildStagesGroup(QWidget* parent);
    QWidget* buildPeopleGroup(QWidget* parent);
    QWidget* buildExceptionsGroup(QWidget* parent);
    QWidget* buildEndGroup(QWidget* parent);
    // The editor at (row, column) of a grid of label / editor pairs, its error label under it
    // (spanning errorSpan columns).
    QLineEdit* addLineEdit(QGridLayout* grid, int row, int column, const char* key, const QString& caption,
                           int errorSpan = 1);
    QLineEdit* addDateEdit(QGridLayout* grid, int row, const char* key, const QString& caption);
    void addField(QGridLayout* grid, int row, int column, const char* key, const QString& caption, QWidget* editor,
                  int errorSpan = 1);
    void addPersonSlots(QGridLayout* grid, int row, const char* key, const QString& caption, int count,
                        QList<PersonSlot>& entries);

    void clearForm();
    void loadApplicant(const Applicant& a);
    void loadPeople(const QList<qint64>& memberIds, QList<PersonSlot>& entries);
    void setAdmitted(bool admitted);
    Applicant formApplicant(FieldIssues& formIssues);
    QList<qint64> formPeople(QList<PersonSlot>& entries, const QString& key, FieldIssues& formIssues);
    std::optional<Member> memberByIdNumber(const QString& idNumber);
    void edited(const QString& key);
    void revalidate();
    void showRules();
    void showHints();
    void showMessages();
    void showServiceError(const Error& error);

    Database& m_db;
    qint64 m_applicantId = 0;
    qint64 m_memberId = 0;
    bool m_admitted = false; // the loaded record was admitted already
    Applicant m_applicant;   // the form's record, completed by the last check
    QDate m_today;

    FieldErrorLabels m_fieldErrors; // in reading order
    QLabel* m_formError = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_stage = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_gender = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QComboBox* m_education = nullptr;
    QComboBox* m_occupation = nullptr;
    QLineEdit* m_position = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_honours = nullptr;
    OrganizationPicker* m_picker = nullptr;
    QHash<QString, QLineEdit*> m_dates; // by field key
    QHash<QString, QLabel*> m_hints;    // the deadline next to a date, by field key
    QSpinBox* m_trainingHours = nullptr;
    QList<PersonSlot> m_contacts;
    QList<PersonSlot> m_sponsors;
    QList<ExceptionRow> m_exceptions;
    QLineEdit* m_closedReason = nullptr;
    QPlainTextEdit* m_note = nullptr;

    bool m_loading = false;
    bool m_saveAttempted = false;
    FieldIssues m_errors;
    FieldIssues m_warningIssues;
    QList<DevelopmentRule> m_broken; // time rules the record breaks, excepted or not
    std::optional<Error> m_storageError;
    // The last refusal of a save; shown until its field is edited.
    std::optional<Error> m_serviceError;
    QHash<QString, std::optional<Member>> m_members; // looked up by ID number
};
