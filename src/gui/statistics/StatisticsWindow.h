#pragma once

#include "core/Statistics.h"

#include <QList>
#include <QWidget>

#include <optional>

class AnnualReport;
class Database;
class OrganizationPicker;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class StatisticsCharts;

// The "Annual statistics" window: an organization (or the whole database) and a year; the
// tables of the annual report and its charts, computed off the GUI thread by
// StatisticsService; print preview, and export to PDF and XLSX through the report writers
// that `partyroll-cli report` uses, so the window, the printout and the files agree.
class StatisticsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsWindow(Database& db, QWidget* parent = nullptr);
    ~StatisticsWindow() override;

    // Chooses the organization (0 = the whole database) and computes.
    void showOrganization(qint64 organizationId);
    // Chooses the year and computes.
    void setYear(int year);

    // What is shown, for the lead's code and the tests: empty before the first computation.
    const std::optional<Statistics>& statistics() const { return m_statistics; }
    const QList<Statistics::RollBalance>& years() const { return m_years; }

public slots:
    // Computes the statistics of the chosen organization and year; false when cancelled or
    // failed (the message is shown).
    bool compute();
    void printPreview();
    // Export to a file chosen in a save dialog; false when cancelled or failed.
    bool exportPdf();
    bool exportXlsx();

private:
    bool exportTo(const QString& filter, const QString& suffix);
    AnnualReport report() const;
    void updateButtons();

    Database& m_db;
    OrganizationPicker* m_picker;
    QSpinBox* m_year;
    QPushButton* m_compute;
    QPushButton* m_preview;
    QPushButton* m_exportPdf;
    QPushButton* m_exportXlsx;
    QLabel* m_status;
    QTextBrowser* m_tables;
    StatisticsCharts* m_charts;
    std::optional<Statistics> m_statistics;
    QList<Statistics::RollBalance> m_years;
};
