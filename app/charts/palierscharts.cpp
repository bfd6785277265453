#include "palierscharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
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

QChart *PaliersCharts::createRadarChart(const Referential &referential, const Evaluation &evaluation)
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
    area->setPointsVisible(true);
    chart->addSeries(area);
    area->attachAxis(angular);
    area->attachAxis(radial);
    return chart;
}

QChart *PaliersCharts::createStatusChart(const Referential &referential, const Evaluation &evaluation)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Answers per domain"));

    const AnswerStatus statuses[] = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet,
                                     AnswerStatus::NotApplicable, AnswerStatus::Unanswered};
    auto *series = new QHorizontalStackedBarSeries;
    QList<QBarSet *> sets;
    for (AnswerStatus status : statuses) {
        auto *set = new QBarSet(answerStatusLabel(status));
        set->setColor(statusColor(status));
        set->setBorderColor(statusColor(status).darker(140));
        sets.append(set);
    }

    // Bars are drawn from the bottom up: walk the domains backwards so the
    // first domain of the grid is on top, as in the grid itself.
    QStringList categories;
    int widest = 0;
    for (qsizetype d = evaluation.domains.size() - 1; d >= 0; --d) {
        const DomainResult &result = evaluation.domains.at(d);
        const Domain *domain = referential.domain(result.domainId);
        categories.append(axisLabel(domain ? domain->title : result.domainId, 22));
        int counts[5] = {0, 0, 0, 0, 0};
        for (const LevelTally &tally : result.levels) {
            counts[0] += tally.met;
            counts[1] += tally.inProgress;
            counts[2] += tally.notMet;
            counts[3] += tally.notApplicable;
            counts[4] += tally.unanswered;
        }
        int total = 0;
        for (int i = 0; i < 5; ++i) {
            sets.at(i)->append(counts[i]);
            total += counts[i];
        }
        widest = std::max(widest, total);
    }
    series->append(sets);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *domains = new QBarCategoryAxis;
    domains->append(categories);
    chart->addAxis(domains, Qt::AlignLeft);
    series->attachAxis(domains);

    auto *values = new QValueAxis;
    values->setRange(0, std::max(widest, 1));
    values->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers only: a tick every 1, 2, 5 or 10 criteria.
    int interval = 1;
    for (int step : {2, 5, 10}) {
        if (widest / interval > 8)
            interval = step;
    }
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(interval);
    values->setTitleText(tr("Criteria"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
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
