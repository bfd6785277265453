#include "analysis/consolidation.h"

#include <algorithm>
#include <numeric>
#include <QHash>
#include <QStringTokenizer>

namespace Paliers {

bool OverviewFilter::matches(const OverviewRow &row) const
{
    if (kind && row.kind != *kind)
        return false;
    if (status && row.status != *status)
        return false;
    if (!circonscription.isEmpty() && row.circonscription.compare(circonscription, Qt::CaseInsensitive) != 0)
        return false;
    if (!departement.isEmpty() && row.departement.compare(departement, Qt::CaseInsensitive) != 0)
        return false;
    if (!referentialId.isEmpty() && row.referentialId != referentialId)
        return false;
    if (!search.isEmpty() && !row.name.contains(search, Qt::CaseInsensitive)
        && !row.uai.contains(search, Qt::CaseInsensitive) && !row.commune.contains(search, Qt::CaseInsensitive))
        return false;
    return true;
}

int DomainDistribution::total() const
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

QList<DomainDistribution> Consolidation::distribution(const QList<OverviewRow> &rows, const Referential &referential)
{
    const int top = referential.maxLevel();
    QList<DomainDistribution> result;
    for (const Domain &domain : referential.domains())
        result.append({domain.id, QList<int>(top + 1, 0)});
    for (const OverviewRow &row : rows) {
        if (row.referentialId != referential.id())
            continue;
        for (qsizetype i = 0; i < result.size() && i < row.domainPaliers.size(); ++i)
            ++result[i].counts[std::clamp(row.domainPaliers.at(i), 0, top)];
    }
    return result;
}

QList<MissingCriterion> Consolidation::mostMissing(const QList<OverviewRow> &rows, int limit)
{
    QHash<QStringView, int> counts;
    for (const OverviewRow &row : rows) {
        for (const QStringView id : QStringTokenizer(row.blockingIds, u',', Qt::SkipEmptyParts))
            ++counts[id];
    }
    QList<MissingCriterion> result;
    result.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key().toString(), it.value()});
    std::sort(result.begin(), result.end(), [](const MissingCriterion &a, const MissingCriterion &b) {
        return a.count != b.count ? a.count > b.count : a.criterionId < b.criterionId;
    });
    if (limit >= 0 && result.size() > limit)
        result.resize(limit);
    return result;
}

QList<OverviewRow> Consolidation::filtered(const QList<OverviewRow> &rows, const OverviewFilter &filter)
{
    QList<OverviewRow> result;
    for (const OverviewRow &row : rows) {
        if (filter.matches(row))
            result.append(row);
    }
    return result;
}

} // namespace Paliers
