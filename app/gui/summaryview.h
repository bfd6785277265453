#pragma once

#include "palierengine.h"
#include "progress.h"

#include <optional>

#include <QWidget>

class QChartView;
class QLabel;
class QProgressBar;
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
    // What changed since the previous assessment of the grid, in a line;
    // nothing when it is the first.
    void setProgress(const Referential *referential, const std::optional<Progress> &progress);
    QString progressText() const;
    void clear();

private:
    QLabel *m_overall;
    QLabel *m_completionText;
    QLabel *m_progress;
    QProgressBar *m_completion;
    QTableWidget *m_table;
    QChartView *m_radar;
    QChartView *m_bars;
};

} // namespace Paliers
