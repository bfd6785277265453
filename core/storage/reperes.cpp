#include "exchange/reperesfile.h"
#include "storage/storage.h"
#include "storage/storagerows.h"

#include <map>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Repères: where the schools of the académie stand, anonymously.

Result<QList<Reperes>> Storage::reperesOf(const QList<OverviewRow> &rows, const QString &scope) const
{
    // Per grid and year, the validated assessments.
    std::map<std::pair<QString, QString>, QList<OverviewRow>> groups;
    for (const OverviewRow &row : rows) {
        if (row.status == AssessmentStatus::Validated)
            groups[{row.referentialId, row.schoolYear}].append(row);
    }
    if (groups.empty())
        return Error {tr("No validated assessment among those shown: repères are written from validated "
                         "assessments only.")};
    // Where they come from, in words: the académie of the rows, then the
    // choice the DANE made.
    QStringList academies;
    for (const OverviewRow &row : rows) {
        if (!row.academie.isEmpty() && !academies.contains(row.academie))
            academies.append(row.academie);
    }
    QStringList words;
    if (academies.size() == 1)
        words.append(tr("Académie: %1").arg(academies.constFirst()));
    else if (academies.size() > 1)
        words.append(tr("%n académie(s)", nullptr, static_cast<int>(academies.size())));
    if (!scope.isEmpty())
        words.append(scope);
    const QString where = words.join(QStringLiteral(" — "));

    QList<Reperes> written;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    for (const auto &[key, group] : groups) {
        const Referential *referential = m_catalog.latest(key.first);
        if (!referential)
            continue;
        // Counted in chunks, so that no statement has too many values.
        constexpr qsizetype Chunk = 500;
        QHash<QString, std::pair<int, int>> counted; // criterion → met, non concerné
        for (qsizetype start = 0; start < group.size(); start += Chunk) {
            const qsizetype count = std::min(Chunk, group.size() - start);
            QStringList marks(count, QStringLiteral("?"));
            q.prepare(QStringLiteral("SELECT criterion_id, total(status = ?), total(status = ?) FROM answer"
                                     " WHERE assessment_id IN (%1) GROUP BY criterion_id")
                          .arg(marks.join(QLatin1Char(','))));
            q.addBindValue(answerStatusKey(AnswerStatus::Met));
            q.addBindValue(answerStatusKey(AnswerStatus::NotApplicable));
            for (qsizetype i = start; i < start + count; ++i)
                q.addBindValue(group.at(i).assessmentId);
            if (auto error = failure(q))
                return *error;
            while (q.next()) {
                auto &[met, notApplicable] = counted[q.value(0).toString()];
                met += q.value(1).toInt();
                notApplicable += q.value(2).toInt();
            }
        }
        QList<CriterionShare> shares;
        const int schools = static_cast<int>(group.size());
        for (const Criterion &criterion : referential->criteria()) {
            const auto [met, notApplicable] = counted.value(criterion.id);
            shares.append({criterion.id, met, schools - notApplicable});
        }
        Result<Reperes> reperes
            = Reperes::of(*referential, m_catalog.versions(key.first), key.second, group, shares, where);
        if (!reperes)
            return Error {reperes.error()};
        written.append(reperes.value());
    }
    return written;
}

Status Storage::storeReperes(const QList<Reperes> &reperes)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO reperes (referential_id, school_year, content, imported_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (referential_id, school_year) DO UPDATE SET"
                             " content = excluded.content, imported_at = excluded.imported_at"));
    for (const Reperes &one : reperes) {
        ReperesFile::Contents contents;
        contents.writtenAt = QDateTime::currentDateTimeUtc();
        contents.reperes = {one};
        q.addBindValue(one.referentialId);
        q.addBindValue(one.schoolYear);
        q.addBindValue(QString::fromUtf8(ReperesFile::write(contents)));
        q.addBindValue(timestamp());
        if (auto error = failure(q))
            return *error;
    }
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

Result<std::optional<Reperes>> Storage::reperesFor(const QString &referentialId, const QString &schoolYear) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT content FROM reperes WHERE referential_id = ? AND school_year <= ?"
                             " ORDER BY school_year DESC LIMIT 1"));
    q.addBindValue(referentialId);
    q.addBindValue(schoolYear);
    if (auto error = failure(q))
        return *error;
    if (!q.next())
        return std::optional<Reperes>();
    // Kept as the file it came in, checksum and all: read the same way.
    Result<ReperesFile::Contents> contents = ReperesFile::read(q.value(0).toByteArray(), tr("stored repères"));
    if (!contents)
        return Error {contents.error()};
    return std::optional<Reperes>(contents->reperes.value(0));
}

} // namespace Paliers
