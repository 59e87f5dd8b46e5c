#pragma once

#include "core/UserContext.h"

#include <QWidget>

class AuditModel;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class OrganizationPicker;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The audit trail for reading (issue 8): who changed which record and field, when, from what
// to what, in the user's terms (records by name, values as terms; the stored value in the
// tooltip); filtered by user, kind of record, member ID number, organization (with or without
// those under it) and a range of days. There is nothing here that edits the trail: the
// database refuses changes to it anyway.
class AuditViewer : public QWidget
{
    Q_OBJECT

public:
    AuditViewer(Database& db, const UserContext& user, QWidget* parent = nullptr);

    // Shows the trail of one member (the member's ID number in the filter).
    void showMember(const QString& idNumber);
    // Reads the filters and shows the first page of matching rows.
    void applyFilters();

    AuditModel* model() const { return m_model; }

private:
    void showDetails();

    Database& m_db;
    UserContext m_user;
    AuditModel* m_model;
    QComboBox* m_login;
    QComboBox* m_kind;
    QLineEdit* m_member;
    OrganizationPicker* m_org;
    QCheckBox* m_subtree;
    QCheckBox* m_sinceOn;
    QDateEdit* m_since;
    QCheckBox* m_untilOn;
    QDateEdit* m_until;
    QPushButton* m_apply;
    QLabel* m_status;
    QTableView* m_table;
    QPlainTextEdit* m_details;
};
