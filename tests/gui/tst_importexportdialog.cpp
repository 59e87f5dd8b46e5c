#include "DatabaseDump.h"
#include "TempDatabase.h"
#include "core/UserContext.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "gui/importexport/ExportDialog.h"
#include "gui/importexport/ImportDialog.h"
#include "services/ImportFormats.h"
#include "services/MemberService.h"
#include "services/OrganizationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

// The Import and Export dialogs, driven by objectName: the work runs through BackgroundTask,
// bad files list every problem and write nothing, dry runs and cancels write nothing.
class TestImportExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Dialogs::resetForTests(); }
    void importsAllRows();
    void badFileListsEveryProblemAndWritesNothing();
    void dryRunAndCancelWriteNothing();
    void exportsTheSubtree();

private:
    static QString data(const QString& name) { return QStringLiteral(PARTYROLL_TEST_DATA "/") + name; }
    static bool importThrough(ImportDialog& dialog, TableKind kind, const QString& file);
};

bool TestImportExportDialog::importThrough(ImportDialog& dialog, TableKind kind, const QString& file)
{
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    combo->setCurrentIndex(combo->findData(int(kind)));
    // The file comes from the (pre-answered) file dialog behind the Browse button.
    Dialogs::answerFileDialogs({file});
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importBrowseButton")), Qt::LeftButton);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    if (!button->isEnabled()) {
        return false;
    }
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(button, Qt::LeftButton);
    return imported.count() == 1;
}

void TestImportExportDialog::importsAllRows()
{
    TempDatabase temp;
    ImportDialog dialog(temp.db());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled()); // no file yet
    QVERIFY(importThrough(dialog, TableKind::Orgs, data(QStringLiteral("orgs.csv"))));
    QVERIFY(importThrough(dialog, TableKind::Members, data(QStringLiteral("members.csv"))));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text().contains(QStringLiteral("5")));
    QVERIFY(!dialog.findChild<QPlainTextEdit*>(QStringLiteral("importIssuesView"))->isVisibleTo(&dialog));
    const auto onRoll = MemberService(temp.db()).countOnRoll(UserContext::localUser());
    QVERIFY(onRoll.ok());
    QCOMPARE(*onRoll, 5);
}

void TestImportExportDialog::badFileListsEveryProblemAndWritesNothing()
{
    TempDatabase temp;
    ImportDialog dialog(temp.db());
    QVERIFY(importThrough(dialog, TableKind::Orgs, data(QStringLiteral("orgs.csv"))));
    const QStringList before = DatabaseDump::canonical(temp.db());
    QVERIFY(!importThrough(dialog, TableKind::Members, data(QStringLiteral("members_bad.csv"))));
    QCOMPARE(DatabaseDump::canonical(temp.db()), before);

    QFile expectedFile(data(QStringLiteral("members_bad.expected")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto* issues = dialog.findChild<QPlainTextEdit*>(QStringLiteral("importIssuesView"));
    QVERIFY(issues->isVisibleTo(&dialog));
    const QStringList lines = issues->toPlainText().split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= expected.size()); // a row may have more than one problem
    QVERIFY(!issues->toPlainText().contains(QStringLiteral("members_bad.csv:2:"))); // the good row
    // Every expected problem is listed at its row and column, in the CLI's FILE:ROW: COLUMN form.
    for (const QString& entry : expected) {
        const QStringList parts = entry.split(QLatin1Char('\t'));
        const QString prefix = QStringLiteral("members_bad.csv:%1: %2: ").arg(parts[0], parts[1]);
        QVERIFY2(
            std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) { return line.startsWith(prefix); }),
            qPrintable(prefix));
    }
}

void TestImportExportDialog::dryRunAndCancelWriteNothing()
{
    TempDatabase temp;
    ImportDialog dialog(temp.db());
    const QStringList empty = DatabaseDump::canonical(temp.db());
    dialog.findChild<QCheckBox*>(QStringLiteral("dryRunCheck"))->setChecked(true);
    QVERIFY(!importThrough(dialog, TableKind::Orgs, data(QStringLiteral("orgs.csv"))));
    QCOMPARE(DatabaseDump::canonical(temp.db()), empty);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text().contains(QStringLiteral("8")));

    dialog.findChild<QCheckBox*>(QStringLiteral("dryRunCheck"))->setChecked(false);
    BackgroundTask::cancelNextForTests();
    QVERIFY(!importThrough(dialog, TableKind::Orgs, data(QStringLiteral("orgs.csv"))));
    QCOMPARE(DatabaseDump::canonical(temp.db()), empty);
}

void TestImportExportDialog::exportsTheSubtree()
{
    TempDatabase temp;
    {
        ImportDialog importer(temp.db());
        QVERIFY(importThrough(importer, TableKind::Orgs, data(QStringLiteral("orgs.csv"))));
        QVERIFY(importThrough(importer, TableKind::Members, data(QStringLiteral("members.csv"))));
    }
    const auto orgs = OrganizationService(temp.db()).all(UserContext::localUser());
    QVERIFY(orgs.ok());
    const Organization& root = orgs->first();

    ExportDialog whole(temp.db(), root.code, root.name);
    QVERIFY(whole.findChild<QRadioButton*>(QStringLiteral("exportSubtreeRadio"))->isChecked());
    whole.findChild<QRadioButton*>(QStringLiteral("exportWholeRadio"))->setChecked(true);
    auto* combo = whole.findChild<QComboBox*>(QStringLiteral("exportKindCombo"));
    combo->setCurrentIndex(combo->findData(int(TableKind::Orgs)));
    const QString path = temp.file(QStringLiteral("orgs-out.csv"));
    whole.findChild<QLineEdit*>(QStringLiteral("exportFileEdit"))->setText(path);
    QTest::mouseClick(whole.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const int lines = int(QString::fromUtf8(written.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
    QCOMPARE(lines, int(orgs->size()) + 1); // header + every organization

    // Without a suffix the file becomes an XLSX workbook; a wrong suffix is refused.
    const QString bare = temp.file(QStringLiteral("members-out"));
    whole.findChild<QLineEdit*>(QStringLiteral("exportFileEdit"))->setText(bare);
    QVERIFY(whole.runExport());
    QVERIFY(QFile::exists(bare + QStringLiteral(".xlsx")));
    whole.findChild<QLineEdit*>(QStringLiteral("exportFileEdit"))->setText(temp.file(QStringLiteral("x.pdf")));
    QVERIFY(!whole.runExport());
    QVERIFY(!QFile::exists(temp.file(QStringLiteral("x.pdf"))));

    // Without a selected organization only the whole database can be chosen.
    ExportDialog noOrg(temp.db(), QString(), QString());
    QVERIFY(!noOrg.findChild<QRadioButton*>(QStringLiteral("exportSubtreeRadio"))->isEnabled());
    QVERIFY(noOrg.findChild<QRadioButton*>(QStringLiteral("exportWholeRadio"))->isChecked());
}

QTEST_MAIN(TestImportExportDialog)
#include "tst_importexportdialog.moc"
