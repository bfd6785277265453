#include "storage/sqlitestatement.h"
#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

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
    const PreparedQuery q
        = prepared(QStringLiteral("INSERT OR REPLACE INTO assessment_summary (assessment_id, overall_palier,"
                                  " domain_paliers, blocking, answered, total) VALUES (?, ?, ?, ?, ?, ?)"));
    q->addBindValue(assessmentId);
    q->addBindValue(evaluation.overallPalier);
    q->addBindValue(joinPaliers(evaluation));
    q->addBindValue(joinBlocking(evaluation));
    q->addBindValue(evaluation.answered);
    q->addBindValue(evaluation.total);
    if (auto error = failure(*q))
        return *error;
    return Done {};
}

Status Storage::refreshSummaries()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto error = failure(q,
            QStringLiteral("SELECT a.id FROM assessment a LEFT JOIN assessment_summary s"
                           " ON s.assessment_id = a.id WHERE s.assessment_id IS NULL")))
        return *error;
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
            continue; // a grid (or version) this Paliers does not know: left out of the overview
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

namespace {

// What the overview reads of an assessment, its school and its summary.
const QLatin1String OverviewColumns(
    "SELECT e.id, e.uai, e.name, e.kind, e.commune, e.circonscription, e.departement, e.academie,"
    " a.id, a.referential_id, a.school_year, a.status,"
    " s.overall_palier, s.domain_paliers, s.blocking, s.answered, s.total, a.referential_version"
    " FROM assessment a JOIN establishment e ON e.id = a.establishment_id"
    " LEFT JOIN assessment_summary s ON s.assessment_id = a.id");

// The rows of a statement on OverviewColumns, read through SQLite's C API
// (a DANE's year is 60,000 rows of 18 values; Qt's driver made a QVariant
// of each). The summaries it lacks are computed for the rows (not kept:
// Storage::overview keeps them before).
Result<QList<OverviewRow>> overviewRowsOf(
    SqliteStatement &q, qsizetype expected, const Storage &storage, const Database &database)
{
    QList<OverviewRow> rows;
    // Made to size once rather than doubled as it grows, which holds both
    // copies at its peak.
    rows.reserve(expected);
    QList<qsizetype> unsummarised;
    // Most values repeat from row to row (kinds, communes, years): each is
    // made once, from the UTF-8 SQLite keeps, and shared.
    StorageRows::SharedTexts shared;
    while (q.next()) {
        OverviewRow row;
        row.establishmentId = q.int64(0);
        row.uai = q.text(1);
        row.name = q.text(2);
        row.kind = establishmentKindFromKey(shared.text(q, 3)).value_or(EstablishmentKind::Other);
        row.commune = shared.text(q, 4);
        row.circonscription = shared.text(q, 5);
        row.departement = shared.text(q, 6);
        row.academie = shared.text(q, 7);
        row.assessmentId = q.int64(8);
        row.referentialId = shared.text(q, 9);
        row.schoolYear = shared.text(q, 10);
        row.referentialVersion = shared.text(q, 17);
        row.status = assessmentStatusFromKey(shared.text(q, 11)).value_or(AssessmentStatus::Draft);
        if (q.isNull(12)) {
            unsummarised.append(rows.size());
        } else {
            row.overallPalier = static_cast<int>(q.int64(12));
            const QString paliers = q.text(13);
            row.domainPaliers.reserve(8);
            for (const QChar c : paliers) {
                if (c.isDigit())
                    row.domainPaliers.append(c.digitValue());
            }
            row.blockingIds = q.text(14);
            row.answered = static_cast<int>(q.int64(15));
            row.total = static_cast<int>(q.int64(16));
        }
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return Error {database.describe(q.lastError())};
    for (const qsizetype index : unsummarised) {
        Result<Evaluation> evaluation = storage.evaluate(rows.at(index).assessmentId);
        if (evaluation)
            fillSummary(rows[index], evaluation.value());
    }
    return rows;
}

} // namespace

Result<QList<OverviewRow>> Storage::overview(const QString &schoolYear, std::optional<qint64> establishmentId)
{
    if (!m_database.isReadOnly()) {
        if (Status refreshed = refreshSummaries(); !refreshed)
            return Error {refreshed.error()};
    }
    QString where = QStringLiteral(" WHERE 1");
    if (!schoolYear.isEmpty())
        where += QLatin1String(" AND a.school_year = ?1");
    if (establishmentId)
        where += QLatin1String(" AND a.establishment_id = ?2");

    qsizetype expected = 0;
    {
        SqliteStatement count(m_database.connection(), QStringLiteral("SELECT count(*) FROM assessment a") + where);
        count.bind(1, schoolYear);
        if (establishmentId)
            count.bind(2, *establishmentId);
        if (count.next())
            expected = count.int64(0);
        if (count.lastError().isValid())
            return Error {m_database.describe(count.lastError())};
    }
    // The assessment last: a school has one per grid and year.
    SqliteStatement q(m_database.connection(),
        OverviewColumns + where + QLatin1String(" ORDER BY e.name COLLATE NOCASE, e.uai, a.school_year DESC, a.id"));
    q.bind(1, schoolYear);
    if (establishmentId)
        q.bind(2, *establishmentId);
    // Read-only database: what could not be kept is computed for this view.
    return overviewRowsOf(q, expected, *this, m_database);
}

Result<QList<OverviewRow>> Storage::overviewFirstRows(const QString &schoolYear, int limit)
{
    QSqlError collationError;
    if (!addLocaleCollation(m_database.connection(), &collationError))
        return Error {m_database.describe(collationError)};
    // The table's order: the name in the locale's order, then, for names the
    // locale holds equal, overview()'s order, which the table keeps for
    // ties. SQLite keeps the `limit` first rows as it reads: one comparison
    // for most rows, not a sort of the year. The year's rows are ordered
    // narrow (the assessment, the name, the UAI), then the first ones read
    // whole.
    SqliteStatement q(m_database.connection(),
        OverviewColumns
            + QLatin1String(
                " JOIN (SELECT a.id AS id FROM assessment a JOIN establishment e ON e.id = a.establishment_id"
                " WHERE a.school_year = ?1 ORDER BY e.name COLLATE paliers_locale, e.name COLLATE NOCASE,"
                " e.uai, a.id LIMIT ?2) AS first ON first.id = a.id"
                " ORDER BY e.name COLLATE paliers_locale, e.name COLLATE NOCASE, e.uai, a.id"));
    q.bind(1, schoolYear);
    q.bind(2, limit);
    return overviewRowsOf(q, limit, *this, m_database);
}

Result<QStringList> Storage::schoolYears() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // One step down the index per year, not a scan of every assessment:
    // a DANE's database holds 60,000 a year.
    if (auto error = failure(q,
            QStringLiteral("WITH RECURSIVE year(value) AS (SELECT max(school_year) FROM assessment"
                           " UNION ALL SELECT (SELECT max(school_year) FROM assessment WHERE school_year < year.value)"
                           " FROM year WHERE year.value IS NOT NULL)"
                           " SELECT value FROM year WHERE value IS NOT NULL")))
        return *error;
    QStringList years;
    while (q.next())
        years.append(q.value(0).toString());
    return years;
}

} // namespace Paliers
