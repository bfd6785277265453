#pragma once

#include "analysis/assessmentrecord.h"
#include "model/assessment.h"
#include "model/result.h"
#include "referential/palierengine.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Paliers {

// How one domain's palier moved between two assessments.
struct DomainChange
{
    QString domainId;
    int before = 0;
    int after = 0;
    int delta() const { return after - before; }
};

// What changed since the previous assessment of the same grid: the paliers
// that rose or fell, the criteria newly atteint and those lost, and the
// actions of either plan marked fait.
struct Progress
{
    Q_DECLARE_TR_FUNCTIONS(Progress)

public:
    Assessment previous;
    QList<DomainChange> domains; // every domain, in the referential's order
    int overallBefore = 0;
    int overallAfter = 0;
    QStringList newlyMet; // in the referential's order
    // Atteint before, now en cours or non atteint: regressions.
    QStringList lost;
    // Atteint before, not answered yet this time (a draft being reviewed):
    // not a regression, but the paliers wait for them.
    QStringList notReviewed;
    // Changed otherwise (between en cours, non atteint, non concerné…).
    QStringList otherChanges;
    QStringList unchanged;
    QList<ActionItem> actionsDone;

    QList<DomainChange> rose() const;
    QList<DomainChange> fell() const;
    bool hasRegression() const { return !lost.isEmpty(); }

    // Compares two fillings of `referential`. Answers to criteria the grid
    // does not have (an older version of it) are left out. For the jalons
    // (a rubric), criteria are the chosen cells: an axis that moved up lists
    // its new cell as newly met, one that moved down its old cell as lost.
    static Progress compute(const Referential &referential, const AnswerMap &before, const AnswerMap &after,
        const QList<ActionItem> &previousPlan, const QList<ActionItem> &currentPlan);
};

} // namespace Paliers
