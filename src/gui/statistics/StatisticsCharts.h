#pragma once

#include "core/Statistics.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;

// The charts of the annual statistics window: members by age band, by education and by
// occupation (the labels and counts of StatisticsFigures, so they match the tables), and the
// roll at the end of each of the last ten years (StatisticsService::yearlyBalances).
class StatisticsCharts : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsCharts(QWidget* parent = nullptr);

    void showStatistics(const Statistics& statistics, const QList<Statistics::RollBalance>& years);

private:
    static void setBars(QChartView* view, const QString& title, const QStringList& labels, const QList<qint64>& values);

    QChartView* m_ages;
    QChartView* m_education;
    QChartView* m_occupation;
    QChartView* m_roll;
};
