#pragma once

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// File > Export: one table to CSV or XLSX (by the file's suffix) with the import columns, for
// the whole database or the selected organization's subtree; on a worker thread with progress
// and Cancel. The writers use QSaveFile: a cancelled or failed export leaves no file behind
// and an existing file untouched.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // orgCode/orgName: the selected organization (empty = only the whole database offered).
    ExportDialog(Database& db, const QString& orgCode, const QString& orgName, QWidget* parent = nullptr);

    // Runs the export to the chosen file (the Export button); true when the file was written.
    bool runExport();

private:
    void browse();
    void updateButtons();

    Database& m_db;
    QString m_orgCode;
    QComboBox* m_kind = nullptr;
    QRadioButton* m_wholeDatabase = nullptr;
    QRadioButton* m_subtree = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
};
