#pragma once

#include "model/answerstatus.h"
#include "referential/referential.h"

#include <QList>
#include <QString>

namespace Paliers {

// The rule of a rubric (the jalons of Annexe 8): one chosen cell per axis. A
// cell is chosen (met) or left blank (unanswered), nothing else, and placing
// an axis at a stage chooses that stage's cell and leaves every other cell of
// the axis blank. The grid editor follows it when a stage is clicked and the
// storage when an answer is written: the rule is written here once, so that
// the two cannot drift apart.
namespace RubricRule {

// Whether a cell of a rubric may hold `status`.
bool allows(AnswerStatus status);

// The cells of an axis, in stage order (one per stage that has one).
QList<const Criterion *> cellsOf(const Referential &referential, const QString &axisId);

struct CellChange
{
    QString criterionId;
    AnswerStatus status = AnswerStatus::Unanswered;

    bool operator==(const CellChange &) const = default;
};

// What places `axisId` at `stage` (0: at no stage, the axis cleared), given
// what its cells hold now (a cell missing from `current` is blank): the cells
// whose status must change and the status each gets, in stage order. Empty
// when the axis is already there, or when `referential` is not a rubric.
QList<CellChange> placeAxis(const Referential &referential, const QString &axisId, int stage, const AnswerMap &current);

} // namespace RubricRule

} // namespace Paliers
