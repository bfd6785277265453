#include "referential/rubricrule.h"
#include "storage/sqlitestatement.h"
#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Answers

Result<QList<Answer>> Storage::answers(qint64 assessmentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT criterion_id, status, comment, evidence, changed_by, changed_at FROM answer"
                             " WHERE assessment_id = ? ORDER BY criterion_id"));
    q.addBindValue(assessmentId);
    if (auto error = failure(q))
        return *error;
    QList<Answer> list;
    while (q.next())
        list.append({q.value(0).toString(), statusFromKey(q.value(1).toString()), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), toDateTime(q.value(5))});
    return list;
}

Result<AnswerMap> Storage::answerMap(qint64 assessmentId) const
{
    Result<QList<Answer>> list = answers(assessmentId);
    if (!list)
        return Error {list.error()};
    AnswerMap map;
    for (const Answer &answer : list.value())
        map.insert(answer.criterionId, answer.status);
    return map;
}

Result<Evaluation> Storage::evaluate(qint64 assessmentId) const
{
    Result<Assessment> found = assessment(assessmentId);
    if (!found)
        return Error {found.error()};
    const Referential *referential = referentialOf(found.value());
    if (!referential)
        return Error {unknownReferential(found.value())};
    Result<AnswerMap> map = answerMap(assessmentId);
    if (!map)
        return Error {map.error()};
    return PalierEngine::evaluate(*referential, map.value());
}

Status Storage::applyEdit(
    const Assessment &assessment, const Referential &referential, const AnswerEdit &edit, const QString &timestamp)
{
    if (!referential.criterion(edit.criterionId))
        return Error {tr("Version %1 of the referential \"%2\" has no criterion \"%3\".")
                          .arg(referential.version(), referential.id(), edit.criterionId)};
    for (const std::optional<QString> *text : {&edit.comment, &edit.evidence}) {
        if (*text && (*text)->size() > MaxTextLength)
            return Error {tr("The text entered for %1 is too long (%2 characters; at most %3).")
                              .arg(edit.criterionId)
                              .arg((*text)->size())
                              .arg(MaxTextLength)};
    }

    // The statements of an edit are kept prepared on this connection: a
    // person types one answer after another.
    SqliteStatement &old = direct(QStringLiteral("SELECT status, comment, evidence FROM answer"
                                                 " WHERE assessment_id = ?1 AND criterion_id = ?2"));
    old.bind(1, assessment.id);
    old.bind(2, edit.criterionId);
    const bool existed = old.next();
    if (!existed && old.lastError().isValid())
        return Error {m_database.describe(old.lastError())};
    const AnswerStatus oldStatus = existed ? statusFromKey(old.text(0)) : AnswerStatus::Unanswered;
    const QString oldComment = existed ? old.text(1) : QString();
    const QString oldEvidence = existed ? old.text(2) : QString();
    old.reset();

    const AnswerStatus newStatus = edit.status.value_or(oldStatus);
    const QString newComment = edit.comment.value_or(oldComment);
    const QString newEvidence = edit.evidence.value_or(oldEvidence);
    if (existed && newStatus == oldStatus && newComment == oldComment && newEvidence == oldEvidence)
        return Done {}; // nothing changed, nothing to record

    if (referential.kind() == ReferentialKind::Rubric) {
        // A jalon is chosen, not graded (RubricRule): a cell is atteint or
        // left blank, and choosing one clears the axis' other cells.
        if (!RubricRule::allows(newStatus))
            return Error {tr("%1 is a cell of the jalons: it is chosen (%2) or left blank (%3), nothing else.")
                              .arg(edit.criterionId, answerStatusKey(AnswerStatus::Met),
                                  answerStatusKey(AnswerStatus::Unanswered))};
        if (newStatus == AnswerStatus::Met && oldStatus != AnswerStatus::Met) {
            const Criterion *cell = referential.criterion(edit.criterionId);
            // The axis as it will stand: this cell chosen, and whichever
            // other cell was chosen before.
            AnswerMap chosen {{cell->id, AnswerStatus::Met}};
            QSqlQuery q(m_database.connection());
            for (const Criterion *other : RubricRule::cellsOf(referential, cell->domainId)) {
                if (other->id == cell->id)
                    continue;
                q.prepare(QStringLiteral("SELECT status FROM answer WHERE assessment_id = ? AND criterion_id = ?"));
                q.addBindValue(assessment.id);
                q.addBindValue(other->id);
                if (auto error = failure(q))
                    return *error;
                if (q.next() && statusFromKey(q.value(0).toString()) == AnswerStatus::Met)
                    chosen.insert(other->id, AnswerStatus::Met);
                q.finish();
            }
            for (const RubricRule::CellChange &change :
                RubricRule::placeAxis(referential, cell->domainId, cell->level, chosen)) {
                if (Status cleared = applyEdit(assessment, referential,
                        {change.criterionId, change.status, std::nullopt, std::nullopt}, timestamp);
                    !cleared)
                    return cleared;
            }
        }
    }

    SqliteStatement &store
        = direct(QStringLiteral("INSERT INTO answer (assessment_id, criterion_id, status, comment, evidence,"
                                " changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                " ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET status = excluded.status,"
                                " comment = excluded.comment, evidence = excluded.evidence,"
                                " changed_by = excluded.changed_by, changed_at = excluded.changed_at"));
    store.bind(1, assessment.id);
    store.bind(2, edit.criterionId);
    store.bind(3, answerStatusKey(newStatus));
    store.bind(4, text(newComment));
    store.bind(5, text(newEvidence));
    store.bind(6, text(m_actor));
    store.bind(7, timestamp);
    if (auto error = failure(store))
        return *error;

    AnswerHistoryEntry entry;
    entry.criterionId = edit.criterionId;
    if (existed)
        entry.oldStatus = oldStatus;
    entry.newStatus = newStatus;
    entry.oldComment = oldComment;
    entry.newComment = newComment;
    entry.oldEvidence = oldEvidence;
    entry.newEvidence = newEvidence;
    if (Status recorded = recordHistory(assessment.id, entry, timestamp); !recorded)
        return recorded;
    return touchAssessment(assessment.id, timestamp);
}

Status Storage::recordHistory(qint64 assessmentId, const AnswerHistoryEntry &entry, const QString &timestamp)
{
    SqliteStatement &q
        = direct(QStringLiteral("INSERT INTO answer_history (assessment_id, criterion_id, old_status, new_status,"
                                " old_comment, new_comment, old_evidence, new_evidence, changed_by, changed_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    q.bind(1, assessmentId);
    q.bind(2, entry.criterionId);
    q.bind(3, entry.oldStatus ? answerStatusKey(*entry.oldStatus) : QString()); // NULL: no answer before
    q.bind(4, answerStatusKey(entry.newStatus));
    q.bind(5, text(entry.oldComment));
    q.bind(6, text(entry.newComment));
    q.bind(7, text(entry.oldEvidence));
    q.bind(8, text(entry.newEvidence));
    q.bind(9, text(m_actor));
    q.bind(10, timestamp);
    if (auto error = failure(q))
        return *error;
    return Done {};
}

Status Storage::editAnswer(qint64 assessmentId, const AnswerEdit &edit)
{
    return editAnswers(assessmentId, {edit});
}

Status Storage::editAnswers(qint64 assessmentId, const QList<AnswerEdit> &edits)
{
    Result<Assessment> found = editableAssessment(assessmentId);
    if (!found)
        return Error {found.error()};
    const Referential *referential = referentialOf(found.value());
    if (!referential)
        return Error {unknownReferential(found.value())};

    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    const QString now = timestamp();
    for (const AnswerEdit &edit : edits) {
        if (Status applied = applyEdit(found.value(), *referential, edit, now); !applied)
            return applied; // the transaction rolls back: all or nothing
    }
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

Result<QList<AnswerHistoryEntry>> Storage::history(qint64 assessmentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, criterion_id, old_status, new_status, old_comment, new_comment,"
                             " old_evidence, new_evidence, changed_by, changed_at FROM answer_history"
                             " WHERE assessment_id = ? ORDER BY id"));
    q.addBindValue(assessmentId);
    if (auto error = failure(q))
        return *error;
    QList<AnswerHistoryEntry> list;
    while (q.next()) {
        AnswerHistoryEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.criterionId = q.value(1).toString();
        if (!q.value(2).isNull())
            entry.oldStatus = statusFromKey(q.value(2).toString());
        entry.newStatus = statusFromKey(q.value(3).toString());
        entry.oldComment = q.value(4).toString();
        entry.newComment = q.value(5).toString();
        entry.oldEvidence = q.value(6).toString();
        entry.newEvidence = q.value(7).toString();
        entry.changedBy = q.value(8).toString();
        entry.changedAt = toDateTime(q.value(9));
        list.append(entry);
    }
    return list;
}

} // namespace Paliers
