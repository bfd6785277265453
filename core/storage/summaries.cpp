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

// The rows of a query on OverviewColumns; the summaries it lacks are
// computed for the rows (not kept: Storage::overview keeps them before).
QList<OverviewRow> overviewRowsOf(QSqlQuery &q, qsizetype expected, const Storage &storage)
{
    QList<OverviewRow> rows;
    // A DANE's year holds 60,000 rows: the list is made to size once rather
    // than doubled as it grows, which holds both copies at its peak.
    rows.reserve(expected);
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
        row.referentialVersion = intern(q.value(17).toString());
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
        rows.append(std::move(row));
    }
    q.finish();
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
    QString sql = OverviewColumns + QLatin1String(" WHERE 1");
    if (!schoolYear.isEmpty())
        sql += QLatin1String(" AND a.school_year = :year");
    if (establishmentId)
        sql += QLatin1String(" AND a.establishment_id = :establishment");
    // The assessment last: a school has one per grid and year.
    sql += QLatin1String(" ORDER BY e.name COLLATE NOCASE, e.uai, a.school_year DESC, a.id");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!schoolYear.isEmpty())
        q.bindValue(QStringLiteral(":year"), schoolYear);
    if (establishmentId)
        q.bindValue(QStringLiteral(":establishment"), *establishmentId);
    if (auto error = failure(q))
        return *error;

    qsizetype expected = 0;
    {
        QSqlQuery count(m_database.connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM assessment WHERE 1")
            + (schoolYear.isEmpty() ? QString() : QStringLiteral(" AND school_year = :year"))
            + (establishmentId ? QStringLiteral(" AND establishment_id = :establishment") : QString()));
        if (!schoolYear.isEmpty())
            count.bindValue(QStringLiteral(":year"), schoolYear);
        if (establishmentId)
            count.bindValue(QStringLiteral(":establishment"), *establishmentId);
        if (auto error = failure(count))
            return *error;
        if (count.next())
            expected = count.value(0).toLongLong();
    }
    // Read-only database: what could not be kept is computed for this view.
    return overviewRowsOf(q, expected, *this);
}

Result<QList<OverviewRow>> Storage::overviewFirstRows(const QString &schoolYear, int limit)
{
    QSqlError collationError;
    if (!addLocaleCollation(m_database.connection(), &collationError))
        return Error {m_database.describe(collationError)};
    // The table's order: the name in the locale's order, then, for names the
    // locale holds equal, overview()'s order, which the table keeps for
    // ties. SQLite keeps the `limit` first rows as it reads: one comparison
    // for most rows, not a sort of the year.
    // The year's rows are ordered narrow (the assessment, the name, the
    // UAI), then the first ones read whole.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(OverviewColumns
        + QLatin1String(" JOIN (SELECT a.id AS id FROM assessment a JOIN establishment e ON e.id = a.establishment_id"
                        " WHERE a.school_year = :year ORDER BY e.name COLLATE paliers_locale, e.name COLLATE NOCASE,"
                        " e.uai, a.id LIMIT :limit) AS first ON first.id = a.id"
                        " ORDER BY e.name COLLATE paliers_locale, e.name COLLATE NOCASE, e.uai, a.id"));
    q.bindValue(QStringLiteral(":year"), schoolYear);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto error = failure(q))
        return *error;
    return overviewRowsOf(q, limit, *this);
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
