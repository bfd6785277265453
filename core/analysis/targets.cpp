#include "analysis/targets.h"

#include <algorithm>
#include <QSet>

namespace Paliers {

Status Targets::check(const Referential &referential, const QList<DomainTarget> &targets)
{
    QSet<QString> seen;
    for (const DomainTarget &target : targets) {
        const Domain *domain = referential.domain(target.domainId);
        if (!domain)
            return Error {tr("The grid \"%1\" has no domain \"%2\".").arg(referential.id(), target.domainId)};
        if (seen.contains(target.domainId))
            return Error {tr("The domain \"%1\" has two targets.").arg(domain->title)};
        seen.insert(target.domainId);
        if (target.palier < 1 || target.palier > referential.maxLevel())
            return Error {tr("The target of \"%1\" must be a palier from 1 to %2.")
                              .arg(domain->title)
                              .arg(referential.maxLevel())};
        if (!SchoolYear::isValid(target.schoolYear))
            return Error {SchoolYear::invalidMessage(target.schoolYear)};
    }
    return Done {};
}

QList<TargetState> Targets::states(const Referential &referential, const Evaluation &evaluation,
    const AnswerMap &answers, const QList<DomainTarget> &targets, const QString &schoolYear)
{
    QList<TargetState> states;
    const bool rubric = referential.kind() == ReferentialKind::Rubric;
    for (const DomainResult &result : evaluation.domains) {
        const DomainTarget *target = find(targets, result.domainId);
        if (!target)
            continue;
        TargetState state;
        state.target = *target;
        state.palier = result.palier;
        for (int level = result.palier + 1; level <= target->palier; ++level) {
            const qsizetype index = level - 1;
            if (!rubric && index < result.levels.size()) {
                const LevelTally &tally = result.levels.at(index);
                state.remaining += std::max(0, tally.required - tally.met);
            } else if (rubric) {
                ++state.remaining;
            }
            for (const Criterion *criterion : referential.criteriaOf(result.domainId, level)) {
                const AnswerStatus status = answers.value(criterion->id, AnswerStatus::Unanswered);
                if (status != AnswerStatus::Met && status != AnswerStatus::NotApplicable)
                    state.criteria.append(criterion->id);
            }
        }
        state.late = !state.reached() && !schoolYear.isEmpty() && schoolYear > target->schoolYear;
        states.append(state);
    }
    return states;
}

const DomainTarget *Targets::find(const QList<DomainTarget> &targets, const QString &domainId)
{
    const auto found = std::find_if(
        targets.cbegin(), targets.cend(), [&domainId](const DomainTarget &t) { return t.domainId == domainId; });
    return found == targets.cend() ? nullptr : &*found;
}

const TargetState *Targets::find(const QList<TargetState> &states, const QString &domainId)
{
    const auto found = std::find_if(
        states.cbegin(), states.cend(), [&domainId](const TargetState &s) { return s.target.domainId == domainId; });
    return found == states.cend() ? nullptr : &*found;
}

int Targets::reachedCount(const QList<TargetState> &states)
{
    return static_cast<int>(
        std::count_if(states.cbegin(), states.cend(), [](const TargetState &s) { return s.reached(); }));
}

QString Targets::describe(const DomainTarget &target)
{
    return tr("palier %1 by %2").arg(target.palier).arg(target.schoolYear);
}

QString Targets::cell(const TargetState &state)
{
    if (state.reached())
        return tr("reached (%1)").arg(state.target.palier);
    if (state.late)
        return tr("%1 in %2, overdue").arg(state.target.palier).arg(state.target.schoolYear);
    return tr("%1 in %2").arg(state.target.palier).arg(state.target.schoolYear);
}

QString Targets::summary(const Referential &referential, const QList<TargetState> &states)
{
    if (states.isEmpty())
        return QString();
    const bool rubric = referential.kind() == ReferentialKind::Rubric;
    QStringList parts;
    const int total = static_cast<int>(states.size());
    parts.append(rubric ? tr("%n of %1 axes have reached their target", nullptr, reachedCount(states)).arg(total)
                        : tr("%n of %1 domains have reached their target", nullptr, reachedCount(states)).arg(total));
    for (const TargetState &state : states) {
        if (state.reached())
            continue;
        const Domain *domain = referential.domain(state.target.domainId);
        const QString name = domain ? domain->title : state.target.domainId;
        parts.append(rubric ? tr("%1: %n stage(s) to go", nullptr, state.remaining).arg(name)
                            : tr("%1: %n criterion(s) to go", nullptr, state.remaining).arg(name));
    }
    return parts.join(QStringLiteral(" ; "));
}

QStringList Targets::criteriaToTargets(const QList<TargetState> &states)
{
    QStringList ids;
    for (const TargetState &state : states)
        ids += state.criteria;
    return ids;
}

QList<DomainTarget> Targets::fromSimulation(const Referential &referential, const Evaluation &stored,
    const Evaluation &simulated, const QList<DomainTarget> &current, const QString &schoolYear)
{
    QList<DomainTarget> targets;
    for (const Domain &domain : referential.domains()) {
        const DomainResult *before = stored.domain(domain.id);
        const DomainResult *after = simulated.domain(domain.id);
        if (before && after && after->palier > before->palier)
            targets.append({domain.id, after->palier, schoolYear});
        else if (const DomainTarget *kept = find(current, domain.id))
            targets.append(*kept);
    }
    return targets;
}

} // namespace Paliers
