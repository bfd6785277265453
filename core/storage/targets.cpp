#include "analysis/targets.h"

#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Targets: where a school aims, kept with each assessment.

Result<QList<DomainTarget>> Storage::targets(qint64 assessmentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT domain_id, palier, school_year FROM assessment_target WHERE assessment_id = ?"));
    q.addBindValue(assessmentId);
    if (auto error = failure(q))
        return *error;
    QList<DomainTarget> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()});
    // In the grid's domain order, as every table shows them.
    Result<Assessment> owner = assessment(assessmentId);
    if (!owner)
        return Error {owner.error()};
    if (const Referential *referential = referentialOf(owner.value())) {
        std::stable_sort(found.begin(), found.end(), [referential](const DomainTarget &a, const DomainTarget &b) {
            return referential->domainIndex(a.domainId) < referential->domainIndex(b.domainId);
        });
    }
    return found;
}

Status Storage::setTargets(qint64 assessmentId, const QList<DomainTarget> &targets)
{
    // Like the action plan, targets stay editable once the assessment is
    // validated: they are about the years that follow it.
    if (Status writable = checkWritable(); !writable)
        return writable;
    Result<Assessment> found = assessment(assessmentId);
    if (!found)
        return Error {found.error()};
    const Referential *referential = referentialOf(found.value());
    if (!referential)
        return Error {unknownReferential(found.value())};
    if (Status valid = Targets::check(*referential, targets); !valid)
        return valid;
    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    if (Status written = writeTargets(assessmentId, targets); !written)
        return written;
    if (Status touched = touchAssessment(assessmentId, timestamp()); !touched)
        return touched;
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

Status Storage::writeTargets(qint64 assessmentId, const QList<DomainTarget> &targets)
{
    {
        const PreparedQuery q = prepared(QStringLiteral("DELETE FROM assessment_target WHERE assessment_id = ?"));
        q->addBindValue(assessmentId);
        if (auto error = failure(*q))
            return *error;
    }
    if (targets.isEmpty())
        return Done {};
    const PreparedQuery q = prepared(QStringLiteral(
        "INSERT INTO assessment_target (assessment_id, domain_id, palier, school_year) VALUES (?, ?, ?, ?)"));
    for (const DomainTarget &target : targets) {
        q->addBindValue(assessmentId);
        q->addBindValue(target.domainId);
        q->addBindValue(target.palier);
        q->addBindValue(target.schoolYear);
        if (auto error = failure(*q))
            return *error;
    }
    return Done {};
}

Status Storage::carryTargets(qint64 fromAssessmentId, qint64 toAssessmentId, const Referential &referential)
{
    Result<QList<DomainTarget>> old = targets(fromAssessmentId);
    if (!old)
        return Error {old.error()};
    // A domain the new version lacks, or a palier above its top, stays behind.
    QList<DomainTarget> kept;
    for (const DomainTarget &target : old.value()) {
        if (referential.domain(target.domainId) && target.palier <= referential.maxLevel())
            kept.append(target);
    }
    return writeTargets(toAssessmentId, kept);
}

} // namespace Paliers
