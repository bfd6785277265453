#include "analysis/progress.h"

#include <algorithm>

namespace Paliers {

namespace {

AnswerMap known(const Referential &referential, const AnswerMap &answers)
{
    AnswerMap kept;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (referential.criterion(it.key()))
            kept.insert(it.key(), it.value());
    }
    return kept;
}

} // namespace

QList<DomainChange> Progress::rose() const
{
    QList<DomainChange> list;
    std::copy_if(domains.cbegin(), domains.cend(), std::back_inserter(list),
        [](const DomainChange &change) { return change.delta() > 0; });
    return list;
}

QList<DomainChange> Progress::fell() const
{
    QList<DomainChange> list;
    std::copy_if(domains.cbegin(), domains.cend(), std::back_inserter(list),
        [](const DomainChange &change) { return change.delta() < 0; });
    return list;
}

Progress Progress::compute(const Referential &referential, const AnswerMap &before, const AnswerMap &after,
    const QList<ActionItem> &previousPlan, const QList<ActionItem> &currentPlan)
{
    const AnswerMap oldAnswers = known(referential, before);
    const AnswerMap newAnswers = known(referential, after);
    // Both maps only hold criteria of the referential: evaluation cannot fail.
    const Evaluation oldEvaluation = PalierEngine::evaluate(referential, oldAnswers).value();
    const Evaluation newEvaluation = PalierEngine::evaluate(referential, newAnswers).value();

    Progress progress;
    for (qsizetype i = 0; i < referential.domains().size(); ++i)
        progress.domains.append(
            {referential.domains().at(i).id, oldEvaluation.domains.at(i).palier, newEvaluation.domains.at(i).palier});
    progress.overallBefore = oldEvaluation.overallPalier;
    progress.overallAfter = newEvaluation.overallPalier;

    if (referential.kind() == ReferentialKind::Rubric) {
        const auto cell = [&referential](const QString &axis, int stage) {
            const QList<const Criterion *> cells = referential.criteriaOf(axis, stage);
            return cells.isEmpty() ? QString() : cells.constFirst()->id;
        };
        for (const DomainChange &change : std::as_const(progress.domains)) {
            if (change.delta() > 0)
                progress.newlyMet.append(cell(change.domainId, change.after));
            else if (change.delta() < 0 && change.after == 0) // not placed again yet
                progress.notReviewed.append(cell(change.domainId, change.before));
            else if (change.delta() < 0)
                progress.lost.append(cell(change.domainId, change.before));
        }
        progress.newlyMet.removeAll(QString());
        progress.lost.removeAll(QString());
        progress.notReviewed.removeAll(QString());
    } else {
        for (const Criterion &criterion : referential.criteria()) {
            const AnswerStatus was = oldAnswers.value(criterion.id, AnswerStatus::Unanswered);
            const AnswerStatus is = newAnswers.value(criterion.id, AnswerStatus::Unanswered);
            if (was == is || was != AnswerStatus::Met) {
                if (was != is && is == AnswerStatus::Met)
                    progress.newlyMet.append(criterion.id);
            } else if (is == AnswerStatus::Unanswered) {
                progress.notReviewed.append(criterion.id); // a draft under review
            } else if (is != AnswerStatus::NotApplicable) {
                progress.lost.append(criterion.id);
            }
        }
    }
    // Every other criterion: changed otherwise, or as it was.
    for (const Criterion &criterion : referential.criteria()) {
        const QString &id = criterion.id;
        if (progress.newlyMet.contains(id) || progress.lost.contains(id) || progress.notReviewed.contains(id))
            continue;
        if (oldAnswers.value(id, AnswerStatus::Unanswered) == newAnswers.value(id, AnswerStatus::Unanswered))
            progress.unchanged.append(id);
        else
            progress.otherChanges.append(id);
    }

    // An action carried over and marked done in both plans is one action.
    const auto same = [](const ActionItem &a, const ActionItem &b) {
        return a.title == b.title && a.criterionId == b.criterionId;
    };
    for (const ActionItem &item : previousPlan) {
        const bool doneAgain = std::any_of(currentPlan.cbegin(), currentPlan.cend(),
            [&](const ActionItem &current) { return current.status == ActionStatus::Done && same(current, item); });
        if (item.status == ActionStatus::Done && !doneAgain)
            progress.actionsDone.append(item);
    }
    for (const ActionItem &item : currentPlan) {
        if (item.status == ActionStatus::Done)
            progress.actionsDone.append(item);
    }
    return progress;
}

} // namespace Paliers
