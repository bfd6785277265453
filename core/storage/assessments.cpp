#include "referential/migration.h"
#include "storage/sqlitestatement.h"
#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Assessments

const Referential *Storage::referentialOf(const Assessment &assessment) const
{
    // Always the version it was made with: a new version never re-scores it.
    return m_catalog.find(assessment.referentialId, assessment.referentialVersion);
}

QString Storage::unknownReferential(const Assessment &assessment)
{
    return tr("Paliers does not know version %1 of the grid \"%2\", with which assessment %3 was made. "
              "Add it with File → Add a grid… (paliers-cli referential install FILE).")
        .arg(assessment.referentialVersion, assessment.referentialId)
        .arg(assessment.id);
}

Result<qint64> Storage::createAssessment(const NewAssessment &request)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    // A new assessment is made with the latest version of its grid.
    const Referential *referential = m_catalog.latest(request.referentialId);
    if (!referential)
        return Error {tr("Paliers does not know the referential \"%1\".").arg(request.referentialId)};
    if (!SchoolYear::isValid(request.schoolYear))
        return Error {SchoolYear::invalidMessage(request.schoolYear)};
    Result<Establishment> establishment = this->establishment(request.establishmentId);
    if (!establishment)
        return Error {establishment.error()};

    std::optional<Assessment> previous;
    if (request.copyFrom) {
        Result<Assessment> source = assessment(*request.copyFrom);
        if (!source)
            return Error {source.error()};
        if (source->establishmentId != request.establishmentId)
            return Error {tr("Answers can only be copied from an assessment of the same establishment.")};
        if (source->referentialId != request.referentialId)
            return Error {tr("Answers can only be copied from an assessment of the same grid (%1 is of \"%2\").")
                              .arg(source->id)
                              .arg(source->referentialId)};
        if (source->schoolYear >= request.schoolYear)
            return Error {tr("Answers can only be copied from an earlier school year (%1 is of %2).")
                              .arg(source->id)
                              .arg(source->schoolYear)};
        previous = source.value();
    }
    // Answers given to an older version reach this one through its map.
    std::optional<Migration> migration;
    if (previous && previous->referentialVersion != referential->version()) {
        const Referential *older = referentialOf(*previous);
        if (!older)
            return Error {unknownReferential(*previous)};
        Result<Migration> between = Migration::between(*older, *referential);
        if (!between)
            return Error {between.error()};
        migration = std::move(between).value();
    }

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM assessment WHERE establishment_id = ? AND referential_id = ?"
                             " AND school_year = ?"));
    q.addBindValue(request.establishmentId);
    q.addBindValue(request.referentialId);
    q.addBindValue(request.schoolYear);
    if (auto error = failure(q))
        return *error;
    if (q.next())
        return Error {tr("%1 already has an assessment of this grid for %2 (number %3).")
                          .arg(establishment->name, request.schoolYear)
                          .arg(q.value(0).toLongLong())};

    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    const QString now = timestamp();
    q.prepare(QStringLiteral("INSERT INTO assessment (establishment_id, referential_id, referential_version,"
                             " school_year, author, author_role, created_at, updated_at, previous_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(request.establishmentId);
    q.addBindValue(referential->id());
    q.addBindValue(referential->version());
    q.addBindValue(request.schoolYear);
    q.addBindValue(text(request.author.trimmed()));
    q.addBindValue(text(request.authorRole.trimmed()));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(previous ? QVariant(previous->id) : QVariant(QMetaType(QMetaType::LongLong)));
    if (auto error = failure(q))
        return *error;
    const qint64 id = q.lastInsertId().toLongLong();
    // Created by who fills it in when they said so, else the computer's login.
    const QString creator = request.author.trimmed().isEmpty() ? m_actor : request.author.trimmed();
    if (Status added = addEvent(id, AssessmentEvent::Kind::Created, QString(), now, creator); !added)
        return Error {added.error()};

    if (previous) {
        // Criteria the new grid no longer has are left behind (see
        // Migration::Carried::left for what the people are shown).
        Result<QList<Answer>> old = answers(previous->id);
        if (!old)
            return Error {old.error()};
        const QList<Answer> carried = migration ? migration->carry(old.value()).answers : old.value();
        Assessment created;
        created.id = id;
        for (const Answer &answer : carried) {
            if (!referential->criterion(answer.criterionId))
                continue;
            Status applied = applyEdit(
                created, *referential, {answer.criterionId, answer.status, answer.comment, answer.evidence}, now);
            if (!applied)
                return Error {applied.error()};
        }
        // What was left to do last year is still to do: open actions carry
        // over, with their owner, date and status. An action tied to a
        // criterion the new grid lacks becomes a free action.
        Result<QList<ActionItem>> plan = actionItems(previous->id);
        if (!plan)
            return Error {plan.error()};
        q.prepare(QStringLiteral("INSERT INTO action_item (assessment_id, criterion_id, title, owner, due_date, status,"
                                 " funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (ActionItem item : plan.value()) {
            if (!isOpen(item.status))
                continue;
            if (migration && !item.criterionId.isEmpty())
                item.criterionId = migration->targets(item.criterionId).value(0);
            if (!item.criterionId.isEmpty() && !referential->criterion(item.criterionId))
                item.criterionId.clear();
            bindActionItem(q, item, id);
            if (auto error = failure(q))
                return *error;
        }
    }
    // Where the school aimed last time, it still aims: the targets of its
    // predecessor (the assessment copied from, or else the school's latest
    // earlier one of the grid).
    Result<std::optional<Assessment>> aimedFrom = predecessor(id);
    if (!aimedFrom)
        return Error {aimedFrom.error()};
    if (*aimedFrom) {
        if (Status carried = carryTargets((*aimedFrom)->id, id, *referential); !carried)
            return Error {carried.error()};
    }
    if (!transaction.commit())
        return Error {transaction.error()};
    return id;
}

Result<VersionSnapshot> Storage::migrateDraft(qint64 assessmentId, const QString &version)
{
    Result<Assessment> found = editableAssessment(assessmentId);
    if (!found)
        return Error {found.error()};
    const Referential *from = referentialOf(found.value());
    if (!from)
        return Error {unknownReferential(found.value())};
    const Referential *to = m_catalog.find(found->referentialId, version);
    if (!to)
        return Error {tr("Paliers does not know version %1 of the grid \"%2\".").arg(version, found->referentialId)};
    if (to == from)
        return Error {tr("Assessment %1 already follows version %2.").arg(assessmentId).arg(version)};
    Result<Migration> migration = Migration::between(*from, *to);
    if (!migration)
        return Error {migration.error()};

    VersionSnapshot snapshot;
    snapshot.version = found->referentialVersion;
    Result<QList<Answer>> answers = this->answers(assessmentId);
    if (!answers)
        return Error {answers.error()};
    snapshot.answers = answers.value();
    Result<QList<ActionItem>> plan = actionItems(assessmentId);
    if (!plan)
        return Error {plan.error()};
    QHash<qint64, QString> mapped;
    for (const ActionItem &item : plan.value()) {
        snapshot.actionCriteria.insert(item.id, item.criterionId);
        mapped.insert(item.id, item.criterionId.isEmpty() ? QString() : migration->targets(item.criterionId).value(0));
    }
    if (Status done = replaceVersion(found.value(), *to, migration->carry(snapshot.answers).answers, mapped); !done)
        return Error {done.error()};
    return snapshot;
}

Status Storage::restoreVersion(qint64 assessmentId, const VersionSnapshot &snapshot)
{
    Result<Assessment> found = editableAssessment(assessmentId);
    if (!found)
        return Error {found.error()};
    const Referential *target = m_catalog.find(found->referentialId, snapshot.version);
    if (!target)
        return Error {
            tr("Paliers does not know version %1 of the grid \"%2\".").arg(snapshot.version, found->referentialId)};
    return replaceVersion(found.value(), *target, snapshot.answers, snapshot.actionCriteria);
}

Status Storage::replaceVersion(const Assessment &assessment, const Referential &target, const QList<Answer> &answers,
    const QHash<qint64, QString> &actionCriteria)
{
    Result<QList<Answer>> current = this->answers(assessment.id);
    if (!current)
        return Error {current.error()};
    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    const QString now = timestamp();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE assessment SET referential_version = ? WHERE id = ?"));
    q.addBindValue(target.version());
    q.addBindValue(assessment.id);
    if (auto error = failure(q))
        return *error;

    // Answers the target does not keep are cleared, in the history like any
    // other change; then the target's answers are written over what is left.
    QSet<QString> kept;
    for (const Answer &answer : answers)
        kept.insert(answer.criterionId);
    for (const Answer &answer : current.value()) {
        if (kept.contains(answer.criterionId))
            continue;
        q.prepare(QStringLiteral("DELETE FROM answer WHERE assessment_id = ? AND criterion_id = ?"));
        q.addBindValue(assessment.id);
        q.addBindValue(answer.criterionId);
        if (auto error = failure(q))
            return *error;
        AnswerHistoryEntry cleared;
        cleared.criterionId = answer.criterionId;
        cleared.oldStatus = answer.status;
        cleared.oldComment = answer.comment;
        cleared.oldEvidence = answer.evidence;
        if (Status recorded = recordHistory(assessment.id, cleared, now); !recorded)
            return recorded;
    }
    Assessment moved = assessment;
    moved.referentialVersion = target.version();
    for (const Answer &answer : answers) {
        if (Status applied
            = applyEdit(moved, target, {answer.criterionId, answer.status, answer.comment, answer.evidence}, now);
            !applied)
            return applied;
    }
    Result<QList<ActionItem>> plan = actionItems(assessment.id);
    if (!plan)
        return Error {plan.error()};
    q.prepare(QStringLiteral("UPDATE action_item SET criterion_id = ? WHERE id = ? AND assessment_id = ?"));
    for (const ActionItem &item : plan.value()) {
        // As given for the actions the move knew; an action added since keeps
        // its criterion if the target has it. Else it becomes a free action.
        const QString criterion = actionCriteria.value(item.id, item.criterionId);
        q.addBindValue(text(target.criterion(criterion) ? criterion : QString()));
        q.addBindValue(item.id);
        q.addBindValue(assessment.id);
        if (auto error = failure(q))
            return *error;
    }
    if (Status added
        = addEvent(assessment.id, AssessmentEvent::Kind::VersionChanged, assessment.referentialVersion, now, m_actor);
        !added)
        return added;
    if (Status touched = touchAssessment(assessment.id, now); !touched)
        return touched;
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

Result<QList<Assessment>> Storage::assessments(std::optional<qint64> establishmentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (establishmentId) {
        q.prepare(QStringLiteral("SELECT %1 FROM assessment WHERE establishment_id = ?"
                                 " ORDER BY school_year DESC, id DESC")
                      .arg(AssessmentColumns));
        q.addBindValue(*establishmentId);
    } else {
        q.prepare(
            QStringLiteral("SELECT %1 FROM assessment ORDER BY school_year DESC, id DESC").arg(AssessmentColumns));
    }
    if (auto error = failure(q))
        return *error;
    QList<Assessment> list;
    while (q.next())
        list.append(readAssessment(q));
    return list;
}

Result<Assessment> Storage::assessment(qint64 id) const
{
    static const QString statement = QStringLiteral("SELECT %1 FROM assessment WHERE id = ?").arg(AssessmentColumns);
    const PreparedQuery q = prepared(statement);
    q->addBindValue(id);
    if (auto error = failure(*q))
        return *error;
    if (!q->next())
        return Error {tr("No assessment has the number %1.").arg(id)};
    return readAssessment(*q);
}

Result<Assessment> Storage::editableAssessment(qint64 id) const
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    Result<Assessment> found = assessment(id);
    if (found && found->status == AssessmentStatus::Validated)
        return Error {
            tr("The assessment %1 (%2) is validated: reopen it before changing it.").arg(id).arg(found->schoolYear)};
    return found;
}

Status Storage::addEvent(qint64 assessmentId, AssessmentEvent::Kind kind, const QString &note, const QString &timestamp,
    const QString &actor)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO assessment_event (assessment_id, kind, actor, at, note)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(assessmentId);
    q.addBindValue(eventKindKey(kind));
    q.addBindValue(text(actor));
    q.addBindValue(timestamp);
    q.addBindValue(text(note));
    if (auto error = failure(q))
        return *error;
    return Done {};
}

Status Storage::touchAssessment(qint64 id, const QString &timestamp)
{
    // Its answers changed: its paliers will be computed again when needed.
    SqliteStatement &forget = direct(QStringLiteral("DELETE FROM assessment_summary WHERE assessment_id = ?1"));
    forget.bind(1, id);
    if (auto error = failure(forget))
        return *error;
    SqliteStatement &touch = direct(QStringLiteral("UPDATE assessment SET updated_at = ?1 WHERE id = ?2"));
    touch.bind(1, timestamp);
    touch.bind(2, id);
    if (auto error = failure(touch))
        return *error;
    return Done {};
}

Status Storage::validateAssessment(qint64 id, const QString &validatedBy)
{
    Result<Assessment> found = editableAssessment(id);
    if (!found)
        return Error {found.error()};
    const QString by = validatedBy.trimmed().isEmpty() ? m_actor : validatedBy.trimmed();
    if (by.size() > MaxFieldLength)
        return Error {tr("The name of the person who validates is too long (%1 characters; at most %2).")
                          .arg(by.size())
                          .arg(MaxFieldLength)};
    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    const QString now = timestamp();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE assessment SET status = 'valide', validated_at = ?, validated_by = ?,"
                             " updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(text(by));
    q.addBindValue(now);
    q.addBindValue(id);
    if (auto error = failure(q))
        return *error;
    if (Status added = addEvent(id, AssessmentEvent::Kind::Validated, QString(), now, by); !added)
        return added;
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

Status Storage::reopenAssessment(qint64 id, const QString &reason)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Result<Assessment> found = assessment(id);
    if (!found)
        return Error {found.error()};
    if (found->status != AssessmentStatus::Validated)
        return Error {tr("The assessment %1 is not validated: there is nothing to reopen.").arg(id)};
    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    const QString now = timestamp();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE assessment SET status = 'brouillon', validated_at = NULL, validated_by = '',"
                             " updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(id);
    if (auto error = failure(q))
        return *error;
    if (Status added = addEvent(id, AssessmentEvent::Kind::Reopened, reason.trimmed(), now, m_actor); !added)
        return added;
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

Result<QList<AssessmentEvent>> Storage::events(qint64 assessmentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, actor, at, note FROM assessment_event WHERE assessment_id = ? ORDER BY id"));
    q.addBindValue(assessmentId);
    if (auto error = failure(q))
        return *error;
    QList<AssessmentEvent> list;
    while (q.next())
        list.append({eventKindFromKey(q.value(0).toString()).value_or(AssessmentEvent::Kind::Created),
            q.value(1).toString(), toDateTime(q.value(2)), q.value(3).toString()});
    return list;
}

Result<std::optional<Assessment>> Storage::predecessor(qint64 assessmentId) const
{
    Result<Assessment> current = assessment(assessmentId);
    if (!current)
        return Error {current.error()};
    if (current->previousId) {
        Result<Assessment> previous = assessment(*current->previousId);
        if (previous && previous->referentialId == current->referentialId)
            return std::optional<Assessment>(previous.value());
    }
    // Imported or started empty: the latest earlier year of the same grid.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM assessment WHERE establishment_id = ? AND referential_id = ?"
                             " AND school_year < ? ORDER BY school_year DESC LIMIT 1")
                  .arg(AssessmentColumns));
    q.addBindValue(current->establishmentId);
    q.addBindValue(current->referentialId);
    q.addBindValue(current->schoolYear);
    if (auto error = failure(q))
        return *error;
    if (!q.next())
        return std::optional<Assessment>();
    return std::optional<Assessment>(readAssessment(q));
}

} // namespace Paliers
