#include "storage/sqlitestatement.h"
#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QJsonArray>
#include <QJsonDocument>
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

    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    const PreparedQuery importedBefore
        = prepared(QStringLiteral("SELECT assessment_id FROM import_record WHERE export_id = ?"));
    importedBefore->addBindValue(imported.stamp.exportId);
    if (auto error = failure(*importedBefore))
        return *error;
    ImportOutcome outcome;
    if (importedBefore->next()) {
        outcome.kind = ImportOutcome::Kind::AlreadyImported;
        outcome.assessmentId = importedBefore->value(0).toLongLong();
        return outcome; // the transaction rolls back: it wrote nothing
    }
    importedBefore->finish();

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

    const PreparedQuery sameYear
        = prepared(QStringLiteral("SELECT id FROM assessment WHERE establishment_id = ? AND referential_id = ?"
                                  " AND school_year = ?"));
    sameYear->addBindValue(outcome.establishmentId);
    sameYear->addBindValue(report.assessment.referentialId);
    sameYear->addBindValue(report.assessment.schoolYear);
    if (auto error = failure(*sameYear))
        return *error;
    if (sameYear->next())
        return Error {tr("%1 (%2) already has an assessment of this grid for %3 (number %4): the export was not "
                         "imported, so that nothing is overwritten.")
                          .arg(report.establishment.name, report.establishment.uai, report.assessment.schoolYear)
                          .arg(sameYear->value(0).toLongLong())};
    sameYear->finish();

    // The inserts below run through SQLite's C API (SqliteStatement), bound
    // as Qt Sql would bind the same values.
    const Assessment &a = report.assessment;
    SqliteStatement &insertAssessment
        = direct(QStringLiteral("INSERT INTO assessment (establishment_id, referential_id, referential_version,"
                                " school_year, author, author_role, status, created_at, updated_at, validated_at,"
                                " validated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertAssessment.bind(1, outcome.establishmentId);
    insertAssessment.bind(2, a.referentialId);
    insertAssessment.bind(3, a.referentialVersion);
    insertAssessment.bind(4, a.schoolYear);
    insertAssessment.bind(5, text(a.author));
    insertAssessment.bind(6, text(a.authorRole));
    insertAssessment.bind(7, assessmentStatusKey(a.status));
    insertAssessment.bind(8, timestampText(a.createdAt));
    insertAssessment.bind(9, timestampText(a.updatedAt));
    insertAssessment.bind(10, timestampText(a.validatedAt));
    insertAssessment.bind(11, text(a.validatedBy));
    if (auto error = failure(insertAssessment))
        return *error;
    outcome.assessmentId = insertAssessment.lastInsertId();

    // Each answer as it stood, and one history row saying where it came from,
    // copied from the answers by one statement in their order in the export.
    SqliteStatement &insertAnswer
        = direct(QStringLiteral("INSERT INTO answer (assessment_id, criterion_id, status, comment, evidence,"
                                " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QJsonArray criteria;
    for (const Answer &answer : report.answers) {
        insertAnswer.bind(1, outcome.assessmentId);
        insertAnswer.bind(2, answer.criterionId);
        insertAnswer.bind(3, answerStatusKey(answer.status));
        insertAnswer.bind(4, text(answer.comment));
        insertAnswer.bind(5, text(answer.evidence));
        insertAnswer.bind(6, text(answer.changedBy));
        insertAnswer.bind(7, timestampText(answer.changedAt));
        if (auto error = failure(insertAnswer))
            return *error;
        criteria.append(answer.criterionId);
    }
    SqliteStatement &copyHistory
        = direct(QStringLiteral("INSERT INTO answer_history (assessment_id, criterion_id, old_status, new_status,"
                                " new_comment, new_evidence, changed_by, changed_at)"
                                " SELECT a.assessment_id, a.criterion_id, NULL, a.status, a.comment, a.evidence,"
                                " a.changed_by, a.changed_at FROM json_each(?) AS c"
                                " JOIN answer AS a ON a.assessment_id = ? AND a.criterion_id = c.value"
                                " ORDER BY c.key"));
    copyHistory.bind(1, QString::fromUtf8(QJsonDocument(criteria).toJson(QJsonDocument::Compact)));
    copyHistory.bind(2, outcome.assessmentId);
    if (auto error = failure(copyHistory))
        return *error;

    SqliteStatement &insertEvent = direct(
        QStringLiteral("INSERT INTO assessment_event (assessment_id, kind, actor, at, note) VALUES (?, ?, ?, ?, ?)"));
    for (const AssessmentEvent &event : report.events) {
        insertEvent.bind(1, outcome.assessmentId);
        insertEvent.bind(2, eventKindKey(event.kind));
        insertEvent.bind(3, text(event.actor));
        insertEvent.bind(4, timestampText(event.at));
        insertEvent.bind(5, text(event.note));
        if (auto error = failure(insertEvent))
            return *error;
    }

    const PreparedQuery insertAction = prepared(
        QStringLiteral("INSERT INTO action_item (assessment_id, criterion_id, title, owner, due_date, status,"
                       " funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ActionItem &item : report.actionItems) {
        bindActionItem(*insertAction, item, outcome.assessmentId);
        if (auto error = failure(*insertAction))
            return *error;
    }

    if (Status written = writeTargets(outcome.assessmentId, report.targets); !written)
        return Error {written.error()};

    if (Status stored = storeSummary(outcome.assessmentId, report.evaluation); !stored)
        return Error {stored.error()};

    SqliteStatement &insertRecord
        = direct(QStringLiteral("INSERT INTO import_record (export_id, assessment_id, checksum, exported_at,"
                                " imported_at, source) VALUES (?, ?, ?, ?, ?, ?)"));
    insertRecord.bind(1, imported.stamp.exportId);
    insertRecord.bind(2, outcome.assessmentId);
    insertRecord.bind(3, imported.checksum);
    insertRecord.bind(4, timestampText(imported.stamp.exportedAt));
    insertRecord.bind(5, timestamp());
    insertRecord.bind(6, text(source));
    if (auto error = failure(insertRecord))
        return *error;
    if (!transaction.commit())
        return Error {transaction.error()};
    return outcome;
}

} // namespace Paliers
