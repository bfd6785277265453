#include "storage/storage.h"

#include "model/uai.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

namespace {

const QString EstablishmentColumns = QStringLiteral(
    "id, uai, name, kind, commune, circonscription, departement, academie, head_name, referent_name, created_at, "
    "updated_at, head_title");
const QString AssessmentColumns = QStringLiteral(
    "id, establishment_id, referential_id, referential_version, school_year, author, author_role, status, "
    "created_at, updated_at, validated_at, validated_by, previous_id");
const QString ActionItemColumns
    = QStringLiteral("id, assessment_id, criterion_id, title, owner, due_date, status, funder, priority");

// Qt binds a null QString as SQL NULL; our text columns hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindEstablishment(QSqlQuery &q, const Establishment &e)
{
    q.bindValue(QStringLiteral(":uai"), e.uai);
    q.bindValue(QStringLiteral(":name"), e.name);
    q.bindValue(QStringLiteral(":kind"), establishmentKindKey(e.kind));
    q.bindValue(QStringLiteral(":commune"), text(e.commune.trimmed()));
    q.bindValue(QStringLiteral(":circonscription"), text(e.circonscription.trimmed()));
    q.bindValue(QStringLiteral(":departement"), text(e.departement.trimmed()));
    q.bindValue(QStringLiteral(":academie"), text(e.academie.trimmed()));
    q.bindValue(QStringLiteral(":head"), text(e.headName.trimmed()));
    q.bindValue(QStringLiteral(":headTitle"), text(e.headTitle.trimmed()));
    q.bindValue(QStringLiteral(":referent"), text(e.referentName.trimmed()));
}

// Parses the timestamps Storage writes ("2025-09-01T08:00:00.000Z", UTC)
// without the generic ISO parser, which dominates when listing thousands of
// rows; any other spelling goes through QDateTime::fromString.
QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    const QString text = value.toString();
    const auto digits = [&text](qsizetype from, qsizetype count) {
        int number = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            number = number * 10 + (c - u'0');
        }
        return number;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Binds, in order: assessment, criterion, title, owner, due date, status,
// funder, priority.
void bindActionItem(QSqlQuery &q, const ActionItem &item, qint64 assessmentId)
{
    q.addBindValue(assessmentId);
    q.addBindValue(text(item.criterionId));
    q.addBindValue(item.title.trimmed());
    q.addBindValue(text(item.owner.trimmed()));
    q.addBindValue(fromDate(item.dueDate));
    q.addBindValue(actionStatusKey(item.status));
    q.addBindValue(funderKey(item.funder));
    q.addBindValue(item.priority);
}

Establishment readEstablishment(const QSqlQuery &q)
{
    Establishment e;
    e.id = q.value(0).toLongLong();
    e.uai = q.value(1).toString();
    e.name = q.value(2).toString();
    e.kind = establishmentKindFromKey(q.value(3).toString()).value_or(EstablishmentKind::Other);
    e.commune = q.value(4).toString();
    e.circonscription = q.value(5).toString();
    e.departement = q.value(6).toString();
    e.academie = q.value(7).toString();
    e.headName = q.value(8).toString();
    e.referentName = q.value(9).toString();
    e.createdAt = toDateTime(q.value(10));
    e.updatedAt = toDateTime(q.value(11));
    e.headTitle = q.value(12).toString();
    return e;
}

Assessment readAssessment(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.establishmentId = q.value(1).toLongLong();
    a.referentialId = q.value(2).toString();
    a.referentialVersion = q.value(3).toString();
    a.schoolYear = q.value(4).toString();
    a.author = q.value(5).toString();
    a.authorRole = q.value(6).toString();
    a.status = assessmentStatusFromKey(q.value(7).toString()).value_or(AssessmentStatus::Draft);
    a.createdAt = toDateTime(q.value(8));
    a.updatedAt = toDateTime(q.value(9));
    a.validatedAt = toDateTime(q.value(10));
    a.validatedBy = q.value(11).toString();
    if (!q.value(12).isNull())
        a.previousId = q.value(12).toLongLong();
    return a;
}

ActionItem readActionItem(const QSqlQuery &q)
{
    ActionItem item;
    item.id = q.value(0).toLongLong();
    item.assessmentId = q.value(1).toLongLong();
    item.criterionId = q.value(2).toString();
    item.title = q.value(3).toString();
    item.owner = q.value(4).toString();
    item.dueDate = q.value(5).isNull() ? QDate() : QDate::fromString(q.value(5).toString(), Qt::ISODate);
    item.status = actionStatusFromKey(q.value(6).toString()).value_or(ActionStatus::Todo);
    item.funder = funderFromKey(q.value(7).toString()).value_or(Funder::None);
    item.priority = q.value(8).toInt();
    return item;
}

AnswerStatus statusFromKey(const QString &key)
{
    return answerStatusFromKey(key).value_or(AnswerStatus::Unanswered);
}

} // namespace

Storage::Storage(Database &database, ReferentialCatalog catalog)
    : m_database(database)
    , m_catalog(std::move(catalog))
{
    m_actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString Storage::timestamp() const
{
    return m_database.now().toUTC().toString(Qt::ISODateWithMs);
}

Status Storage::checkWritable() const
{
    if (m_database.isReadOnly())
        return Error {tr("The database \"%1\" is open read-only: nothing can be changed in it.")
                          .arg(m_database.path())};
    return Done {};
}

// ---------------------------------------------------------------------------
// Establishments

Status Storage::checkEstablishment(Establishment &establishment, qint64 ignoreId) const
{
    Result<QString> uai = Uai::normalize(establishment.uai);
    if (!uai)
        return Error {uai.error()};
    establishment.uai = uai.value();
    establishment.name = establishment.name.trimmed();
    if (establishment.name.isEmpty())
        return Error {tr("The name of the establishment is required.")};
    for (const QString *field : {&establishment.name, &establishment.commune, &establishment.circonscription,
                                 &establishment.departement, &establishment.academie, &establishment.headName,
                                 &establishment.headTitle, &establishment.referentName}) {
        if (field->size() > MaxFieldLength)
            return Error {tr("\"%1…\" is too long (at most %2 characters).")
                              .arg(field->left(40))
                              .arg(MaxFieldLength)};
    }

    Result<std::optional<Establishment>> existing = findEstablishment(establishment.uai);
    if (!existing)
        return Error {existing.error()};
    if (existing.value() && existing.value()->id != ignoreId)
        return Error {tr("An establishment with the UAI %1 already exists (%2).")
                          .arg(establishment.uai, existing.value()->name)};
    return Done {};
}

Result<qint64> Storage::addEstablishment(Establishment establishment)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    if (Status valid = checkEstablishment(establishment, 0); !valid)
        return Error {valid.error()};
    {
        QSqlQuery count(m_database.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM establishment")) || !count.next())
            return Error {m_database.describe(count.lastError())};
        if (count.value(0).toInt() >= MaxEstablishments)
            return Error {tr("This database already holds %1 establishments, the most Paliers accepts in one "
                             "database. Use another database (File → Create a new database).")
                              .arg(MaxEstablishments)};
    }

    const QString now = timestamp();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO establishment (uai, name, kind, commune, circonscription, departement,"
                             " academie, head_name, head_title, referent_name, created_at, updated_at)"
                             " VALUES (:uai, :name, :kind, :commune, :circonscription, :departement, :academie,"
                             " :head, :headTitle, :referent, :now, :now)"));
    bindEstablishment(q, establishment);
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return q.lastInsertId().toLongLong();
}

Status Storage::updateEstablishment(Establishment establishment)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    if (Status valid = checkEstablishment(establishment, establishment.id); !valid)
        return valid;

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE establishment SET uai = :uai, name = :name, kind = :kind, commune = :commune,"
                             " circonscription = :circonscription, departement = :departement, academie = :academie,"
                             " head_name = :head, head_title = :headTitle, referent_name = :referent, updated_at = :now"
                             " WHERE id = :id"));
    bindEstablishment(q, establishment);
    q.bindValue(QStringLiteral(":now"), timestamp());
    q.bindValue(QStringLiteral(":id"), establishment.id);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (q.numRowsAffected() != 1)
        return Error {tr("No establishment has the number %1.").arg(establishment.id)};
    return Done {};
}

Result<QList<Establishment>> Storage::establishments() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM establishment ORDER BY name COLLATE NOCASE, uai")
                    .arg(EstablishmentColumns)))
        return Error {m_database.describe(q.lastError())};
    QList<Establishment> list;
    while (q.next())
        list.append(readEstablishment(q));
    return list;
}

Result<Establishment> Storage::establishment(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM establishment WHERE id = ?").arg(EstablishmentColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (!q.next())
        return Error {tr("No establishment has the number %1.").arg(id)};
    return readEstablishment(q);
}

Result<std::optional<Establishment>> Storage::findEstablishment(const QString &uai) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM establishment WHERE uai = ?").arg(EstablishmentColumns));
    q.addBindValue(uai.trimmed().toUpper());
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (!q.next())
        return std::optional<Establishment>();
    return std::optional<Establishment>(readEstablishment(q));
}

// ---------------------------------------------------------------------------
// Assessments

const Referential *Storage::referentialOf(const Assessment &assessment) const
{
    return m_catalog.find(assessment.referentialId);
}

Result<qint64> Storage::createAssessment(const NewAssessment &request)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    const Referential *referential = m_catalog.find(request.referentialId);
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

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM assessment WHERE establishment_id = ? AND referential_id = ?"
                             " AND school_year = ?"));
    q.addBindValue(request.establishmentId);
    q.addBindValue(request.referentialId);
    q.addBindValue(request.schoolYear);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
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
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    const qint64 id = q.lastInsertId().toLongLong();
    // Created by who fills it in when they said so, else the computer's login.
    const QString creator = request.author.trimmed().isEmpty() ? m_actor : request.author.trimmed();
    if (Status added = addEvent(id, AssessmentEvent::Kind::Created, QString(), now, creator); !added)
        return Error {added.error()};

    if (previous) {
        // Criteria the new grid no longer has are left behind.
        Result<QList<Answer>> old = answers(previous->id);
        if (!old)
            return Error {old.error()};
        Assessment created;
        created.id = id;
        for (const Answer &answer : old.value()) {
            if (!referential->criterion(answer.criterionId))
                continue;
            Status applied = applyEdit(created, *referential,
                                       {answer.criterionId, answer.status, answer.comment, answer.evidence}, now);
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
            if (!item.criterionId.isEmpty() && !referential->criterion(item.criterionId))
                item.criterionId.clear();
            bindActionItem(q, item, id);
            if (!q.exec())
                return Error {m_database.describe(q.lastError())};
        }
    }
    if (!transaction.commit())
        return Error {transaction.error()};
    return id;
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
        q.prepare(QStringLiteral("SELECT %1 FROM assessment ORDER BY school_year DESC, id DESC").arg(AssessmentColumns));
    }
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    QList<Assessment> list;
    while (q.next())
        list.append(readAssessment(q));
    return list;
}

Result<Assessment> Storage::assessment(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM assessment WHERE id = ?").arg(AssessmentColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (!q.next())
        return Error {tr("No assessment has the number %1.").arg(id)};
    return readAssessment(q);
}

Result<Assessment> Storage::editableAssessment(qint64 id) const
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    Result<Assessment> found = assessment(id);
    if (found && found->status == AssessmentStatus::Validated)
        return Error {tr("The assessment %1 (%2) is validated: reopen it before changing it.")
                          .arg(id)
                          .arg(found->schoolYear)};
    return found;
}

Status Storage::addEvent(qint64 assessmentId, AssessmentEvent::Kind kind, const QString &note,
                         const QString &timestamp, const QString &actor)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO assessment_event (assessment_id, kind, actor, at, note)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(assessmentId);
    q.addBindValue(eventKindKey(kind));
    q.addBindValue(text(actor));
    q.addBindValue(timestamp);
    q.addBindValue(text(note));
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return Done {};
}

Status Storage::touchAssessment(qint64 id, const QString &timestamp)
{
    QSqlQuery q(m_database.connection());
    // Its answers changed: its paliers will be computed again when needed.
    q.prepare(QStringLiteral("DELETE FROM assessment_summary WHERE assessment_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    q.prepare(QStringLiteral("UPDATE assessment SET updated_at = ? WHERE id = ?"));
    q.addBindValue(timestamp);
    q.addBindValue(id);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
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
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
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
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
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
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    QList<AssessmentEvent> list;
    while (q.next())
        list.append({eventKindFromKey(q.value(0).toString()).value_or(AssessmentEvent::Kind::Created), q.value(1).toString(), toDateTime(q.value(2)),
                     q.value(3).toString()});
    return list;
}

// ---------------------------------------------------------------------------
// Answers

Result<QList<Answer>> Storage::answers(qint64 assessmentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT criterion_id, status, comment, evidence, changed_by, changed_at FROM answer"
                             " WHERE assessment_id = ? ORDER BY criterion_id"));
    q.addBindValue(assessmentId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
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
        return Error {tr("Paliers does not know the referential \"%1\".").arg(found->referentialId)};
    Result<AnswerMap> map = answerMap(assessmentId);
    if (!map)
        return Error {map.error()};
    return PalierEngine::evaluate(*referential, map.value());
}

Status Storage::applyEdit(const Assessment &assessment, const Referential &referential, const AnswerEdit &edit,
                          const QString &timestamp)
{
    if (!referential.criterion(edit.criterionId))
        return Error {tr("The referential \"%1\" has no criterion \"%2\".").arg(referential.id(), edit.criterionId)};
    for (const std::optional<QString> *text : {&edit.comment, &edit.evidence}) {
        if (*text && (*text)->size() > MaxTextLength)
            return Error {tr("The text entered for %1 is too long (%2 characters; at most %3).")
                              .arg(edit.criterionId)
                              .arg((*text)->size())
                              .arg(MaxTextLength)};
    }

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT status, comment, evidence FROM answer"
                             " WHERE assessment_id = ? AND criterion_id = ?"));
    q.addBindValue(assessment.id);
    q.addBindValue(edit.criterionId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    const bool existed = q.next();
    const AnswerStatus oldStatus = existed ? statusFromKey(q.value(0).toString()) : AnswerStatus::Unanswered;
    const QString oldComment = existed ? q.value(1).toString() : QString();
    const QString oldEvidence = existed ? q.value(2).toString() : QString();
    q.finish();

    const AnswerStatus newStatus = edit.status.value_or(oldStatus);
    const QString newComment = edit.comment.value_or(oldComment);
    const QString newEvidence = edit.evidence.value_or(oldEvidence);
    if (existed && newStatus == oldStatus && newComment == oldComment && newEvidence == oldEvidence)
        return Done {}; // nothing changed, nothing to record

    if (referential.kind() == ReferentialKind::Rubric) {
        // A jalon is chosen, not graded: a cell is atteint or left blank, and
        // choosing one clears the axis' other cells.
        if (newStatus != AnswerStatus::Met && newStatus != AnswerStatus::Unanswered)
            return Error {tr("%1 is a cell of the jalons: it is chosen (%2) or left blank (%3), nothing else.")
                              .arg(edit.criterionId, answerStatusKey(AnswerStatus::Met),
                                   answerStatusKey(AnswerStatus::Unanswered))};
        if (newStatus == AnswerStatus::Met && oldStatus != AnswerStatus::Met) {
            const Criterion *cell = referential.criterion(edit.criterionId);
            for (const Level &level : referential.levels()) {
                for (const Criterion *other : referential.criteriaOf(cell->domainId, level.number)) {
                    if (other->id == cell->id)
                        continue;
                    q.prepare(QStringLiteral("SELECT status FROM answer WHERE assessment_id = ? AND criterion_id = ?"));
                    q.addBindValue(assessment.id);
                    q.addBindValue(other->id);
                    if (!q.exec())
                        return Error {m_database.describe(q.lastError())};
                    const bool chosen = q.next() && statusFromKey(q.value(0).toString()) == AnswerStatus::Met;
                    q.finish();
                    if (!chosen)
                        continue;
                    if (Status cleared = applyEdit(assessment, referential,
                                                   {other->id, AnswerStatus::Unanswered, std::nullopt, std::nullopt},
                                                   timestamp);
                        !cleared)
                        return cleared;
                }
            }
        }
    }

    q.prepare(QStringLiteral("INSERT INTO answer (assessment_id, criterion_id, status, comment, evidence,"
                             " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET status = excluded.status,"
                             " comment = excluded.comment, evidence = excluded.evidence,"
                             " changed_by = excluded.changed_by, changed_at = excluded.changed_at"));
    q.addBindValue(assessment.id);
    q.addBindValue(edit.criterionId);
    q.addBindValue(answerStatusKey(newStatus));
    q.addBindValue(text(newComment));
    q.addBindValue(text(newEvidence));
    q.addBindValue(text(m_actor));
    q.addBindValue(timestamp);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};

    q.prepare(QStringLiteral("INSERT INTO answer_history (assessment_id, criterion_id, old_status, new_status,"
                             " old_comment, new_comment, old_evidence, new_evidence, changed_by, changed_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(assessment.id);
    q.addBindValue(edit.criterionId);
    q.addBindValue(existed ? QVariant(answerStatusKey(oldStatus)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(answerStatusKey(newStatus));
    q.addBindValue(text(oldComment));
    q.addBindValue(text(newComment));
    q.addBindValue(text(oldEvidence));
    q.addBindValue(text(newEvidence));
    q.addBindValue(text(m_actor));
    q.addBindValue(timestamp);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return touchAssessment(assessment.id, timestamp);
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
        return Error {tr("Paliers does not know the referential \"%1\".").arg(found->referentialId)};

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
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
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

// ---------------------------------------------------------------------------
// Import

Result<ImportOutcome> Storage::importExport(const ImportedExport &imported, const QString &source)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    const AssessmentRecord &report = imported.report;
    if (!report.referential || !m_catalog.find(report.assessment.referentialId))
        return Error {tr("Paliers does not know the referential \"%1\".").arg(report.assessment.referentialId)};
    const auto stamp = [](const QDateTime &dateTime) {
        return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs))
                                  : QVariant(QMetaType(QMetaType::QString));
    };

    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT assessment_id FROM import_record WHERE export_id = ?"));
    q.addBindValue(imported.stamp.exportId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    ImportOutcome outcome;
    if (q.next()) {
        outcome.kind = ImportOutcome::Kind::AlreadyImported;
        outcome.assessmentId = q.value(0).toLongLong();
        return outcome; // the transaction rolls back: it wrote nothing
    }
    q.finish();

    Result<std::optional<Establishment>> existing = findEstablishment(report.establishment.uai);
    if (!existing)
        return Error {existing.error()};
    if (existing.value()) {
        outcome.establishmentId = existing.value()->id;
    } else {
        Result<qint64> added = addEstablishment(report.establishment);
        if (!added)
            return Error {added.error()};
        outcome.establishmentId = added.value();
        outcome.establishmentCreated = true;
    }

    q.prepare(QStringLiteral("SELECT id FROM assessment WHERE establishment_id = ? AND referential_id = ?"
                             " AND school_year = ?"));
    q.addBindValue(outcome.establishmentId);
    q.addBindValue(report.assessment.referentialId);
    q.addBindValue(report.assessment.schoolYear);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (q.next())
        return Error {tr("%1 (%2) already has an assessment of this grid for %3 (number %4): the export was not "
                         "imported, so that nothing is overwritten.")
                          .arg(report.establishment.name, report.establishment.uai, report.assessment.schoolYear)
                          .arg(q.value(0).toLongLong())};
    q.finish();

    const Assessment &a = report.assessment;
    q.prepare(QStringLiteral("INSERT INTO assessment (establishment_id, referential_id, referential_version,"
                             " school_year, author, author_role, status, created_at, updated_at, validated_at,"
                             " validated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(outcome.establishmentId);
    q.addBindValue(a.referentialId);
    q.addBindValue(a.referentialVersion);
    q.addBindValue(a.schoolYear);
    q.addBindValue(text(a.author));
    q.addBindValue(text(a.authorRole));
    q.addBindValue(assessmentStatusKey(a.status));
    q.addBindValue(stamp(a.createdAt));
    q.addBindValue(stamp(a.updatedAt));
    q.addBindValue(stamp(a.validatedAt));
    q.addBindValue(text(a.validatedBy));
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    outcome.assessmentId = q.lastInsertId().toLongLong();

    // Each answer as it stood, and one history row saying where it came from.
    QSqlQuery history(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO answer (assessment_id, criterion_id, status, comment, evidence,"
                             " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    history.prepare(QStringLiteral("INSERT INTO answer_history (assessment_id, criterion_id, old_status,"
                                   " new_status, new_comment, new_evidence, changed_by, changed_at)"
                                   " VALUES (?, ?, NULL, ?, ?, ?, ?, ?)"));
    for (const Answer &answer : report.answers) {
        for (QSqlQuery *query : {&q, &history}) {
            query->addBindValue(outcome.assessmentId);
            query->addBindValue(answer.criterionId);
            query->addBindValue(answerStatusKey(answer.status));
            query->addBindValue(text(answer.comment));
            query->addBindValue(text(answer.evidence));
            query->addBindValue(text(answer.changedBy));
            query->addBindValue(stamp(answer.changedAt));
            if (!query->exec())
                return Error {m_database.describe(query->lastError())};
        }
    }

    q.prepare(QStringLiteral("INSERT INTO assessment_event (assessment_id, kind, actor, at, note)"
                             " VALUES (?, ?, ?, ?, ?)"));
    for (const AssessmentEvent &event : report.events) {
        q.addBindValue(outcome.assessmentId);
        q.addBindValue(eventKindKey(event.kind));
        q.addBindValue(text(event.actor));
        q.addBindValue(stamp(event.at));
        q.addBindValue(text(event.note));
        if (!q.exec())
            return Error {m_database.describe(q.lastError())};
    }

    q.prepare(QStringLiteral("INSERT INTO action_item (assessment_id, criterion_id, title, owner, due_date, status,"
                             " funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ActionItem &item : report.actionItems) {
        bindActionItem(q, item, outcome.assessmentId);
        if (!q.exec())
            return Error {m_database.describe(q.lastError())};
    }

    if (Status stored = storeSummary(outcome.assessmentId, report.evaluation); !stored)
        return Error {stored.error()};

    q.prepare(QStringLiteral("INSERT INTO import_record (export_id, assessment_id, checksum, exported_at,"
                             " imported_at, source) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(imported.stamp.exportId);
    q.addBindValue(outcome.assessmentId);
    q.addBindValue(imported.checksum);
    q.addBindValue(stamp(imported.stamp.exportedAt));
    q.addBindValue(timestamp());
    q.addBindValue(text(source));
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (!transaction.commit())
        return Error {transaction.error()};
    return outcome;
}

// ---------------------------------------------------------------------------
// Many schools at once

namespace {

QString joinPaliers(const Evaluation &evaluation)
{
    QString text;
    for (const DomainResult &result : evaluation.domains) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(result.palier);
    }
    return text;
}

QString joinBlocking(const Evaluation &evaluation)
{
    QStringList ids;
    for (const DomainResult &result : evaluation.domains)
        ids += result.blocking;
    return ids.join(QLatin1Char(','));
}

void fillSummary(OverviewRow &row, const Evaluation &evaluation)
{
    row.overallPalier = evaluation.overallPalier;
    row.domainPaliers.clear();
    for (const DomainResult &result : evaluation.domains)
        row.domainPaliers.append(result.palier);
    row.blockingIds = joinBlocking(evaluation);
    row.answered = evaluation.answered;
    row.total = evaluation.total;
}

} // namespace

Status Storage::storeSummary(qint64 assessmentId, const Evaluation &evaluation)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO assessment_summary (assessment_id, overall_palier,"
                             " domain_paliers, blocking, answered, total) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(assessmentId);
    q.addBindValue(evaluation.overallPalier);
    q.addBindValue(joinPaliers(evaluation));
    q.addBindValue(joinBlocking(evaluation));
    q.addBindValue(evaluation.answered);
    q.addBindValue(evaluation.total);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return Done {};
}

Status Storage::refreshSummaries()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.id FROM assessment a LEFT JOIN assessment_summary s"
                               " ON s.assessment_id = a.id WHERE s.assessment_id IS NULL")))
        return Error {m_database.describe(q.lastError())};
    QList<qint64> stale;
    while (q.next())
        stale.append(q.value(0).toLongLong());
    q.finish();
    if (stale.isEmpty())
        return Done {};
    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    for (const qint64 id : stale) {
        Result<Assessment> found = assessment(id);
        if (!found)
            return Error {found.error()};
        const Referential *referential = referentialOf(found.value());
        if (!referential)
            continue; // a grid this Paliers does not know: left out of the overview
        // The referential is at hand: evaluate() would read the assessment again.
        Result<AnswerMap> answers = answerMap(id);
        if (!answers)
            return Error {answers.error()};
        Result<Evaluation> evaluation = PalierEngine::evaluate(*referential, answers.value());
        if (!evaluation)
            return Error {evaluation.error()};
        if (Status stored = storeSummary(id, evaluation.value()); !stored)
            return stored;
    }
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

Result<QList<OverviewRow>> Storage::overview(const QString &schoolYear, std::optional<qint64> establishmentId)
{
    if (!m_database.isReadOnly()) {
        if (Status refreshed = refreshSummaries(); !refreshed)
            return Error {refreshed.error()};
    }
    QString sql = QStringLiteral(
        "SELECT e.id, e.uai, e.name, e.kind, e.commune, e.circonscription, e.departement, e.academie,"
        " a.id, a.referential_id, a.school_year, a.status,"
        " s.overall_palier, s.domain_paliers, s.blocking, s.answered, s.total"
        " FROM assessment a JOIN establishment e ON e.id = a.establishment_id"
        " LEFT JOIN assessment_summary s ON s.assessment_id = a.id WHERE 1");
    if (!schoolYear.isEmpty())
        sql += QLatin1String(" AND a.school_year = :year");
    if (establishmentId)
        sql += QLatin1String(" AND a.establishment_id = :establishment");
    sql += QLatin1String(" ORDER BY e.name COLLATE NOCASE, e.uai, a.school_year DESC");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!schoolYear.isEmpty())
        q.bindValue(QStringLiteral(":year"), schoolYear);
    if (establishmentId)
        q.bindValue(QStringLiteral(":establishment"), *establishmentId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};

    QList<OverviewRow> rows;
    QList<qsizetype> unsummarised;
    // Most values repeat from row to row (kinds, communes, years): share them.
    QHash<QString, QString> shared;
    const auto intern = [&shared](const QString &text) {
        const auto found = shared.constFind(text);
        if (found != shared.constEnd())
            return *found;
        shared.insert(text, text);
        return text;
    };
    while (q.next()) {
        OverviewRow row;
        row.establishmentId = q.value(0).toLongLong();
        row.uai = q.value(1).toString();
        row.name = q.value(2).toString();
        row.kind = establishmentKindFromKey(q.value(3).toString()).value_or(EstablishmentKind::Other);
        row.commune = intern(q.value(4).toString());
        row.circonscription = intern(q.value(5).toString());
        row.departement = intern(q.value(6).toString());
        row.academie = intern(q.value(7).toString());
        row.assessmentId = q.value(8).toLongLong();
        row.referentialId = intern(q.value(9).toString());
        row.schoolYear = intern(q.value(10).toString());
        row.status = assessmentStatusFromKey(q.value(11).toString()).value_or(AssessmentStatus::Draft);
        if (q.value(12).isNull()) {
            unsummarised.append(rows.size());
        } else {
            row.overallPalier = q.value(12).toInt();
            const QString paliers = q.value(13).toString();
            row.domainPaliers.reserve(8);
            for (const QChar c : paliers) {
                if (c.isDigit())
                    row.domainPaliers.append(c.digitValue());
            }
            row.blockingIds = q.value(14).toString();
            row.answered = q.value(15).toInt();
            row.total = q.value(16).toInt();
        }
        rows.append(row);
    }
    q.finish();
    // Read-only database: what could not be kept is computed for this view.
    for (const qsizetype index : unsummarised) {
        Result<Evaluation> evaluation = evaluate(rows.at(index).assessmentId);
        if (evaluation)
            fillSummary(rows[index], evaluation.value());
    }
    return rows;
}

Result<QStringList> Storage::schoolYears() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT school_year FROM assessment ORDER BY school_year DESC")))
        return Error {m_database.describe(q.lastError())};
    QStringList years;
    while (q.next())
        years.append(q.value(0).toString());
    return years;
}

// ---------------------------------------------------------------------------
// Action plan

Status Storage::checkActionItem(const ActionItem &item) const
{
    if (item.title.trimmed().isEmpty())
        return Error {tr("An action needs a title.")};
    if (item.title.size() > MaxFieldLength || item.owner.size() > MaxFieldLength)
        return Error {tr("\"%1…\" is too long (at most %2 characters).").arg(item.title.left(40)).arg(MaxFieldLength)};
    // The plan is carried out during the year that follows the assessment, so
    // it stays editable once the assessment is validated.
    if (Status writable = checkWritable(); !writable)
        return writable;
    Result<Assessment> found = assessment(item.assessmentId);
    if (!found)
        return Error {found.error()};
    if (!item.criterionId.isEmpty()) {
        const Referential *referential = referentialOf(found.value());
        if (!referential || !referential->criterion(item.criterionId))
            return Error {tr("The referential \"%1\" has no criterion \"%2\".")
                              .arg(found->referentialId, item.criterionId)};
    }
    return Done {};
}

Result<qint64> Storage::addActionItem(ActionItem item)
{
    if (Status valid = checkActionItem(item); !valid)
        return Error {valid.error()};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO action_item (assessment_id, criterion_id, title, owner, due_date, status,"
                             " funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindActionItem(q, item, item.assessmentId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return q.lastInsertId().toLongLong();
}

Status Storage::restoreActionItem(const ActionItem &item)
{
    if (item.id <= 0)
        return Error {tr("No action has the number %1.").arg(item.id)};
    if (Status valid = checkActionItem(item); !valid)
        return valid;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO action_item (id, assessment_id, criterion_id, title, owner, due_date,"
                             " status, funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.id);
    bindActionItem(q, item, item.assessmentId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return Done {};
}

Status Storage::updateActionItem(const ActionItem &item)
{
    if (Status valid = checkActionItem(item); !valid)
        return valid;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE action_item SET criterion_id = ?, title = ?, owner = ?, due_date = ?,"
                             " status = ?, funder = ?, priority = ? WHERE id = ? AND assessment_id = ?"));
    q.addBindValue(text(item.criterionId));
    q.addBindValue(item.title.trimmed());
    q.addBindValue(text(item.owner.trimmed()));
    q.addBindValue(fromDate(item.dueDate));
    q.addBindValue(actionStatusKey(item.status));
    q.addBindValue(funderKey(item.funder));
    q.addBindValue(item.priority);
    q.addBindValue(item.id);
    q.addBindValue(item.assessmentId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (q.numRowsAffected() != 1)
        return Error {tr("No action has the number %1.").arg(item.id)};
    return Done {};
}

Status Storage::removeActionItem(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT assessment_id FROM action_item WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (!q.next())
        return Error {tr("No action has the number %1.").arg(id)};
    q.prepare(QStringLiteral("DELETE FROM action_item WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return Done {};
}

Result<QList<ActionItem>> Storage::actionItems(qint64 assessmentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM action_item WHERE assessment_id = ? ORDER BY priority DESC, id")
                  .arg(ActionItemColumns));
    q.addBindValue(assessmentId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    QList<ActionItem> list;
    while (q.next())
        list.append(readActionItem(q));
    return list;
}

// ---------------------------------------------------------------------------
// Commission numérique

Result<CommissionMeeting> Storage::commissionMeeting(qint64 assessmentId) const
{
    Result<Assessment> found = assessment(assessmentId);
    if (!found)
        return Error {found.error()};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT meeting_date, members FROM commission_meeting WHERE assessment_id = ?"));
    q.addBindValue(assessmentId);
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    CommissionMeeting meeting;
    meeting.assessmentId = assessmentId;
    if (q.next()) {
        if (!q.value(0).isNull())
            meeting.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        meeting.members = q.value(1).toString();
    }
    return meeting;
}

Status Storage::saveCommissionMeeting(const CommissionMeeting &meeting)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    if (Result<Assessment> found = assessment(meeting.assessmentId); !found)
        return Error {found.error()};
    if (meeting.members.size() > MaxTextLength)
        return Error {tr("The list of members is too long (at most %1 characters).").arg(MaxTextLength)};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO commission_meeting (assessment_id, meeting_date, members, updated_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET"
                             " meeting_date = excluded.meeting_date, members = excluded.members,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(meeting.assessmentId);
    q.addBindValue(fromDate(meeting.date));
    q.addBindValue(text(meeting.members.trimmed()));
    q.addBindValue(timestamp());
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    return Done {};
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
    if (!q.exec())
        return Error {m_database.describe(q.lastError())};
    if (!q.next())
        return std::optional<Assessment>();
    return std::optional<Assessment>(readAssessment(q));
}

} // namespace Paliers
