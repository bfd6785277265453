#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Import

Result<ImportOutcome> Storage::storeImportedAssessment(const ImportedExport &imported, const QString &source)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    const AssessmentRecord &report = imported.report;
    if (!report.referential || !m_catalog.find(report.assessment.referentialId, report.assessment.referentialVersion))
        return Error {unknownReferential(report.assessment)};
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
    if (auto error = failure(q))
        return *error;
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
    if (auto error = failure(q))
        return *error;
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
    if (auto error = failure(q))
        return *error;
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
            if (auto error = failure(*query))
                return *error;
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
        if (auto error = failure(q))
            return *error;
    }

    q.prepare(QStringLiteral("INSERT INTO action_item (assessment_id, criterion_id, title, owner, due_date, status,"
                             " funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ActionItem &item : report.actionItems) {
        bindActionItem(q, item, outcome.assessmentId);
        if (auto error = failure(q))
            return *error;
    }

    if (Status written = writeTargets(outcome.assessmentId, report.targets); !written)
        return Error {written.error()};

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
    if (auto error = failure(q))
        return *error;
    if (!transaction.commit())
        return Error {transaction.error()};
    return outcome;
}

} // namespace Paliers
