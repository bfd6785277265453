#include "storage/loaders.h"

#include "referential/migration.h"
#include "storage/storage.h"

#include <algorithm>

namespace Paliers {

Result<AssessmentRecord> loadAssessmentRecord(const Storage &storage, qint64 assessmentId)
{
    AssessmentRecord report;
    Result<Assessment> assessment = storage.assessment(assessmentId);
    if (!assessment)
        return Error {assessment.error()};
    report.assessment = assessment.value();
    report.referential = storage.referentialOf(report.assessment);
    if (!report.referential)
        return Error {Storage::unknownReferential(report.assessment)};

    Result<Establishment> establishment = storage.establishment(report.assessment.establishmentId);
    if (!establishment)
        return Error {establishment.error()};
    report.establishment = establishment.value();

    Result<QList<Answer>> answers = storage.answers(assessmentId);
    if (!answers)
        return Error {answers.error()};
    report.answers = answers.value();
    report.indexAnswers();

    Result<QList<ActionItem>> items = storage.actionItems(assessmentId);
    if (!items)
        return Error {items.error()};
    report.actionItems = items.value();

    Result<QList<DomainTarget>> targets = storage.targets(assessmentId);
    if (!targets)
        return Error {targets.error()};
    report.targets = targets.value();

    Result<std::optional<Reperes>> reperes
        = storage.reperesFor(report.assessment.referentialId, report.assessment.schoolYear);
    if (!reperes)
        return Error {reperes.error()};
    report.reperes = reperes.value();

    Result<QList<AssessmentEvent>> events = storage.events(assessmentId);
    if (!events)
        return Error {events.error()};
    report.events = events.value();

    Result<Evaluation> evaluation = PalierEngine::evaluate(*report.referential, report.answerMap());
    if (!evaluation)
        return Error {evaluation.error()};
    report.evaluation = evaluation.value();
    return report;
}

Result<std::optional<Progress>> loadProgress(const Storage &storage, const AssessmentRecord &current)
{
    Result<std::optional<Assessment>> previous = storage.predecessor(current.assessment.id);
    if (!previous)
        return Error {previous.error()};
    if (!previous.value())
        return std::optional<Progress>();
    const qint64 previousId = previous.value()->id;
    Result<AnswerMap> answered = storage.answerMap(previousId);
    if (!answered)
        return Error {answered.error()};
    // Last year's answers as this year's version of the grid reads them.
    const Referential *older = storage.referentialOf(*previous.value());
    if (!older)
        return std::optional<Progress>(); // that version is gone: nothing to compare with
    Result<AnswerMap> before = Migration::translate(*older, *current.referential, answered.value());
    if (!before)
        return std::optional<Progress>(); // no map between the two versions
    Result<QList<ActionItem>> previousPlan = storage.actionItems(previousId);
    if (!previousPlan)
        return Error {previousPlan.error()};
    Progress progress = Progress::compute(
        *current.referential, before.value(), current.answerMap(), previousPlan.value(), current.actionItems);
    progress.previous = *previous.value();
    return std::optional<Progress>(std::move(progress));
}

namespace {

// A draft moved in place to another version (Storage::migrateDraft): the
// version it left is the note of its last VersionChanged event, and what the
// map could not carry is in the history of the removed criteria.
Result<std::optional<CarriedOver>> movedInPlace(const Storage &storage, const Assessment &assessment)
{
    Result<QList<AssessmentEvent>> events = storage.events(assessment.id);
    if (!events)
        return Error {events.error()};
    QString left;
    for (const AssessmentEvent &event : events.value()) {
        if (event.kind == AssessmentEvent::Kind::VersionChanged)
            left = event.note;
    }
    const Referential *older = left.isEmpty() ? nullptr : storage.catalog().find(assessment.referentialId, left);
    const Referential *newer = storage.referentialOf(assessment);
    if (!older || !newer || older == newer)
        return std::optional<CarriedOver>();
    Result<Migration> migration = Migration::between(*older, *newer);
    if (!migration)
        return std::optional<CarriedOver>(); // moved back by undo: nothing carried
    Result<QList<AnswerHistoryEntry>> history = storage.history(assessment.id);
    if (!history)
        return Error {history.error()};
    QList<Answer> dropped;
    for (const QString &id : migration->removed()) {
        // The last clearing of that criterion: the move's.
        const auto cleared = std::find_if(history->crbegin(), history->crend(), [&id](const AnswerHistoryEntry &e) {
            return e.criterionId == id && e.newStatus == AnswerStatus::Unanswered && e.oldStatus;
        });
        if (cleared == history->crend())
            continue;
        // An answer that held nothing lost nothing.
        if (*cleared->oldStatus != AnswerStatus::Unanswered || !cleared->oldComment.isEmpty()
            || !cleared->oldEvidence.isEmpty())
            dropped.append({id, *cleared->oldStatus, cleared->oldComment, cleared->oldEvidence, cleared->changedBy,
                cleared->changedAt});
    }
    return std::optional<CarriedOver>(CarriedOver {assessment, std::move(migration).value(), dropped, true});
}

} // namespace

Result<std::optional<CarriedOver>> loadCarriedOver(const Storage &storage, const Assessment &assessment)
{
    // Moved in place last: what the draft held then is what was carried.
    Result<std::optional<CarriedOver>> moved = movedInPlace(storage, assessment);
    if (!moved || moved.value() || !assessment.previousId)
        return moved;
    Result<Assessment> previous = storage.assessment(*assessment.previousId);
    if (!previous)
        return Error {previous.error()};
    if (previous->referentialId != assessment.referentialId
        || previous->referentialVersion == assessment.referentialVersion)
        return std::optional<CarriedOver>();
    const Referential *older = storage.referentialOf(previous.value());
    const Referential *newer = storage.referentialOf(assessment);
    if (!older || !newer)
        return std::optional<CarriedOver>();
    Result<Migration> migration = Migration::between(*older, *newer);
    if (!migration)
        return std::optional<CarriedOver>();
    Result<QList<Answer>> answers = storage.answers(previous->id);
    if (!answers)
        return Error {answers.error()};
    QList<Answer> left = migration->carry(answers.value()).left;
    return std::optional<CarriedOver>(
        CarriedOver {std::move(previous).value(), std::move(migration).value(), std::move(left)});
}

Result<CommissionPack> loadCommissionPack(const Storage &storage, qint64 assessmentId)
{
    Result<AssessmentRecord> report = loadAssessmentRecord(storage, assessmentId);
    if (!report)
        return Error {report.error()};
    Result<CommissionMeeting> meeting = storage.commissionMeeting(assessmentId);
    if (!meeting)
        return Error {meeting.error()};
    Result<std::optional<Progress>> progress = loadProgress(storage, report.value());
    if (!progress)
        return Error {progress.error()};
    return CommissionPack {std::move(report.value()), meeting.value(), std::move(progress.value())};
}

} // namespace Paliers
