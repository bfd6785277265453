#pragma once

// How the rows of the database become values and back: shared by the files
// of storage/, which each store one aggregate. Internal to storage/.

#include "analysis/campaign.h"
#include "model/assessment.h"
#include "model/establishment.h"
#include "model/timestamp.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Paliers {
class SqliteStatement;
}

namespace Paliers::StorageRows {

inline const QString EstablishmentColumns = QStringLiteral(
    "id, uai, name, kind, commune, circonscription, departement, academie, head_name, referent_name, created_at, "
    "updated_at, head_title, sector, departement_code, bassin, education_prioritaire, mail, register_state, "
    "registered_at");

// Every column of an establishment but its id and creation time, bound by
// bindEstablishment() and :now (the time of the change).
inline const QString InsertEstablishment = QStringLiteral(
    "INSERT INTO establishment (uai, name, kind, commune, circonscription, departement, academie, head_name,"
    " head_title, referent_name, sector, departement_code, bassin, education_prioritaire, mail, register_state,"
    " registered_at, created_at, updated_at)"
    " VALUES (:uai, :name, :kind, :commune, :circonscription, :departement, :academie, :head, :headTitle,"
    " :referent, :sector, :departementCode, :bassin, :ep, :mail, :registerState, :registeredAt, :now, :now)");
inline const QString UpdateEstablishment = QStringLiteral(
    "UPDATE establishment SET uai = :uai, name = :name, kind = :kind, commune = :commune,"
    " circonscription = :circonscription, departement = :departement, academie = :academie, head_name = :head,"
    " head_title = :headTitle, referent_name = :referent, sector = :sector, departement_code = :departementCode,"
    " bassin = :bassin, education_prioritaire = :ep, mail = :mail, register_state = :registerState,"
    " registered_at = :registeredAt, updated_at = :now WHERE id = :id");

// What the register changes of an establishment, and nothing else (the
// head and the référent stay as they are, whoever changed them meanwhile).
inline const QString UpdateRegisterFields = QStringLiteral(
    "UPDATE establishment SET name = :name, kind = :kind, commune = :commune, circonscription = :circonscription,"
    " departement = :departement, academie = :academie, sector = :sector, departement_code = :departementCode,"
    " bassin = :bassin, education_prioritaire = :ep, mail = :mail, register_state = :registerState,"
    " registered_at = :registeredAt, updated_at = :now WHERE id = :id");

inline const QString AssessmentColumns = QStringLiteral(
    "id, establishment_id, referential_id, referential_version, school_year, author, author_role, status, "
    "created_at, updated_at, validated_at, validated_by, previous_id");

inline const QString ActionItemColumns
    = QStringLiteral("id, assessment_id, criterion_id, title, owner, due_date, status, funder, priority");

// Qt binds a null QString as SQL NULL; our text columns hold '' instead.
QString text(const QString &value);

void bindEstablishment(QSqlQuery &q, const Establishment &e);
// Binds what UpdateRegisterFields sets, but :now and :id.
void bindRegisterFields(QSqlQuery &q, const Establishment &e);

// A time stored as Storage writes it (timestampText); an invalid time for
// NULL.
QDateTime toDateTime(const QVariant &value);

QVariant fromDate(const QDate &date);

// Binds, in order: assessment, criterion, title, owner, due date, status,
// funder, priority.
void bindActionItem(QSqlQuery &q, const ActionItem &item, qint64 assessmentId);
// Binds, in order: criterion, title, owner, due date, status, funder,
// priority (what an update changes).
void bindActionItemFields(QSqlQuery &q, const ActionItem &item);

// The texts that repeat from row to row of one reading (kinds, communes,
// départements, académies, head titles…): each made once, then shared by
// the rows that hold it, where a list of 60,000 establishments held 60,000
// copies of the same few hundred communes.
class SharedTexts
{
public:
    // The text of `column` in the row `q` is on; a null QString for NULL.
    QString text(const SqliteStatement &q, int column);

private:
    struct Last
    {
        QByteArray utf8;
        QString text;
    };

    QHash<QByteArray, QString> m_texts; // by the UTF-8 SQLite keeps
    // The last text of each column: consecutive rows often hold the same
    // (the year, the grid, the académie of a list), found without hashing.
    QList<Last> m_last;
};

// A row of EstablishmentColumns, read through SQLite's C API: listing
// 5,000 establishments through Qt Sql's QVariants took twice as long.
Establishment readEstablishment(const SqliteStatement &q, SharedTexts &shared);

Assessment readAssessment(const QSqlQuery &q);

ActionItem readActionItem(const QSqlQuery &q);

AnswerStatus statusFromKey(const QString &key);

// 'ecole_maternelle','college': kinds to put in an SQL IN (...).
QString quotedKinds(const QList<EstablishmentKind> &kinds);
// " AND …" conditions on the establishment `e` that keep what `filter`
// keeps, its values appended to `values`.
QString registerFilterClause(const RegisterFilter &filter, QVariantList &values);

} // namespace Paliers::StorageRows
