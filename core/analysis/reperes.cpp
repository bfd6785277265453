#include "analysis/reperes.h"

#include <algorithm>
#include <cmath>
#include <QLocale>

namespace Paliers {

const DomainReperes *Reperes::domain(const QString &domainId) const
{
    for (const DomainReperes &d : domains) {
        if (d.domainId == domainId)
            return &d;
    }
    return nullptr;
}

Result<Reperes> Reperes::of(const Referential &referential, const QList<const Referential *> &versions,
    const QString &schoolYear, const QList<OverviewRow> &rows, const QList<CriterionShare> &shares,
    const QString &scope)
{
    QList<OverviewRow> counted;
    for (const OverviewRow &row : rows) {
        if (row.referentialId == referential.id() && row.schoolYear == schoolYear
            && row.status == AssessmentStatus::Validated)
            counted.append(row);
    }
    if (counted.size() < MinSchools)
        return Error {tr("Only %1 validated assessment(s) of \"%2\" for %3: repères are written for at least %4 "
                         "schools, so that no school can be recognised in them.")
                          .arg(counted.size())
                          .arg(referential.title(), schoolYear)
                          .arg(MinSchools)};
    Reperes reperes;
    reperes.referentialId = referential.id();
    reperes.schoolYear = schoolYear;
    reperes.scope = scope;
    reperes.schools = static_cast<int>(counted.size());
    for (const DomainDistribution &distribution : Consolidation::distribution(counted, referential, versions))
        reperes.domains.append({distribution.domainId, distribution.counts, median(distribution.counts)});
    for (const Criterion &criterion : referential.criteria()) {
        const auto found = std::find_if(shares.cbegin(), shares.cend(),
            [&criterion](const CriterionShare &share) { return share.criterionId == criterion.id; });
        if (found != shares.cend())
            reperes.criteria.append(*found);
    }
    return reperes;
}

double Reperes::median(const QList<int> &counts)
{
    qint64 total = 0;
    for (const int count : counts)
        total += count;
    if (total == 0)
        return 0;
    // The values at ranks (total - 1) / 2 and total / 2, counted from 0.
    const auto valueAt = [&counts](qint64 rank) {
        for (qsizetype palier = 0; palier < counts.size(); ++palier) {
            if (rank < counts.at(palier))
                return static_cast<double>(palier);
            rank -= counts.at(palier);
        }
        return static_cast<double>(counts.size() - 1);
    };
    return (valueAt((total - 1) / 2) + valueAt(total / 2)) / 2;
}

Reperes::Standing Reperes::standing(int palier, double median)
{
    if (palier > median)
        return Standing::Above;
    if (palier < median)
        return Standing::Below;
    return Standing::AtMedian;
}

QString Reperes::number(double value)
{
    if (std::floor(value) == value)
        return QString::number(static_cast<int>(value));
    return QLocale().toString(value, 'f', 1);
}

QString Reperes::standingText(int palier, double median)
{
    switch (standing(palier, median)) {
    case Standing::Above:
        return tr("above the académie's median (%1)").arg(number(median));
    case Standing::Below:
        return tr("below the académie's median (%1)").arg(number(median));
    case Standing::AtMedian:
        return tr("at the académie's median (%1)").arg(number(median));
    }
    Q_UNREACHABLE();
}

QString Reperes::standingShort(int palier, double median)
{
    switch (standing(palier, median)) {
    case Standing::Above:
        return tr("above (median %1)").arg(number(median));
    case Standing::Below:
        return tr("below (median %1)").arg(number(median));
    case Standing::AtMedian:
        return tr("at the median (%1)").arg(number(median));
    }
    Q_UNREACHABLE();
}

QStringList Reperes::leastMet(int limit, double below) const
{
    QList<CriterionShare> candidates;
    for (const CriterionShare &share : criteria) {
        if (share.applicable > 0 && share.share() < below)
            candidates.append(share);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const CriterionShare &a, const CriterionShare &b) { return a.share() < b.share(); });
    QStringList ids;
    for (const CriterionShare &share : std::as_const(candidates)) {
        if (ids.size() >= limit)
            break;
        ids.append(share.criterionId);
    }
    return ids;
}

} // namespace Paliers
