#pragma once

#include "core/Organization.h"
#include "gui/common/FieldErrorLabels.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

class Database;
class OrganizationPicker;
class QLabel;

namespace Ui {
class OrganizationEditDialog;
}

// Creates an organization (OrganizationService::create) or corrects the record of an existing
// one as it was at its establishment (OrganizationService::update); renaming, re-affiliation
// and dissolution are dated events (OrganizationEventDialog).
//
// Fields are checked as the user types: each input has an error label `<field>Error` to its
// right (codeError, nameError, typeError, unitCategoryError, establishedOnError, parentError,
// staffCountError), filled once the field has been edited, and for every field when Save is
// pressed. Save is refused while a field is wrong; a refusal by the service is shown next to
// the field its Error::field() names, otherwise in messageLabel.
class OrganizationEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganizationEditDialog(Database& db, QWidget* parent = nullptr);
    ~OrganizationEditDialog() override;

    // A new organization under parentId (0 = a top-level organization); the type and unit
    // category are suggested from the parent. The establishment date and the unit category are
    // required for a new organization.
    void startNew(qint64 parentId);
    // Corrects an existing organization; false (and the reason in messageLabel) when it
    // cannot be read.
    bool startEdit(qint64 orgId);

    bool isNew() const { return m_original.id == 0; }
    // The organization saved (its id before saving when editing; 0 for a new one not yet saved).
    qint64 organizationId() const { return m_savedId; }

    // Checks, saves through OrganizationService and returns whether it was saved. accept()
    // (Save, Enter) calls it and closes the dialog only on success.
    bool save();
    void accept() override;

signals:
    void organizationSaved(qint64 orgId);

private:
    // The form filled in (new or loaded): nothing touched or refused yet, the fields checked.
    void showLoaded();
    void fillChoices();
    static void setRequired(QLabel* label, bool required);
    void touch(const QString& field);
    void onEstablishedChanged();
    // The errors of the current input, by service field key; also runs the duplicate-code query.
    QHash<QString, QString> check() const;
    // Shows the errors of the touched fields (and the service's last refusal); true when none.
    bool validate();
    Organization collect() const;

    Database& m_db;
    std::unique_ptr<Ui::OrganizationEditDialog> m_ui;
    OrganizationPicker* m_parent = nullptr;
    Organization m_original; // id 0 for a new organization
    qint64 m_savedId = 0;
    // The chosen parent did not exist on the new establishment date: the message, and the
    // parent to restore if a later change of the date brings it back.
    QString m_parentLost;
    qint64 m_lostParentId = 0;
    // Service field key -> error label, the fields edited, the service's last refusal (until
    // the next edit).
    FieldErrorLabels m_fieldErrors;
    bool m_loading = false;
};
