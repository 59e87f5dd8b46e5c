#include "StatisticsWindow.h"

#include "StatisticsCharts.h"
#include "core/Clock.h"
#include "core/UserContext.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/Dialogs.h"
#include "gui/common/OrganizationPicker.h"
#include "report/AnnualReport.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportXlsxWriter.h"
#include "services/StatisticsService.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

constexpr int ChartYears = 10; // the roll over the last ten years

} // namespace

StatisticsWindow::StatisticsWindow(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_picker(new OrganizationPicker(db, this))
    , m_year(new QSpinBox(this))
    , m_compute(new QPushButton(tr("Compute"), this))
    , m_preview(new QPushButton(tr("Print preview…"), this))
    , m_exportPdf(new QPushButton(tr("Export PDF…"), this))
    , m_exportXlsx(new QPushButton(tr("Export XLSX…"), this))
    , m_status(new QLabel(this))
    , m_tables(new QTextBrowser(this))
    , m_charts(new StatisticsCharts(this))
{
    setWindowTitle(tr("Annual statistics"));
    m_picker->setObjectName(QStringLiteral("organizationPicker"));
    m_picker->lineEdit()->setPlaceholderText(tr("All organizations"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(1921, 9998);
    m_year->setValue(Clock::today().year() - 1); // the annual report is of the year just ended
    m_compute->setObjectName(QStringLiteral("computeButton"));
    m_preview->setObjectName(QStringLiteral("printPreviewButton"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_tables->setObjectName(QStringLiteral("reportView"));
    m_charts->setObjectName(QStringLiteral("charts"));
    m_picker->setDate(QDate(m_year->value(), 12, 31));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Organization:"), this));
    top->addWidget(m_picker, 1);
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addWidget(m_compute);
    top->addStretch();
    top->addWidget(m_preview);
    top->addWidget(m_exportPdf);
    top->addWidget(m_exportXlsx);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(m_tables, tr("Tables"));
    tabs->addTab(m_charts, tr("Charts"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(tabs, 1);
    resize(1000, 760);

    // The organizations of the chosen year's end: the tree as it stood on the as-of date.
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) { m_picker->setDate(QDate(year, 12, 31)); });
    connect(m_compute, &QPushButton::clicked, this, &StatisticsWindow::compute);
    connect(m_preview, &QPushButton::clicked, this, &StatisticsWindow::printPreview);
    connect(m_exportPdf, &QPushButton::clicked, this, &StatisticsWindow::exportPdf);
    connect(m_exportXlsx, &QPushButton::clicked, this, &StatisticsWindow::exportXlsx);
    updateButtons();
}

StatisticsWindow::~StatisticsWindow() = default;

void StatisticsWindow::showOrganization(qint64 organizationId)
{
    if (organizationId == 0) {
        m_picker->setCurrentIndex(-1);
        m_picker->clearEditText();
    } else {
        m_picker->setOrganizationId(organizationId);
    }
    compute();
}

void StatisticsWindow::setYear(int year)
{
    m_year->setValue(year);
    compute();
}

bool StatisticsWindow::compute()
{
    const int year = m_year->value();
    const qint64 root = m_picker->organizationId();
    std::optional<Result<Statistics>> statistics;
    std::optional<Result<QList<Statistics::RollBalance>>> years;
    const bool finished = BackgroundTask::run(
        this, tr("Computing the statistics of %1…").arg(year), &m_db, [&](const BackgroundTask::Progress& progress) {
            StatisticsService service(m_db);
            statistics = service.compute(UserContext::localUser(), StatisticsRequest::forYear(year, root));
            if (!statistics->ok() || !progress(0.5)) {
                return;
            }
            // The roll at the end of each of the last ten years, through the same engine.
            years = service.yearlyBalances(UserContext::localUser(), root, year - ChartYears + 1, QDate(year, 12, 31));
            progress(1.0);
        });
    if (!finished) {
        m_status->setText(tr("Cancelled."));
        return false;
    }
    const Error* error = statistics && !statistics->ok() ? &statistics->error()
                         : years && !years->ok()         ? &years->error()
                                                         : nullptr;
    if (!statistics || !years || error) {
        const QString message = error ? error->message() : tr("The statistics were not computed.");
        m_status->setText(message);
        Dialogs::critical(this, tr("Annual statistics"), message);
        return false;
    }
    m_statistics = std::move(statistics->value());
    m_years = std::move(years->value());
    const AnnualReport shown = report();
    m_tables->setHtml(ReportPdfWriter::html(shown));
    m_charts->showStatistics(*m_statistics, m_years);
    m_status->setText(shown.organization() + QStringLiteral(" · ") + shown.period());
    updateButtons();
    return true;
}

AnnualReport StatisticsWindow::report() const
{
    return AnnualReport::of(*m_statistics, Clock::today());
}

void StatisticsWindow::updateButtons()
{
    const bool ready = m_statistics.has_value();
    m_preview->setEnabled(ready);
    m_exportPdf->setEnabled(ready);
    m_exportXlsx->setEnabled(ready);
}

void StatisticsWindow::printPreview()
{
    if (!m_statistics) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    const AnnualReport printed = report();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&printed](QPrinter* target) { ReportPdfWriter::print(printed, target); });
    dialog.exec();
}

bool StatisticsWindow::exportPdf()
{
    return exportTo(tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
}

bool StatisticsWindow::exportXlsx()
{
    return exportTo(tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"));
}

bool StatisticsWindow::exportTo(const QString& filter, const QString& suffix)
{
    if (!m_statistics) {
        return false;
    }
    QString path = Dialogs::saveFileName(this, tr("Export the annual statistics"), filter);
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().toLower() != suffix) {
        path += u'.' + suffix;
    }
    const AnnualReport exported = report();
    const Status written = suffix == QStringLiteral("pdf") ? ReportPdfWriter::write(exported, path)
                                                           : ReportXlsxWriter::write(exported, path);
    if (!written) {
        Dialogs::critical(this, tr("Annual statistics"), written.error().message());
        return false;
    }
    m_status->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
