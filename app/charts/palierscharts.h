#pragma once

#include "answerstatus.h"
#include "consolidation.h"
#include "palierengine.h"
#include "referential.h"

#include <QColor>
#include <QCoreApplication>

class QChart;
class QChartView;
class QPainter;
class QRectF;

namespace Paliers {

// The two pictures of an assessment: a radar with one axis per domain
// (palier 0 to 3) and stacked bars counting the answers of each domain.
// The same charts go on screen and, drawn as vectors, into the PDF report.
class PaliersCharts
{
    Q_DECLARE_TR_FUNCTIONS(PaliersCharts)

public:
    // Colours chosen to stay distinct for the common colour blindnesses; the
    // numbers and labels are always written next to them as well.
    static QColor statusColor(AnswerStatus status);
    static QColor palierColor(int palier);

    // The caller owns the charts.
    static QChart *createRadarChart(const Referential &referential, const Evaluation &evaluation);
    static QChart *createStatusChart(const Referential &referential, const Evaluation &evaluation);
    // How many establishments stand at each palier, per domain.
    static QChart *createDistributionChart(const Referential &referential,
                                           const QList<DomainDistribution> &distribution);

    // Shows `chart` in `view` and deletes the chart it replaces (a
    // QChartView does not own the chart it gives back).
    static void setChart(QChartView *view, QChart *chart);
    // Draws a chart that may never have been shown into `target` of `painter`
    // (a PDF page stays vector): sizes it, lays it out and renders its scene.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);
};

} // namespace Paliers
