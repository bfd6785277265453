#include "exchange/indicatorfile.h"
#include "storage/storage.h"
#include "storage/storagerows.h"

#include <algorithm>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// The indicators of the roadmap

Result<QList<Indicator>> Storage::indicators() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto error = failure(q, QStringLiteral("SELECT definition FROM indicator ORDER BY position, id")))
        return *error;
    QList<Indicator> found;
    while (q.next()) {
        const QJsonObject object = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        // One about a grid no longer installed stays stored, but is not shown.
        if (Result<Indicator> indicator = IndicatorFile::fromJson(object, m_catalog, QString(), QString()))
            found.append(indicator.value());
    }
    return found;
}

Status Storage::setIndicators(const QList<Indicator> &indicators)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    if (indicators.size() > IndicatorFile::MaxIndicators)
        return Error {tr("At most %1 indicators are kept.").arg(IndicatorFile::MaxIndicators)};
    for (const Indicator &indicator : indicators) {
        if (Status valid = indicator.check(m_catalog); !valid)
            return valid;
    }
    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    QSqlQuery q(m_database.connection());
    if (auto error = failure(q, QStringLiteral("DELETE FROM indicator")))
        return *error;
    q.prepare(QStringLiteral("INSERT INTO indicator (position, definition) VALUES (?, ?)"));
    int position = 0;
    for (const Indicator &indicator : indicators) {
        q.addBindValue(position++);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(IndicatorFile::toJson(indicator)).toJson(QJsonDocument::Compact)));
        if (auto error = failure(q))
            return *error;
    }
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

QString Storage::indicatorSource(const Indicator &indicator, QVariantList &values) const
{
    // The value of the condition for one validated assessment: 1 met, 0 not,
    // NULL when it does not apply (a criterion non concerné, a domain the
    // assessment's version lacks), left out of the count.
    QString condition;
    switch (indicator.condition) {
    case Indicator::Condition::Criterion:
        condition = QStringLiteral("CASE (SELECT n.status FROM answer n WHERE n.assessment_id = a.id"
                                   " AND n.criterion_id = ?) WHEN '%1' THEN 1 WHEN '%2' THEN NULL ELSE 0 END")
                        .arg(answerStatusKey(AnswerStatus::Met), answerStatusKey(AnswerStatus::NotApplicable));
        values.append(indicator.subject);
        break;
    case Indicator::Condition::Domain: {
        // A summary keeps the paliers as one digit each, comma-separated, in
        // the domain order of the assessment's version (Limits::MaxLevels).
        QString positions;
        for (const Referential *version : m_catalog.versions(indicator.referentialId)) {
            const qsizetype index = version->domainIndex(indicator.subject);
            if (index < 0)
                continue;
            positions += QStringLiteral(" WHEN ? THEN %1").arg(2 * index + 1);
            values.append(version->version());
        }
        if (positions.isEmpty())
            condition = QStringLiteral("NULL");
        else
            condition = QStringLiteral("CAST(substr(s.domain_paliers, CASE a.referential_version%1 END, 1)"
                                       " AS INTEGER) >= %2")
                            .arg(positions)
                            .arg(indicator.palier);
        break;
    }
    case Indicator::Condition::Overall:
        condition = QStringLiteral("s.overall_palier >= %1").arg(indicator.palier);
        break;
    }
    QString sql = QStringLiteral("SELECT a.school_year AS year, %1 AS met FROM assessment a"
                                 " JOIN establishment e ON e.id = a.establishment_id"
                                 " LEFT JOIN assessment_summary s ON s.assessment_id = a.id"
                                 " WHERE a.referential_id = ? AND a.status = '%2'")
                      .arg(condition, assessmentStatusKey(AssessmentStatus::Validated));
    values.append(indicator.referentialId);
    sql += registerFilterClause(indicator.scope, values);
    return sql;
}

Result<IndicatorTable> Storage::indicatorTable(const QList<Indicator> &indicators)
{
    if (!m_database.isReadOnly()) {
        if (Status refreshed = refreshSummaries(); !refreshed)
            return Error {refreshed.error()};
    }
    Result<QStringList> years = schoolYears();
    if (!years)
        return Error {years.error()};
    QSet<QString> columns(years->cbegin(), years->cend());
    for (const Indicator &indicator : indicators) {
        for (const Indicator::Recorded &value : indicator.recorded)
            columns.insert(value.schoolYear);
    }
    IndicatorTable table;
    table.years = QStringList(columns.cbegin(), columns.cend());
    std::sort(table.years.begin(), table.years.end());

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    for (const Indicator &indicator : indicators) {
        QVariantList values;
        q.prepare(QStringLiteral("SELECT year, count(met), total(met) FROM (%1) GROUP BY year")
                      .arg(indicatorSource(indicator, values)));
        for (const QVariant &value : std::as_const(values))
            q.addBindValue(value);
        if (auto error = failure(q))
            return *error;
        QHash<QString, std::pair<int, int>> counted;
        while (q.next())
            counted.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt()});
        IndicatorRow row;
        row.indicator = indicator;
        for (const QString &year : std::as_const(table.years)) {
            IndicatorValue value;
            value.schoolYear = year;
            const auto [schools, meeting] = counted.value(year);
            value.schools = schools;
            value.meeting = meeting;
            for (const Indicator::Recorded &recorded : indicator.recorded) {
                if (recorded.schoolYear == year)
                    value.recorded = recorded.percent;
            }
            row.values.append(value);
        }
        table.rows.append(row);
    }
    return table;
}

} // namespace Paliers
