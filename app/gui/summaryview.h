#pragma once

#include "analysis/progress.h"
#include "palierscharts.h"
#include "referential/palierengine.h"

#include <optional>
#include <QWidget>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace Paliers {

class Referential;

// The result of an assessment at a glance: the overall palier and the
// completion, a table of the palier per domain with the counts per level, the
// radar of the paliers and the answers per domain as stacked bars. For a
// rubric (the jalons): the lowest jalon, the jalon of each axis and one bar
// per axis.
class SummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryView(QWidget *parent = nullptr);
    ~SummaryView() override;

    void setEvaluation(const Referential *referential, const Evaluation &evaluation);
    // With where the school aims (its targets, as of `schoolYear`) and where
    // the académie stands (its repères): two more series on the radar, two
    // more columns in the table, and a line on the targets reached.
    void setEvaluation(const Referential *referential, const Evaluation &evaluation, const RadarComparison &comparison,
        const QString &schoolYear);
    // The line on the targets, as shown.
    QString targetsText() const;
    // What changed since the previous assessment of the grid: a table of the
    // palier of each domain and the overall palier then and now (▲ green,
    // ▼ red, as in the commission pack), and a line on the criteria and the
    // actions; a sentence only when it is the first assessment.
    void setProgress(const Referential *referential, const std::optional<Progress> &progress);
    // The line and the table as text, a row a line.
    QString progressText() const;
    void clear();

signals:
    // « Cibles… » was pressed.
    void targetsRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillAnswersTable(const Referential &referential, const Evaluation &evaluation, bool rubric);

    QSplitter *m_charts = nullptr;
    QLabel *m_overall;
    QLabel *m_completionText;
    QLabel *m_progress;
    QLabel *m_targets;
    QPushButton *m_setTargets;
    QProgressBar *m_completion;
    QTableWidget *m_table;
    QTableWidget *m_progressTable;
    QLabel *m_radarTitle;
    QChartView *m_radar;
    QChartView *m_bars;
    // The bar chart's numbers as a table: what a screen reader and a reader
    // who does not tell colours apart read.
    QTableWidget *m_answersTable;
};

} // namespace Paliers
