#include "palierscharts.h"

#include "analysis/targets.h"

#include <cmath>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace Paliers {

namespace {

// Axis labels of Qt Charts are rich text: escape the titles and break them
// on spaces so that long domain names do not get cut.
QString axisLabel(const QString &title, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line.toHtmlEscaped());
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line.toHtmlEscaped());
    return lines.join(QLatin1String("<br>"));
}

} // namespace

QColor PaliersCharts::textOn(const QColor &background)
{
    // WCAG relative luminance: black wins above about 0.18.
    const auto linear = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const qreal luminance = 0.2126 * linear(background.redF()) + 0.7152 * linear(background.greenF())
        + 0.0722 * linear(background.blueF());
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor PaliersCharts::statusColor(AnswerStatus status)
{
    // Okabe–Ito palette.
    switch (status) {
    case AnswerStatus::Met:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case AnswerStatus::InProgress:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case AnswerStatus::NotMet:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case AnswerStatus::NotApplicable:
        return QColor(0x99, 0x99, 0x99);
    case AnswerStatus::Unanswered:
        break;
    }
    return QColor(0xDD, 0xDD, 0xDD);
}

QColor PaliersCharts::palierColor(int palier)
{
    switch (palier) {
    case 0:
        return QColor(0xD5, 0x5E, 0x00);
    case 1:
        return QColor(0xE6, 0x9F, 0x00);
    case 2:
        return QColor(0x56, 0xB4, 0xE9);
    default:
        return QColor(0x00, 0x9E, 0x73);
    }
}

QColor PaliersCharts::stageColor(int stage, int maxStage)
{
    if (maxStage <= 3 || stage <= 0)
        return palierColor(stage);
    if (stage >= maxStage)
        return palierColor(3);
    // Okabe–Ito again, warm to cool between the two ends: orange, yellow,
    // sky blue, blue.
    static const QColor steps[]
        = {QColor(0xE6, 0x9F, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x72, 0xB2)};
    return steps[std::min(stage, 4) - 1];
}

QChart *PaliersCharts::createRadarChart(const Referential &referential, const Evaluation &evaluation)
{
    return createRadarChart(referential, evaluation, RadarComparison {});
}

QChart *PaliersCharts::createRadarChart(
    const Referential &referential, const Evaluation &evaluation, const RadarComparison &comparison)
{
    auto *chart = new QPolarChart;
    chart->setTitle(tr("Palier reached per domain"));
    chart->legend()->hide();

    const qsizetype count = evaluation.domains.size();
    if (count == 0)
        return chart;
    const qreal step = 360.0 / static_cast<qreal>(count);

    // One category per domain, its label on the spoke where the domain's
    // point lies; the first domain sits at 0°, which is also 360°.
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 1; i <= count; ++i) {
        const DomainResult &result = evaluation.domains.at(i % count);
        const Domain *domain = referential.domain(result.domainId);
        const QString title = domain ? domain->title : result.domainId;
        angular->append(axisLabel(tr("%1 (%2)").arg(title).arg(result.palier), 18), static_cast<qreal>(i) * step);
    }
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    // Qt places the title as if the label on top (the first domain, at 0°)
    // were one line high: make room for all of its lines.
    const int topLines = static_cast<int>(angular->categoriesLabels().constLast().count(QLatin1String("<br>")));
    QMargins margins = chart->margins();
    margins.setTop(margins.top() + topLines * QFontMetrics(angular->labelsFont()).height());
    chart->setMargins(margins);

    auto *radial = new QValueAxis;
    radial->setRange(0, referential.maxLevel());
    radial->setTickCount(referential.maxLevel() + 1);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    auto *line = new QLineSeries;
    auto *floor = new QLineSeries;
    for (qsizetype i = 0; i <= count; ++i) {
        line->append(static_cast<qreal>(i) * step, evaluation.domains.at(i % count).palier);
        floor->append(static_cast<qreal>(i) * step, 0);
    }
    auto *area = new QAreaSeries(line, floor);
    QColor fill = palierColor(3);
    QPen pen(fill.darker(130));
    pen.setWidthF(2.5);
    area->setPen(pen);
    fill.setAlpha(90);
    area->setBrush(fill);
    chart->addSeries(area);
    area->attachAxis(angular);
    area->attachAxis(radial);
    // The points of the domains only: the area's own points would draw its
    // floor too, a dot at the centre.
    auto *points = new QScatterSeries;
    for (qsizetype i = 0; i < count; ++i)
        points->append(static_cast<qreal>(i) * step, evaluation.domains.at(i).palier);
    points->setMarkerSize(7);
    points->setColor(pen.color());
    points->setBorderColor(pen.color());
    chart->addSeries(points);
    points->attachAxis(angular);
    points->attachAxis(radial);

    // Where the school aims (dashed) and where the académie stands (dotted),
    // each a closed line over the same spokes. A domain without a target
    // aims where it stands.
    const auto addLine = [&](const QString &name, const QColor &color, Qt::PenStyle style, auto valueOf) {
        auto *series = new QLineSeries;
        series->setName(name);
        for (qsizetype i = 0; i <= count; ++i)
            series->append(static_cast<qreal>(i) * step, valueOf(evaluation.domains.at(i % count)));
        QPen linePen(color);
        linePen.setWidthF(2.5);
        linePen.setStyle(style);
        series->setPen(linePen);
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    };
    const bool hasTargets = !comparison.targets.isEmpty();
    if (hasTargets) {
        addLine(tr("Target"), QColor(0x00, 0x72, 0xb2), Qt::DashLine, [&comparison](const DomainResult &result) {
            const DomainTarget *target = Targets::find(comparison.targets, result.domainId);
            return static_cast<qreal>(target ? target->palier : result.palier);
        });
    }
    if (comparison.reperes) {
        const Reperes &reperes = *comparison.reperes;
        addLine(tr("Académie's median (%1, %n school(s))", nullptr, reperes.schools).arg(reperes.schoolYear),
            QColor(0x33, 0x33, 0x33), Qt::DotLine, [&reperes](const DomainResult &result) {
                const DomainReperes *domain = reperes.domain(result.domainId);
                return domain ? domain->median : 0.0;
            });
    }
    if (hasTargets || comparison.reperes) {
        area->setName(tr("Palier reached"));
        chart->legend()->show();
        chart->legend()->setAlignment(Qt::AlignBottom);
        for (QLegendMarker *marker : chart->legend()->markers(points))
            marker->setVisible(false);
    }
    return chart;
}

namespace {

// The legend below the chart when its labels fit there side by side, on the
// right, one under the other, when they do not: Qt would cut them.
void fitLegend(QChart *chart)
{
    QLegend *legend = chart->legend();
    if (!legend->isAttachedToChart())
        return;
    const QFontMetricsF metrics(legend->font());
    qreal needed = 0;
    for (const QLegendMarker *marker : legend->markers())
        needed += metrics.horizontalAdvance(marker->label()) + 3 * metrics.height();
    const QMargins margins = chart->margins();
    const qreal available = chart->size().width() - margins.left() - margins.right() - 2 * metrics.height();
    const Qt::Alignment wanted = needed <= available ? Qt::AlignBottom : Qt::AlignRight;
    if (legend->alignment() != wanted)
        legend->setAlignment(wanted);
}

// The domains' titles on their axis when they fit, their codes when they
// do not (Qt would cut the titles to "Pilotage, impulsion..."): the
// tooltips say the titles in full. Short labels are kept as they are.
void fitCategories(QChart *chart, QBarCategoryAxis *axis, const QStringList &labels, const QStringList &codes)
{
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    int lines = 0;
    for (const QString &label : labels) {
        const QStringList parts = label.split(QLatin1String("<br>"));
        lines += static_cast<int>(parts.size());
        for (const QString &part : parts)
            widest = std::max(widest, metrics.horizontalAdvance(part));
    }
    QLegend *legend = chart->legend();
    qreal legendWidth = 0;
    if (legend->isAttachedToChart() && legend->isVisible() && legend->alignment() == Qt::AlignRight) {
        for (const QLegendMarker *marker : legend->markers())
            legendWidth = std::max(legendWidth, metrics.horizontalAdvance(marker->label()) + 3 * metrics.height());
    }
    const QSizeF size = chart->size();
    // The bars need some room too, and Qt gives an axis at most about a
    // third of the chart.
    const bool fits = widest <= (size.width() - legendWidth) / 3
        && lines * metrics.height() * 1.2 <= size.height() - 8 * metrics.height();
    QStringList wanted;
    for (qsizetype i = labels.size() - 1; i >= 0; --i)
        wanted.append(fits ? labels.at(i) : codes.at(i));
    // Codes always fit; Qt would still cut them when it measured the axis
    // at a smaller size.
    axis->setTruncateLabels(!fits);
    const QStringList current = axis->categories();
    if (current == wanted)
        return;
    for (qsizetype i = 0; i < current.size() && i < wanted.size(); ++i)
        axis->replace(current.at(i), wanted.at(i));
}

// Horizontal stacked bars, one bar per domain with the first domain on top
// (Qt draws bars from the bottom up), whole-number ticks, legend below (or
// on the right when narrow). `values[set][domain]` in the grid's domain
// order; `labels` name the bars on their axis when they fit, `codes` when
// they do not, `domainTitles` in the tooltips.
QChart *stackedBars(const QString &title, const QStringList &labels, const QStringList &codes,
    const QStringList &domainTitles, const QStringList &setLabels, const QList<QColor> &colors,
    const QList<QList<int>> &values, const QString &axisTitle)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QHorizontalStackedBarSeries;
    QList<QBarSet *> sets;
    for (qsizetype i = 0; i < setLabels.size(); ++i) {
        auto *set = new QBarSet(setLabels.at(i));
        set->setColor(colors.at(i));
        set->setBorderColor(colors.at(i).darker(140));
        sets.append(set);
    }
    QStringList categories;
    int widest = 0;
    for (qsizetype d = domainTitles.size() - 1; d >= 0; --d) {
        categories.append(labels.at(d));
        int total = 0;
        for (qsizetype i = 0; i < sets.size(); ++i) {
            const int value = values.at(i).value(d);
            sets.at(i)->append(value);
            total += value;
        }
        widest = std::max(widest, total);
    }
    series->append(sets);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *domains = new QBarCategoryAxis;
    domains->append(categories);
    domains->setTruncateLabels(labels != codes);
    chart->addAxis(domains, Qt::AlignLeft);
    series->attachAxis(domains);

    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(widest, 1));
    axis->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers only: about eight ticks at 1, 2, 5, 10, 20, 50... apart.
    int interval = 1;
    for (int step : {2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000}) {
        if (widest / interval > 8)
            interval = step;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setTitleText(axisTitle);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart, domains, labels, codes] {
        fitLegend(chart);
        fitCategories(chart, domains, labels, codes);
    });
    // The whole title and the count of the bar under the pointer.
    const qsizetype count = domainTitles.size();
    QObject::connect(
        series, &QAbstractBarSeries::hovered, chart, [domainTitles, count](bool entered, int index, QBarSet *set) {
            if (!entered || index < 0 || index >= count) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                PaliersCharts::tr("%1 — %2: %3")
                    .arg(domainTitles.at(count - 1 - index), set->label())
                    .arg(set->at(index)));
        });
    return chart;
}

} // namespace

QChart *PaliersCharts::createStatusChart(const Referential &referential, const Evaluation &evaluation)
{
    const AnswerStatus statuses[] = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet,
        AnswerStatus::NotApplicable, AnswerStatus::Unanswered};
    QStringList labels;
    QList<QColor> colors;
    for (AnswerStatus status : statuses) {
        labels.append(answerStatusLabel(status));
        colors.append(statusColor(status));
    }
    QStringList titles;
    QStringList wrapped;
    QStringList codes;
    QList<QList<int>> values(5);
    for (const DomainResult &result : evaluation.domains) {
        const Domain *domain = referential.domain(result.domainId);
        titles.append(domain ? domain->title : result.domainId);
        wrapped.append(axisLabel(titles.constLast(), 22));
        codes.append(result.domainId.toHtmlEscaped());
        const LevelTally answers = result.answers();
        const int counts[5]
            = {answers.met, answers.inProgress, answers.notMet, answers.notApplicable, answers.unanswered};
        for (int i = 0; i < 5; ++i)
            values[i].append(counts[i]);
    }
    return stackedBars(tr("Answers per domain"), wrapped, codes, titles, labels, colors, values, tr("Criteria"));
}

QChart *PaliersCharts::createStageChart(const Referential &referential, const Evaluation &evaluation)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Jalons per axis"));
    chart->legend()->hide();
    const int maxStage = std::max(referential.maxLevel(), 1);

    // One set per stage, so that each bar takes its stage's colour: an axis
    // has a value only in the set of the stage it is placed at; an axis not
    // placed has no bar (the table next to the chart says so in words).
    auto *series = new QHorizontalStackedBarSeries;
    QList<QBarSet *> sets;
    for (int stage = 1; stage <= maxStage; ++stage) {
        const Level *level = referential.level(stage);
        auto *set = new QBarSet(level ? level->title : QString::number(stage));
        const QColor color = stageColor(stage, maxStage);
        set->setColor(color);
        set->setBorderColor(color.darker(140));
        set->setLabelColor(textOn(color));
        QFont labelFont = set->labelFont();
        labelFont.setBold(true);
        set->setLabelFont(labelFont);
        sets.append(set);
    }
    // Qt draws bars from the bottom up: the first axis goes last.
    QStringList categories;
    for (qsizetype i = evaluation.domains.size() - 1; i >= 0; --i) {
        const DomainResult &result = evaluation.domains.at(i);
        const Domain *domain = referential.domain(result.domainId);
        categories.append(axisLabel(domain ? domain->title : result.domainId, 36));
        for (int stage = 1; stage <= maxStage; ++stage)
            sets.at(stage - 1)->append(result.palier == stage ? stage : 0);
    }
    series->append(sets);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *axes = new QBarCategoryAxis;
    axes->append(categories);
    chart->addAxis(axes, Qt::AlignLeft);
    series->attachAxis(axes);

    auto *stages = new QValueAxis;
    stages->setRange(0, maxStage);
    stages->setTickCount(maxStage + 1);
    stages->setLabelFormat(QStringLiteral("%d"));
    stages->setTitleText(tr("Jalon"));
    chart->addAxis(stages, Qt::AlignBottom);
    series->attachAxis(stages);
    return chart;
}

QChart *PaliersCharts::createDistributionChart(
    const Referential &referential, const QList<DomainDistribution> &distribution)
{
    const bool rubric = referential.kind() == ReferentialKind::Rubric;
    const int top = referential.maxLevel();
    QStringList labels;
    QList<QColor> colors;
    for (int palier = 0; palier <= top; ++palier) {
        const Level *level = referential.level(palier);
        if (rubric)
            labels.append(palier == 0 || !level ? tr("Not placed yet") : level->title);
        else
            labels.append(palier == 0 ? tr("Palier 1 not reached") : tr("Palier %1").arg(palier));
        colors.append(stageColor(palier, top));
    }
    QStringList codes;
    QStringList titles;
    QList<QList<int>> values(top + 1);
    for (const DomainDistribution &d : distribution) {
        const Domain *domain = referential.domain(d.domainId);
        codes.append(d.domainId.toHtmlEscaped());
        titles.append(domain ? domain->title : d.domainId);
        for (int palier = 0; palier <= top; ++palier)
            values[palier].append(d.counts.value(palier));
    }
    return stackedBars(rubric ? tr("Establishments per jalon, by axis") : tr("Establishments per palier, by domain"),
        codes, codes, titles, labels, colors, values, tr("Establishments"));
}

QString PaliersCharts::domainKey(const Referential &referential)
{
    QStringList parts;
    for (const Domain &domain : referential.domains())
        parts.append(tr("%1: %2", "a domain's code and title").arg(domain.id, domain.title));
    return parts.join(tr(" · ", "between the domains of a key"));
}

void PaliersCharts::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void PaliersCharts::render(QChart *chart, QPainter *painter, const QRectF &target)
{
    // A chart that was never shown has no geometry: give it one, let the
    // layout place axes and series, then paint the scene into the target.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(target.size());
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(painter, target, scene.sceneRect());
    scene.removeItem(chart);
}

} // namespace Paliers
