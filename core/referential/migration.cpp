#include "referential/migration.h"

#include <algorithm>

namespace Paliers {

Migration::Migration(const Referential &from, const Referential &to)
    : m_from(&from)
    , m_to(&to)
{
}

Result<Migration> Migration::between(const Referential &from, const Referential &to)
{
    if (from.id() != to.id())
        return Error {tr("The grids \"%1\" and \"%2\" are not versions of one grid.").arg(from.id(), to.id())};
    const Supersession *supersession = to.supersession(from.version());
    if (!supersession)
        return Error {tr("Version %1 of \"%2\" does not say how to carry answers over from version %3.")
                          .arg(to.version(), to.id(), from.version())};

    Migration migration(from, to);
    QHash<QString, const CriterionMapping *> mapped;
    for (const CriterionMapping &mapping : supersession->criteria) {
        if (!from.criterion(mapping.from))
            return Error {tr("Version %1 of \"%2\" maps the criterion \"%3\", which version %4 does not have.")
                              .arg(to.version(), to.id(), mapping.from, from.version())};
        mapped.insert(mapping.from, &mapping);
    }
    for (const Criterion &old : from.criteria()) {
        const CriterionMapping *mapping = mapped.value(old.id);
        QStringList targets;
        if (mapping)
            targets = mapping->to;
        else if (to.criterion(old.id))
            targets = {old.id};
        migration.m_targets.insert(old.id, targets);
        for (const QString &target : std::as_const(targets)) {
            migration.m_sources[target].append(old.id);
            if (mapping && !mapping->note.isEmpty()) {
                QString &note = migration.m_notes[target];
                if (!note.contains(mapping->note))
                    note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + mapping->note;
            }
        }
    }
    // The map must account for every criterion: one with no predecessor is
    // declared added, and one declared added has none. Anything else is a
    // mistake in the file that would silently lose or invent answers.
    for (const Criterion &criterion : to.criteria()) {
        const bool declared = supersession->added.contains(criterion.id);
        const bool hasSource = migration.m_sources.contains(criterion.id);
        if (declared && hasSource)
            return Error {tr("Version %1 of \"%2\" lists the criterion \"%3\" as added, but version %4 has a "
                             "criterion of that id: map it in \"criteria\".")
                              .arg(to.version(), to.id(), criterion.id, from.version())};
        if (!declared && !hasSource)
            return Error {tr("The criterion \"%3\" of version %1 of \"%2\" comes from no criterion of version %4: "
                             "map one onto it or list it in \"added\".")
                              .arg(to.version(), to.id(), criterion.id, from.version())};
    }
    return migration;
}

Migration::Change Migration::change(const QString &newId) const
{
    const QStringList from = sources(newId);
    if (from.isEmpty())
        return Change::Added;
    if (from.size() > 1)
        return Change::Merged;
    if (targets(from.constFirst()).size() > 1)
        return Change::Split;
    return from.constFirst() == newId ? Change::Same : Change::Renamed;
}

QStringList Migration::removed() const
{
    QStringList list;
    for (const Criterion &old : m_from->criteria()) {
        if (targets(old.id).isEmpty())
            list.append(old.id);
    }
    return list;
}

QStringList Migration::added() const
{
    QStringList list;
    for (const Criterion &criterion : m_to->criteria()) {
        if (sources(criterion.id).isEmpty())
            list.append(criterion.id);
    }
    return list;
}

AnswerStatus Migration::merged(const QList<AnswerStatus> &statuses)
{
    QList<AnswerStatus> answered;
    std::copy_if(statuses.cbegin(), statuses.cend(), std::back_inserter(answered),
        [](AnswerStatus status) { return status != AnswerStatus::Unanswered; });
    const auto agreed = [](const QList<AnswerStatus> &list) {
        return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [&list](AnswerStatus status) {
            return status == list.constFirst();
        });
    };
    if (answered.isEmpty())
        return AnswerStatus::Unanswered;
    if (agreed(answered))
        return answered.constFirst();
    answered.removeAll(AnswerStatus::NotApplicable);
    return agreed(answered) ? answered.constFirst() : AnswerStatus::InProgress;
}

Result<AnswerMap> Migration::translate(const Referential &from, const Referential &to, const AnswerMap &answers)
{
    if (from.id() == to.id() && from.version() == to.version())
        return answers;
    Result<Migration> migration = between(from, to);
    if (!migration)
        return Error {migration.error()};
    return migration->carry(answers);
}

AnswerMap Migration::carry(const AnswerMap &old) const
{
    AnswerMap carried;
    for (const Criterion &criterion : m_to->criteria()) {
        QList<AnswerStatus> statuses;
        for (const QString &source : m_sources.value(criterion.id))
            statuses.append(old.value(source, AnswerStatus::Unanswered));
        const AnswerStatus status = merged(statuses);
        if (status != AnswerStatus::Unanswered)
            carried.insert(criterion.id, status);
    }
    return carried;
}

Migration::Carried Migration::carry(const QList<Answer> &old) const
{
    QHash<QString, const Answer *> byId;
    for (const Answer &answer : old)
        byId.insert(answer.criterionId, &answer);

    Carried carried;
    for (const Criterion &criterion : m_to->criteria()) {
        const QStringList from = m_sources.value(criterion.id);
        QList<AnswerStatus> statuses;
        QStringList comments;
        QStringList evidence;
        for (const QString &source : from) {
            const Answer *answer = byId.value(source);
            if (!answer)
                continue;
            statuses.append(answer->status);
            // Merged: say which old criterion each text was written for.
            const QString mark = from.size() > 1 ? QStringLiteral("[%1] ").arg(source) : QString();
            if (!answer->comment.isEmpty())
                comments.append(mark + answer->comment);
            if (!answer->evidence.isEmpty())
                evidence.append(mark + answer->evidence);
        }
        Answer answer;
        answer.criterionId = criterion.id;
        answer.status = merged(statuses);
        answer.comment = comments.join(u'\n');
        answer.evidence = evidence.join(u'\n');
        if (answer.status != AnswerStatus::Unanswered || !answer.comment.isEmpty() || !answer.evidence.isEmpty())
            carried.answers.append(answer);
    }
    for (const Criterion &oldCriterion : m_from->criteria()) {
        const Answer *answer = byId.value(oldCriterion.id);
        if (!answer || !targets(oldCriterion.id).isEmpty())
            continue;
        if (answer->status != AnswerStatus::Unanswered || !answer->comment.isEmpty() || !answer->evidence.isEmpty())
            carried.left.append(*answer);
    }
    return carried;
}

} // namespace Paliers
