// The yardstick of the start-up benchmark: a bare Qt Widgets window with a
// Qt Charts view, started and painted the way Paliers is.
#include "firstpaint.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *series = new QLineSeries;
    series->append(0, 0);
    series->append(1, 1);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    window.setCentralWidget(new QChartView(chart));
    window.resize(1100, 760);
    Paliers::quitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
