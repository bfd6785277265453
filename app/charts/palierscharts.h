#pragma once

#include "analysis/consolidation.h"
#include "analysis/reperes.h"
#include "model/answerstatus.h"
#include "model/assessment.h"
#include "referential/palierengine.h"
#include "referential/referential.h"

#include <optional>
#include <QColor>
#include <QCoreApplication>

class QChart;
class QChartView;
class QPainter;
class QRectF;

namespace Paliers {

// The pictures of an assessment: for a checklist, a radar with one axis per
// domain (palier 0 to the grid's top) and stacked bars counting the answers of
// each domain; for a rubric (the jalons), one bar per axis up to its stage.
// The same charts go on screen and, drawn as vectors, into the PDF report.
// What a school's radar draws beside its paliers: its targets and the
// académie's median.
struct RadarComparison
{
    QList<DomainTarget> targets;
    std::optional<Reperes> reperes;
};

class PaliersCharts
{
    Q_DECLARE_TR_FUNCTIONS(PaliersCharts)

public:
    // Colours chosen to stay distinct for the common colour blindnesses; the
    // numbers and labels are always written next to them as well.
    static QColor statusColor(AnswerStatus status);
    static QColor palierColor(int palier);
    // The colour of a rubric stage (0 = not placed) on a scale of `maxStage`
    // stages: the palier colours for three, the same ends (vermilion, green)
    // with more steps in between for more.
    static QColor stageColor(int stage, int maxStage);

    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);

    // The caller owns the charts.
    static QChart *createRadarChart(const Referential &referential, const Evaluation &evaluation);
    // With a dashed series for the targets and a dotted one for the
    // académie's median, and a legend naming the three.
    static QChart *createRadarChart(
        const Referential &referential, const Evaluation &evaluation, const RadarComparison &comparison);
    static QChart *createStatusChart(const Referential &referential, const Evaluation &evaluation);
    // A rubric: one horizontal bar per axis, as long as the stage it is
    // placed at, the number written at its end.
    static QChart *createStageChart(const Referential &referential, const Evaluation &evaluation);
    // How many establishments stand at each palier, per domain. The bars
    // are labelled with the domains' codes (PIL, FOR... or the axes' ORG...),
    // readable at any width; domainKey() says them in full, and the bars'
    // tooltips too.
    static QChart *createDistributionChart(
        const Referential &referential, const QList<DomainDistribution> &distribution);

    // "PIL: Pilotage, impulsion et organisation · FOR: Formation · ...", the
    // key to the short labels of the distribution chart.
    static QString domainKey(const Referential &referential);

    // Shows `chart` in `view` and deletes the chart it replaces (a
    // QChartView does not own the chart it gives back).
    static void setChart(QChartView *view, QChart *chart);
    // Draws a chart that may never have been shown into `target` of `painter`
    // (a PDF page stays vector): sizes it, lays it out and renders its scene.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);
};

} // namespace Paliers
