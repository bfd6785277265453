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

QList<DomainDistribution> Consolidation::distribution(
    const QList<OverviewRow> &rows, const Referential &referential, const QList<const Referential *> &versions)
{
    const int top = referential.maxLevel();
    QList<DomainDistribution> result;
    for (const Domain &domain : referential.domains())
        result.append({domain.id, QList<int>(top + 1, 0)});
    // Per other version: where each of this version's domains sits in it.
    QHash<QString, QList<qsizetype>> positions;
    for (const Referential *version : versions) {
        if (version->id() != referential.id() || version->version() == referential.version())
            continue;
        QList<qsizetype> indexes;
        for (const Domain &domain : referential.domains())
            indexes.append(version->domainIndex(domain.id));
        positions.insert(version->version(), indexes);
    }
    for (const OverviewRow &row : rows) {
        if (row.referentialId != referential.id())
            continue;
        const bool same = row.referentialVersion.isEmpty() || row.referentialVersion == referential.version();
        if (!same && !positions.contains(row.referentialVersion))
            continue; // a version not given: its domains cannot be matched
        const QList<qsizetype> indexes = positions.value(row.referentialVersion);
        for (qsizetype i = 0; i < result.size(); ++i) {
            const qsizetype at = same ? i : indexes.at(i);
            if (at >= 0 && at < row.domainPaliers.size())
                ++result[i].counts[std::clamp(row.domainPaliers.at(at), 0, top)];
        }
    }
    return result;
}

int Consolidation::domainPalier(const OverviewRow &row, const Referential *rowGrid, const QString &domainId)
{
    const qsizetype index = rowGrid ? rowGrid->domainIndex(domainId) : -1;
    return index < 0 ? -1 : row.domainPaliers.value(index, -1);
}

QStringList Consolidation::versionsIn(const QList<OverviewRow> &rows, const QString &referentialId)
{
    QStringList list;
    for (const OverviewRow &row : rows) {
        if (row.referentialId == referentialId && !list.contains(row.referentialVersion))
            list.append(row.referentialVersion);
    }
    std::sort(list.begin(), list.end(), versionLess);
    return list;
}

QList<MissingCriterion> Consolidation::mostMissing(
    const QList<OverviewRow> &rows, int limit, const QString &referentialId)
{
    QHash<QStringView, int> counts;
    for (const OverviewRow &row : rows) {
        if (!referentialId.isEmpty() && row.referentialId != referentialId)
            continue;
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

QList<OverviewRow> Consolidation::filtered(QList<OverviewRow> rows, const OverviewFilter &filter)
{
    rows.removeIf([&filter](const OverviewRow &row) { return !filter.matches(row); });
    return rows;
}

} // namespace Paliers
