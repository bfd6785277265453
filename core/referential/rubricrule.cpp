#include "referential/rubricrule.h"

namespace Paliers::RubricRule {

bool allows(AnswerStatus status)
{
    return status == AnswerStatus::Met || status == AnswerStatus::Unanswered;
}

QList<const Criterion *> cellsOf(const Referential &referential, const QString &axisId)
{
    QList<const Criterion *> cells;
    for (const Level &level : referential.levels())
        cells.append(referential.criteriaOf(axisId, level.number));
    return cells;
}

QList<CellChange> placeAxis(const Referential &referential, const QString &axisId, int stage, const AnswerMap &current)
{
    if (referential.kind() != ReferentialKind::Rubric)
        return {};
    QList<CellChange> changes;
    for (const Criterion *cell : cellsOf(referential, axisId)) {
        const AnswerStatus wanted = cell->level == stage ? AnswerStatus::Met : AnswerStatus::Unanswered;
        if (current.value(cell->id, AnswerStatus::Unanswered) != wanted)
            changes.append({cell->id, wanted});
    }
    return changes;
}

} // namespace Paliers::RubricRule
