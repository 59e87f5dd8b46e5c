#include "ImportDialog.h"

#include "TableKindLabels.h"
#include "core/UserContext.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "services/ImportService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportDialog::ImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKindCombo"));
    TableKindLabels::fill(m_kind);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("A CSV or XLSX file with the import columns"));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_dryRun = new QCheckBox(tr("Only check the file (write nothing)"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunCheck"));

    auto* form = new QFormLayout;
    form->addRow(tr("Table:"), m_kind);
    form->addRow(tr("File:"), fileRow);
    form->addRow(QString(), m_dryRun);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues = new QPlainTextEdit(this);
    m_issues->setObjectName(QStringLiteral("importIssuesView"));
    m_issues->setReadOnly(true);
    m_issues->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_issues->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
    resize(640, 240);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void ImportDialog::browse()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import file"), tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

void ImportDialog::updateButtons()
{
    m_import->setEnabled(!m_file->text().trimmed().isEmpty());
}

bool ImportDialog::runImport()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        return false;
    }
    const auto kind = static_cast<TableKind>(m_kind->currentData().toInt());
    ImportOptions options;
    options.dryRun = m_dryRun->isChecked();
    std::optional<Result<ImportReport>> result;
    const bool finished =
        BackgroundTask::run(this, tr("Importing %1…").arg(QFileInfo(path).fileName()), &m_db,
                            [&](const BackgroundTask::Progress& progress) {
                                options.progress = progress;
                                result = ImportService(m_db).importFile(UserContext::localUser(), kind, path, options);
                            });

    m_issues->clear();
    m_issues->setVisible(false);
    if (!finished) {
        m_summary->setText(tr("Cancelled. Nothing was written."));
        return false;
    }
    if (!result || !result->ok()) {
        m_summary->setText(result ? result->error().message() : tr("The import did not run."));
        return false;
    }
    const ImportReport& report = result->value();
    if (!report.issues.isEmpty()) {
        QStringList lines;
        lines.reserve(report.issues.size());
        const QString file = QFileInfo(path).fileName();
        for (const RowIssue& issue : report.issues) {
            lines.append(QStringLiteral("%1:%2: %3: %4").arg(file).arg(issue.row).arg(issue.column, issue.message));
        }
        m_issues->setPlainText(lines.join(QLatin1Char('\n')));
        m_issues->setVisible(true);
        resize(qMax(width(), 900), qMax(height(), 560)); // room for the list of problems
        m_summary->setText(tr("%n problem(s) in %1. Nothing was written; correct the file and import it again.",
                              nullptr, int(report.issues.size()))
                               .arg(file));
        return false;
    }
    if (!report.written) {
        m_summary->setText(tr("The file is correct: %n row(s) would be imported (%1 new, %2 changed, %3 already "
                              "recorded). Nothing was written.",
                              nullptr, report.rows)
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.unchanged));
        return false;
    }
    m_summary->setText(tr("Imported %n row(s): %1 new, %2 changed, %3 already recorded.", nullptr, report.rows)
                           .arg(report.created)
                           .arg(report.updated)
                           .arg(report.unchanged));
    emit imported();
    return true;
}
