#include "StatisticsCharts.h"

#include "services/statistics/StatisticsFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QValueAxis>

namespace {

QChartView* chartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->chart()->legend()->hide();
    return view;
}

} // namespace

StatisticsCharts::StatisticsCharts(QWidget* parent)
    : QWidget(parent)
    , m_ages(chartView(QStringLiteral("ageChart"), this))
    , m_education(chartView(QStringLiteral("educationChart"), this))
    , m_occupation(chartView(QStringLiteral("occupationChart"), this))
    , m_roll(chartView(QStringLiteral("rollChart"), this))
{
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_ages, 0, 0);
    grid->addWidget(m_education, 0, 1);
    grid->addWidget(m_occupation, 1, 0);
    grid->addWidget(m_roll, 1, 1);
}

void StatisticsCharts::setBars(QChartView* view, const QString& title, const QStringList& labels,
                               const QList<qint64>& values)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto* set = new QBarSet(title);
    qint64 top = 0;
    for (qint64 value : values) {
        set->append(double(value));
        top = std::max(top, value);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 6 ? -45 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(top, 1)) * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void StatisticsCharts::showStatistics(const Statistics& statistics, const QList<Statistics::RollBalance>& years)
{
    // The breakdowns as the tables name them: the figures under one heading of the members.
    const QList<StatisticsFigures::Figure> figures = StatisticsFigures::of(statistics);
    auto breakdown = [&](const QString& heading, QChartView* view) {
        QString title;
        QStringList labels;
        QList<qint64> values;
        for (const auto& f : figures) {
            if (f.key == heading) {
                title = f.label;
            } else if (f.key.startsWith(heading + u'.') && !f.heading) {
                labels.append(f.label);
                values.append(f.value);
            }
        }
        setBars(view, title, labels, values);
    };
    breakdown(QStringLiteral("members.age_bands"), m_ages);
    breakdown(QStringLiteral("members.education"), m_education);
    breakdown(QStringLiteral("members.occupation"), m_occupation);

    QStringList labels;
    QList<qint64> closing;
    for (const Statistics::RollBalance& year : years) {
        labels.append(QString::number(year.to.year()));
        closing.append(year.closing);
    }
    setBars(m_roll, tr("Members on the roll at the end of each year"), labels, closing);
}
