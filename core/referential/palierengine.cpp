#include "referential/palierengine.h"

#include <algorithm>
#include <QStringList>
#include <utility>

namespace Paliers {

const DomainResult *Evaluation::domain(const QString &domainId) const
{
    const auto it = std::find_if(
        domains.cbegin(), domains.cend(), [&domainId](const DomainResult &d) { return d.domainId == domainId; });
    return it == domains.cend() ? nullptr : &*it;
}

namespace {

void count(LevelTally &tally, AnswerStatus status)
{
    ++tally.total;
    switch (status) {
    case AnswerStatus::Met:
        ++tally.met;
        break;
    case AnswerStatus::InProgress:
        ++tally.inProgress;
        break;
    case AnswerStatus::NotMet:
        ++tally.notMet;
        break;
    case AnswerStatus::NotApplicable:
        ++tally.notApplicable;
        break;
    case AnswerStatus::Unanswered:
        ++tally.unanswered;
        break;
    }
}

DomainResult evaluateDomain(const Referential &referential, const Domain &domain, const AnswerMap &answers)
{
    DomainResult result;
    result.domainId = domain.id;
    for (const Level &level : referential.levels()) {
        LevelTally tally;
        tally.level = level.number;
        for (const Criterion *criterion : referential.criteriaOf(domain.id, level.number))
            count(tally, answers.value(criterion->id, AnswerStatus::Unanswered));
        tally.required = referential.rule().requiredMet(tally.applicable());
        result.levels.append(tally);
    }

    if (referential.kind() == ReferentialKind::Rubric) {
        // A team places the axis at a stage by marking that stage's cell met;
        // the highest such stage wins, lower stages need not be marked.
        for (const LevelTally &tally : std::as_const(result.levels)) {
            if (tally.met > 0)
                result.palier = tally.level;
        }
        if (result.palier < referential.maxLevel()) {
            for (const Criterion *criterion : referential.criteriaOf(domain.id, result.palier + 1))
                result.blocking.append(criterion->id);
            result.missing = result.blocking.isEmpty() ? 0 : 1;
        }
        return result;
    }

    // The palier is the longest run of satisfied levels from palier 1 up.
    const auto firstUnsatisfied = std::find_if(
        result.levels.cbegin(), result.levels.cend(), [](const LevelTally &t) { return !t.satisfied(); });
    result.palier = static_cast<int>(firstUnsatisfied - result.levels.cbegin());

    if (firstUnsatisfied != result.levels.cend()) {
        result.missing = firstUnsatisfied->required - firstUnsatisfied->met;
        for (const Criterion *criterion : referential.criteriaOf(domain.id, firstUnsatisfied->level)) {
            const AnswerStatus status = answers.value(criterion->id, AnswerStatus::Unanswered);
            if (status != AnswerStatus::Met && status != AnswerStatus::NotApplicable)
                result.blocking.append(criterion->id);
        }
    }
    return result;
}

} // namespace

Result<Evaluation> PalierEngine::evaluate(const Referential &referential, const AnswerMap &answers)
{
    QStringList unknown;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!referential.criterion(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty()) {
        unknown.sort();
        return Error {
            tr("The referential \"%1\" has no criterion with the id %2.", nullptr, static_cast<int>(unknown.size()))
                .arg(referential.id(), unknown.join(QLatin1String(", ")))};
    }

    Evaluation evaluation;
    evaluation.overallPalier = referential.maxLevel();
    for (const Domain &domain : referential.domains()) {
        DomainResult result = evaluateDomain(referential, domain, answers);
        evaluation.overallPalier = std::min(evaluation.overallPalier, result.palier);
        evaluation.domains.append(std::move(result));
    }
    if (referential.kind() == ReferentialKind::Rubric) {
        // A rubric is answered axis by axis: an axis counts once it is placed.
        evaluation.total = static_cast<int>(referential.domains().size());
        evaluation.answered = static_cast<int>(std::count_if(evaluation.domains.cbegin(), evaluation.domains.cend(),
            [](const DomainResult &d) { return d.palier > 0; }));
        return evaluation;
    }
    evaluation.total = static_cast<int>(referential.criteria().size());
    for (const Criterion &criterion : referential.criteria()) {
        if (answers.value(criterion.id, AnswerStatus::Unanswered) != AnswerStatus::Unanswered)
            ++evaluation.answered;
    }
    return evaluation;
}

} // namespace Paliers
