#include "summaryview.h"

#include "analysis/targets.h"
#include "focusframe.h"
#include "palierscharts.h"
#include "referential/referential.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Paliers {

SummaryView::SummaryView(QWidget *parent)
    : QWidget(parent)
    , m_overall(new QLabel(this))
    , m_completionText(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_targets(new QLabel(this))
    , m_setTargets(new QPushButton(tr("&Targets…"), this))
    , m_completion(new QProgressBar(this))
    , m_table(new QTableWidget(this))
    , m_progressTable(new QTableWidget(this))
    , m_radarTitle(new QLabel(this))
    , m_radar(new QChartView(this))
    , m_bars(new QChartView(this))
    , m_answersTable(new QTableWidget(this))
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
    m_radar->setMinimumSize(300, 360); // the page scrolls rather than squash the radar's labels
    m_bars->setRenderHint(QPainter::Antialiasing);
    m_bars->setAccessibleName(tr("Bar chart of the answers per domain"));
    m_bars->setMinimumSize(300, 360);
    m_progressTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progressTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_progressTable->verticalHeader()->hide();
    m_progressTable->setAccessibleName(tr("Progress since the previous assessment"));
    m_progressTable->setObjectName(QStringLiteral("progressTable"));
    m_progressTable->setWordWrap(false); // one line a domain
    m_progressTable->hide();

    m_targets->setTextFormat(Qt::PlainText);
    m_targets->setWordWrap(true);
    m_targets->setObjectName(QStringLiteral("targets"));
    m_setTargets->setObjectName(QStringLiteral("setTargets"));
    m_setTargets->setToolTip(tr("Set the palier to reach in each domain, and by when"));
    connect(m_setTargets, &QPushButton::clicked, this, &SummaryView::targetsRequested);
    m_setTargets->setEnabled(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_overall, 1);
    header->addWidget(m_completionText);
    header->addWidget(m_completion);

    auto *charts = new QSplitter(this);
    m_charts = charts;
    charts->setObjectName(QStringLiteral("summaryChartsSplitter"));
    // The radar's title stands above it: drawn by the chart, it would lie
    // over the label of the domain at the top.
    auto *radarBox = new QWidget(this);
    auto *radarLayout = new QVBoxLayout(radarBox);
    radarLayout->setContentsMargins(0, 0, 0, 0);
    radarLayout->addWidget(m_radarTitle);
    radarLayout->addWidget(m_radar, 1);
    m_radarTitle->setAlignment(Qt::AlignCenter);
    m_radarTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_radarTitle->font();
    titleFont.setBold(true);
    m_radarTitle->setFont(titleFont);
    charts->addWidget(radarBox);
    charts->addWidget(m_bars);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    charts->setSizes({1000, 1000}); // half each, until the user drags
    charts->setChildrenCollapsible(false);

    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("progress"));
    // The paliers now, then how they moved since last time: one above the
    // other, so that each has the width to show the domains' names whole.
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressTable, 3);
    progressRow->addStretch(2);
    auto *tables = new QVBoxLayout;
    tables->addWidget(m_table);
    tables->addLayout(progressRow);

    // On a small screen or with large fonts the page scrolls rather than
    // cutting the charts off.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(header);
    auto *targetsRow = new QHBoxLayout;
    targetsRow->addWidget(m_targets, 1);
    targetsRow->addWidget(m_setTargets, 0, Qt::AlignTop);
    layout->addLayout(targetsRow);
    layout->addWidget(m_progress);
    layout->addLayout(tables);
    layout->addWidget(charts, 1);
    m_answersTable->setObjectName(QStringLiteral("answersTable"));
    m_answersTable->setAccessibleName(tr("Answers per domain"));
    m_answersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answersTable->setSelectionMode(QAbstractItemView::NoSelection);
    // One tab stop per table: Tab must leave it (a table's default walks its
    // cells and, at the last, wraps round: a trap for the keyboard).
    for (QTableWidget *table : {m_table, m_progressTable, m_answersTable}) {
        table->setTabKeyNavigation(false);
        showFocusFrame(table);
    }
    m_answersTable->verticalHeader()->hide();
    m_answersTable->setWordWrap(false);
    auto *answersRow = new QHBoxLayout;
    answersRow->addWidget(m_answersTable, 3);
    answersRow->addStretch(1);
    layout->addLayout(answersRow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

SummaryView::~SummaryView() = default;

void SummaryView::resizeEvent(QResizeEvent *event)
{
    // Side by side when there is room for both, one above the other when not
    // (a small screen, 150 %): the page scrolls, the radar keeps its labels.
    const Qt::Orientation wanted = width() >= 940 ? Qt::Horizontal : Qt::Vertical;
    if (m_charts->orientation() != wanted) {
        m_charts->setOrientation(wanted);
        // One above the other, each chart takes the height its labels need.
        const int height = wanted == Qt::Vertical ? 400 : 360;
        m_radar->setMinimumHeight(height);
        m_bars->setMinimumHeight(height);
    }
    QWidget::resizeEvent(event);
}

QString SummaryView::progressText() const
{
    QStringList lines {m_progress->text()};
    for (int row = 0; row < m_progressTable->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_progressTable->columnCount(); ++column) {
            if (const QTableWidgetItem *item = m_progressTable->item(row, column))
                cells.append(item->text());
        }
        lines.append(cells.join(QLatin1String(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

// A table as tall as its rows: the page scrolls, never the table.
void fitToRows(QTableWidget *table)
{
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

// The colours and signs of the commission pack.
const QColor Up(0x1a, 0x7f, 0x37);
const QColor Down(0xb4, 0x23, 0x18);

QTableWidgetItem *changeItem(const DomainChange &change)
{
    auto *item = new QTableWidgetItem;
    if (change.delta() > 0) {
        item->setText(SummaryView::tr("%1 → %2 ▲").arg(change.before).arg(change.after));
        item->setForeground(Up);
        item->setData(Qt::AccessibleTextRole, SummaryView::tr("up from %1 to %2").arg(change.before).arg(change.after));
    } else if (change.delta() < 0) {
        item->setText(SummaryView::tr("%1 → %2 ▼").arg(change.before).arg(change.after));
        item->setForeground(Down);
        item->setData(
            Qt::AccessibleTextRole, SummaryView::tr("down from %1 to %2").arg(change.before).arg(change.after));
    } else {
        item->setText(SummaryView::tr("%1 =").arg(change.after));
        item->setData(Qt::AccessibleTextRole, SummaryView::tr("unchanged at %1").arg(change.after));
    }
    QFont bold = item->font();
    bold.setBold(change.delta() != 0);
    item->setFont(bold);
    return item;
}

} // namespace

void SummaryView::setProgress(const Referential *referential, const std::optional<Progress> &progress)
{
    m_progressTable->clear();
    m_progressTable->setRowCount(0);
    m_progressTable->hide();
    m_progress->setStyleSheet(QString());
    if (!referential || !progress) {
        m_progress->setText(
            referential ? tr("First assessment of this grid here: no progress to show yet.") : QString());
        return;
    }
    const bool rubric = referential->kind() == ReferentialKind::Rubric;
    m_progressTable->setColumnCount(2);
    m_progressTable->setHorizontalHeaderLabels(
        {rubric ? tr("Axis") : tr("Domain"), tr("Since %1").arg(progress->previous.schoolYear)});
    m_progressTable->setRowCount(static_cast<int>(progress->domains.size()) + 1);
    int row = 0;
    for (const DomainChange &change : progress->domains) {
        const Domain *domain = referential->domain(change.domainId);
        m_progressTable->setItem(row, 0, new QTableWidgetItem(domain ? domain->title : change.domainId));
        m_progressTable->setItem(row, 1, changeItem(change));
        ++row;
    }
    auto *overall = new QTableWidgetItem(rubric ? tr("Lowest jalon") : tr("Overall palier"));
    QFont bold = overall->font();
    bold.setBold(true);
    overall->setFont(bold);
    m_progressTable->setItem(row, 0, overall);
    m_progressTable->setItem(row, 1, changeItem({QString(), progress->overallBefore, progress->overallAfter}));
    m_progressTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progressTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_progressTable->resizeRowsToContents();
    fitToRows(m_progressTable);
    m_progressTable->show();

    QStringList parts;
    parts.append(tr("%n criterion/criteria newly met", nullptr, static_cast<int>(progress->newlyMet.size())));
    if (!progress->lost.isEmpty())
        parts.append(tr("%n no longer met (%1)", nullptr, static_cast<int>(progress->lost.size()))
                         .arg(progress->lost.join(QLatin1String(", "))));
    if (!progress->notReviewed.isEmpty())
        parts.append(
            tr("%n met last time and not answered yet", nullptr, static_cast<int>(progress->notReviewed.size())));
    parts.append(tr("%n action(s) done", nullptr, static_cast<int>(progress->actionsDone.size())));
    m_progress->setText(tr("Since %1: %2.").arg(progress->previous.schoolYear, parts.join(tr("; ", "list separator"))));
    // A regression is said in red as well as in words; good news is not.
    if (progress->hasRegression())
        m_progress->setStyleSheet(QStringLiteral("color: %1;").arg(Down.name()));
}

void SummaryView::fillAnswersTable(const Referential &referential, const Evaluation &evaluation, bool rubric)
{
    m_answersTable->clear();
    m_answersTable->setRowCount(0);
    m_answersTable->setVisible(!rubric);
    if (rubric)
        return;
    const AnswerStatus statuses[] = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet,
        AnswerStatus::NotApplicable, AnswerStatus::Unanswered};
    QStringList headers {tr("Domain")};
    for (AnswerStatus status : statuses)
        headers.append(answerStatusLabel(status));
    m_answersTable->setColumnCount(static_cast<int>(headers.size()));
    m_answersTable->setHorizontalHeaderLabels(headers);
    m_answersTable->setRowCount(static_cast<int>(evaluation.domains.size()));
    for (int row = 0; row < evaluation.domains.size(); ++row) {
        const DomainResult &result = evaluation.domains.at(row);
        const Domain *domain = referential.domain(result.domainId);
        auto *name = new QTableWidgetItem(result.domainId);
        name->setToolTip(domain ? domain->title : result.domainId);
        name->setData(Qt::AccessibleTextRole, domain ? domain->title : result.domainId);
        m_answersTable->setItem(row, 0, name);
        const LevelTally answers = result.answers();
        const int counts[5]
            = {answers.met, answers.inProgress, answers.notMet, answers.notApplicable, answers.unanswered};
        for (int column = 0; column < 5; ++column) {
            auto *item = new QTableWidgetItem(QString::number(counts[column]));
            item->setTextAlignment(Qt::AlignCenter);
            m_answersTable->setItem(row, column + 1, item);
        }
    }
    m_answersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_answersTable->resizeRowsToContents();
    fitToRows(m_answersTable);
}

void SummaryView::clear()
{
    m_answersTable->clear();
    m_answersTable->setRowCount(0);
    m_overall->clear();
    m_progress->clear();
    m_progressTable->clear();
    m_progressTable->setRowCount(0);
    m_progressTable->hide();
    m_completion->setValue(0);
    m_completionText->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_targets->clear();
    m_setTargets->setEnabled(false);
    PaliersCharts::setChart(m_radar, new QChart);
    PaliersCharts::setChart(m_bars, new QChart);
}

void SummaryView::setEvaluation(const Referential *referential, const Evaluation &evaluation)
{
    setEvaluation(referential, evaluation, RadarComparison {}, QString());
}

QString SummaryView::targetsText() const
{
    return m_targets->text();
}

void SummaryView::setEvaluation(const Referential *referential, const Evaluation &evaluation,
    const RadarComparison &comparison, const QString &schoolYear)
{
    if (!referential) {
        clear();
        return;
    }
    m_setTargets->setEnabled(true);
    // What is left to meet is counted from the tallies: no answers needed.
    const QList<TargetState> targets
        = Targets::states(*referential, evaluation, AnswerMap(), comparison.targets, schoolYear);
    QString aims = Targets::summary(*referential, targets);
    if (aims.isEmpty())
        aims = tr("No target yet: « Targets… » sets where the school aims in each domain.");
    if (comparison.reperes)
        aims += QLatin1Char('\n')
            + tr("Beside the académie: the median of %n school(s) in %1 (%2).", nullptr, comparison.reperes->schools)
                  .arg(comparison.reperes->schoolYear, comparison.reperes->scope);
    m_targets->setText(aims);
    // A rubric (the jalons) places each axis at one stage: no counts per
    // level, and one bar per axis instead of the radar and the answers.
    const bool rubric = referential->kind() == ReferentialKind::Rubric;
    if (rubric) {
        m_overall->setText(evaluation.overallPalier == 0 ? tr("Lowest jalon: none yet (not every axis is placed)")
                                                         : tr("Lowest jalon: %1").arg(evaluation.overallPalier));
        m_completionText->setText(tr("%n of %1 axes placed", nullptr, evaluation.answered).arg(evaluation.total));
    } else {
        m_overall->setText(evaluation.overallPalier == 0
                ? tr("Overall palier: none yet (palier 1 is not reached in every domain)")
                : tr("Overall palier: %1 (reached in every domain)").arg(evaluation.overallPalier));
        m_completionText->setText(tr("%n of %1 criteria answered", nullptr, evaluation.answered).arg(evaluation.total));
    }
    m_completion->setRange(0, std::max(evaluation.total, 1));
    m_completion->setValue(evaluation.answered);

    QStringList headers;
    if (rubric)
        headers = {tr("Axis"), tr("Jalon reached")};
    else
        headers = {tr("Domain"), tr("Palier")};
    // Where the school aims and where the académie stands, beside the palier.
    const bool withTargets = !targets.isEmpty();
    const bool withReperes = comparison.reperes.has_value();
    if (withTargets)
        headers.append(tr("Target"));
    if (withReperes)
        headers.append(tr("Académie"));
    const int firstTally = static_cast<int>(headers.size());
    if (!rubric) {
        for (const Level &level : referential->levels())
            headers.append(level.title); // short; the tooltip says what is counted
    }
    m_table->setAccessibleName(rubric ? tr("Jalon per axis") : tr("Palier per domain"));
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    if (!rubric) {
        for (int column = firstTally; column < headers.size(); ++column)
            m_table->horizontalHeaderItem(column)->setToolTip(tr("%1: met / applicable").arg(headers.at(column)));
    }
    m_table->setRowCount(static_cast<int>(evaluation.domains.size()));
    for (int row = 0; row < evaluation.domains.size(); ++row) {
        const DomainResult &result = evaluation.domains.at(row);
        const Domain *domain = referential->domain(result.domainId);
        m_table->setItem(row, 0, new QTableWidgetItem(domain ? domain->title : result.domainId));
        auto *palier = new QTableWidgetItem(
            rubric && result.palier == 0 ? tr("— not placed yet") : QString::number(result.palier));
        palier->setTextAlignment(Qt::AlignCenter);
        const QColor colour = rubric ? PaliersCharts::stageColor(result.palier, referential->maxLevel())
                                     : PaliersCharts::palierColor(result.palier);
        palier->setBackground(colour);
        palier->setForeground(
            rubric ? PaliersCharts::textOn(colour) : (colour.lightness() > 150 ? Qt::black : Qt::white));
        m_table->setItem(row, 1, palier);
        int column = 2;
        if (withTargets) {
            const TargetState *state = Targets::find(targets, result.domainId);
            m_table->setItem(row, column++, new QTableWidgetItem(state ? Targets::cell(*state) : QString()));
        }
        if (withReperes) {
            const DomainReperes *median = comparison.reperes->domain(result.domainId);
            m_table->setItem(row, column++,
                new QTableWidgetItem(median ? Reperes::standingShort(result.palier, median->median) : QString()));
        }
        if (rubric)
            continue;
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
    fitToRows(m_table);

    // What the charts show, as text: the same numbers for a screen reader.
    QStringList paliers;
    QStringList answers;
    for (const DomainResult &result : evaluation.domains) {
        const Domain *domain = referential->domain(result.domainId);
        const QString title = domain ? domain->title : result.domainId;
        paliers.append(rubric ? tr("%1: jalon %2").arg(title).arg(result.palier)
                              : tr("%1: palier %2").arg(title).arg(result.palier));
        const LevelTally counted = result.answers();
        answers.append(
            tr("%1: %n of %2 applicable criteria met", nullptr, counted.met).arg(title).arg(counted.applicable()));
    }
    fillAnswersTable(*referential, evaluation, rubric);
    if (rubric) {
        PaliersCharts::setChart(m_radar, PaliersCharts::createStageChart(*referential, evaluation));
        m_radar->setAccessibleName(tr("Bar chart of the jalon per axis"));
        m_radarTitle->hide();
        PaliersCharts::setChart(m_bars, new QChart);
        m_bars->hide();
    } else {
        QChart *radar = PaliersCharts::createRadarChart(*referential, evaluation, comparison);
        m_radarTitle->setText(radar->title());
        m_radarTitle->show();
        radar->setTitle(QString());
        PaliersCharts::setChart(m_radar, radar);
        m_radar->setAccessibleName(tr("Radar chart of the paliers per domain"));
        PaliersCharts::setChart(m_bars, PaliersCharts::createStatusChart(*referential, evaluation));
        m_bars->setAccessibleDescription(answers.join(tr("; ", "list separator")));
        m_bars->show();
    }
    m_radar->setAccessibleDescription(paliers.join(tr("; ", "list separator")));
}

} // namespace Paliers
