#pragma once

// How the rows of the database become values and back: shared by the files
// of storage/, which each store one aggregate. Internal to storage/.

#include "model/assessment.h"
#include "model/establishment.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Paliers::StorageRows {

inline const QString EstablishmentColumns = QStringLiteral(
    "id, uai, name, kind, commune, circonscription, departement, academie, head_name, referent_name, created_at, "
    "updated_at, head_title");

inline const QString AssessmentColumns = QStringLiteral(
    "id, establishment_id, referential_id, referential_version, school_year, author, author_role, status, "
    "created_at, updated_at, validated_at, validated_by, previous_id");

inline const QString ActionItemColumns
    = QStringLiteral("id, assessment_id, criterion_id, title, owner, due_date, status, funder, priority");

// Qt binds a null QString as SQL NULL; our text columns hold '' instead.
QString text(const QString &value);

void bindEstablishment(QSqlQuery &q, const Establishment &e);

// Parses the timestamps Storage writes ("2025-09-01T08:00:00.000Z", UTC)
// without the generic ISO parser, which dominates when listing thousands of
// rows; any other spelling goes through QDateTime::fromString.
QDateTime toDateTime(const QVariant &value);

QVariant fromDate(const QDate &date);

// Binds, in order: assessment, criterion, title, owner, due date, status,
// funder, priority.
void bindActionItem(QSqlQuery &q, const ActionItem &item, qint64 assessmentId);
// Binds, in order: criterion, title, owner, due date, status, funder,
// priority (what an update changes).
void bindActionItemFields(QSqlQuery &q, const ActionItem &item);

Establishment readEstablishment(const QSqlQuery &q);

Assessment readAssessment(const QSqlQuery &q);

ActionItem readActionItem(const QSqlQuery &q);

AnswerStatus statusFromKey(const QString &key);

} // namespace Paliers::StorageRows
