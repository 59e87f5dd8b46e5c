#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// File > Import (Ctrl+I): one CSV or XLSX file of one table, all rows or none. The import runs
// on a worker thread with progress and Cancel; every problem of the file is listed as
// "FILE:ROW: COLUMN: message", as the CLI prints it, and then nothing is written.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Database& db, QWidget* parent = nullptr);

    // Runs the import of the chosen file (the Import button). Returns true when rows were
    // written.
    bool runImport();

signals:
    // Rows were written: views of the records should re-read them.
    void imported();

private:
    void browse();
    void updateButtons();

    Database& m_db;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QCheckBox* m_dryRun = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_issues = nullptr;
    QPushButton* m_import = nullptr;
};
