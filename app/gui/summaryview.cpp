#include "summaryview.h"

#include "palierscharts.h"
#include "referential.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Paliers {

SummaryView::SummaryView(QWidget *parent)
    : QWidget(parent)
    , m_overall(new QLabel(this))
    , m_completionText(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_completion(new QProgressBar(this))
    , m_table(new QTableWidget(this))
    , m_radar(new QChartView(this))
    , m_bars(new QChartView(this))
{
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_overall->setFont(big);
    m_overall->setTextFormat(Qt::PlainText);
    m_overall->setWordWrap(true);
    m_completion->setAccessibleName(tr("Completion of the assessment"));
    m_completion->setTextVisible(false);
    m_completion->setMinimumWidth(160);
    m_completionText->setTextFormat(Qt::PlainText);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Palier per domain"));
    m_table->setWordWrap(true);
    m_radar->setRenderHint(QPainter::Antialiasing);
    m_radar->setAccessibleName(tr("Radar chart of the paliers per domain"));
    m_radar->setMinimumSize(360, 320);
    m_bars->setRenderHint(QPainter::Antialiasing);
    m_bars->setAccessibleName(tr("Bar chart of the answers per domain"));
    m_bars->setMinimumSize(360, 320);

    auto *header = new QHBoxLayout;
    header->addWidget(m_overall, 1);
    header->addWidget(m_completionText);
    header->addWidget(m_completion);

    auto *charts = new QSplitter(this);
    charts->addWidget(m_radar);
    charts->addWidget(m_bars);
    charts->setChildrenCollapsible(false);

    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("progress"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_progress);
    layout->addWidget(m_table);
    layout->addWidget(charts, 1);
}

SummaryView::~SummaryView() = default;

QString SummaryView::progressText() const
{
    return m_progress->text();
}

void SummaryView::setProgress(const Referential *referential, const std::optional<Progress> &progress)
{
    if (!referential || !progress) {
        m_progress->setText(referential ? tr("First assessment of this grid here: no progress to show yet.")
                                        : QString());
        m_progress->setStyleSheet(QString());
        return;
    }
    const bool rubric = referential->kind() == ReferentialKind::Rubric;
    const auto moves = [&](const QList<DomainChange> &changes) {
        QStringList list;
        for (const DomainChange &change : changes) {
            const Domain *domain = referential->domain(change.domainId);
            list.append(tr("%1 (%2 → %3)").arg(domain ? domain->title : change.domainId).arg(change.before).arg(change.after));
        }
        return list.join(QLatin1String(", "));
    };
    QStringList parts;
    const QList<DomainChange> rose = progress->rose();
    const QList<DomainChange> fell = progress->fell();
    if (rose.isEmpty() && fell.isEmpty())
        parts.append(rubric ? tr("no jalon changed") : tr("no palier changed"));
    if (!rose.isEmpty())
        parts.append(tr("up: %1").arg(moves(rose)));
    if (!fell.isEmpty())
        parts.append(tr("down: %1").arg(moves(fell)));
    parts.append(tr("%n criterion/criteria newly met", nullptr, static_cast<int>(progress->newlyMet.size())));
    if (!progress->lost.isEmpty())
        parts.append(tr("%n no longer met (%1)", nullptr, static_cast<int>(progress->lost.size()))
                         .arg(progress->lost.join(QLatin1String(", "))));
    if (!progress->notReviewed.isEmpty())
        parts.append(tr("%n met last time and not answered yet", nullptr,
                        static_cast<int>(progress->notReviewed.size())));
    parts.append(tr("%n action(s) done", nullptr, static_cast<int>(progress->actionsDone.size())));
    m_progress->setText(tr("Since %1: %2.").arg(progress->previous.schoolYear, parts.join(tr("; ", "list separator"))));
    // A regression is said in red as well as in words.
    m_progress->setStyleSheet(progress->hasRegression() ? QStringLiteral("color: #8a1010;") : QString());
}

void SummaryView::clear()
{
    m_overall->clear();
    m_progress->clear();
    m_completion->setValue(0);
    m_completionText->clear();
    m_table->clear();
    m_table->setRowCount(0);
    PaliersCharts::setChart(m_radar, new QChart);
    PaliersCharts::setChart(m_bars, new QChart);
}

void SummaryView::setEvaluation(const Referential *referential, const Evaluation &evaluation)
{
    if (!referential) {
        clear();
        return;
    }
    // A rubric (the jalons) places each axis at one stage: no counts per
    // level, and one bar per axis instead of the radar and the answers.
    const bool rubric = referential->kind() == ReferentialKind::Rubric;
    if (rubric) {
        m_overall->setText(evaluation.overallPalier == 0
                               ? tr("Lowest jalon: none yet (not every axis is placed)")
                               : tr("Lowest jalon: %1").arg(evaluation.overallPalier));
        m_completionText->setText(tr("%1 of %2 axes placed").arg(evaluation.answered).arg(evaluation.total));
    } else {
        m_overall->setText(evaluation.overallPalier == 0
                               ? tr("Overall palier: none yet (palier 1 is not reached in every domain)")
                               : tr("Overall palier: %1 (reached in every domain)").arg(evaluation.overallPalier));
        m_completionText->setText(tr("%1 of %2 criteria answered").arg(evaluation.answered).arg(evaluation.total));
    }
    m_completion->setRange(0, std::max(evaluation.total, 1));
    m_completion->setValue(evaluation.answered);

    QStringList headers;
    if (rubric) {
        headers = {tr("Axis"), tr("Jalon reached")};
    } else {
        headers = {tr("Domain"), tr("Palier")};
        for (const Level &level : referential->levels())
            headers.append(tr("%1: met / applicable").arg(level.title));
    }
    m_table->setAccessibleName(rubric ? tr("Jalon per axis") : tr("Palier per domain"));
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(evaluation.domains.size()));
    for (int row = 0; row < evaluation.domains.size(); ++row) {
        const DomainResult &result = evaluation.domains.at(row);
        const Domain *domain = referential->domain(result.domainId);
        m_table->setItem(row, 0, new QTableWidgetItem(domain ? domain->title : result.domainId));
        auto *palier = new QTableWidgetItem(rubric && result.palier == 0 ? tr("— not placed yet")
                                                                         : QString::number(result.palier));
        palier->setTextAlignment(Qt::AlignCenter);
        const QColor colour = rubric ? PaliersCharts::stageColor(result.palier, referential->maxLevel())
                                     : PaliersCharts::palierColor(result.palier);
        palier->setBackground(colour);
        palier->setForeground(rubric ? PaliersCharts::textOn(colour)
                                     : (colour.lightness() > 150 ? Qt::black : Qt::white));
        m_table->setItem(row, 1, palier);
        if (rubric)
            continue;
        int column = 2;
        for (const LevelTally &tally : result.levels) {
            auto *item = new QTableWidgetItem(tr("%1 / %2").arg(tally.met).arg(tally.applicable()));
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column++, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    // The table shows all its rows; the charts take the remaining height.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);

    if (rubric) {
        PaliersCharts::setChart(m_radar, PaliersCharts::createStageChart(*referential, evaluation));
        m_radar->setAccessibleName(tr("Bar chart of the jalon per axis"));
        PaliersCharts::setChart(m_bars, new QChart);
        m_bars->hide();
    } else {
        PaliersCharts::setChart(m_radar, PaliersCharts::createRadarChart(*referential, evaluation));
        m_radar->setAccessibleName(tr("Radar chart of the paliers per domain"));
        PaliersCharts::setChart(m_bars, PaliersCharts::createStatusChart(*referential, evaluation));
        m_bars->show();
    }
}

} // namespace Paliers
