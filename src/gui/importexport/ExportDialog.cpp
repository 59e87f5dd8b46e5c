#include "ExportDialog.h"

#include "TableKindLabels.h"
#include "core/UserContext.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "services/ExportService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(Database& db, const QString& orgCode, const QString& orgName, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_orgCode(orgCode)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exportKindCombo"));
    TableKindLabels::fill(m_kind);

    m_wholeDatabase = new QRadioButton(tr("The whole database"), this);
    m_wholeDatabase->setObjectName(QStringLiteral("exportWholeRadio"));
    m_subtree = new QRadioButton(tr("%1 and its sub-organizations").arg(orgName), this);
    m_subtree->setObjectName(QStringLiteral("exportSubtreeRadio"));
    m_subtree->setEnabled(!orgCode.isEmpty());
    (orgCode.isEmpty() ? m_wholeDatabase : m_subtree)->setChecked(true);
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_wholeDatabase);
    scope->addWidget(m_subtree);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFileEdit"));
    m_file->setPlaceholderText(tr("name.xlsx or name.csv"));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("exportBrowseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("Table:"), m_kind);
    form->addRow(tr("Records of:"), scope);
    form->addRow(tr("File:"), fileRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummaryLabel"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ApplyRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 220);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::runExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void ExportDialog::browse()
{
    const QString path = Dialogs::saveFileName(this, tr("Export to"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(!m_file->text().trimmed().isEmpty());
}

bool ExportDialog::runExport()
{
    QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty()) {
        path += QStringLiteral(".xlsx");
        m_file->setText(path);
    } else if (suffix != QStringLiteral("xlsx") && suffix != QStringLiteral("csv")) {
        m_summary->setText(tr("Choose a file name ending in .xlsx or .csv."));
        return false;
    }
    const auto kind = static_cast<TableKind>(m_kind->currentData().toInt());
    const QString orgCode = m_subtree->isChecked() ? m_orgCode : QString();
    std::optional<Result<qint64>> result;
    const bool finished = BackgroundTask::run(this, tr("Exporting to %1…").arg(QFileInfo(path).fileName()), &m_db,
                                              [&](const BackgroundTask::Progress& progress) {
                                                  result = ExportService(m_db).exportTable(
                                                      UserContext::localUser(), kind, path, orgCode, progress);
                                              });
    if (!finished) {
        m_summary->setText(tr("Cancelled. No file was written."));
        return false;
    }
    if (!result || !result->ok()) {
        m_summary->setText(result ? result->error().message() : tr("The export did not run."));
        return false;
    }
    m_summary->setText(tr("%n row(s) written to %1.", nullptr, int(result->value())).arg(path));
    return true;
}
