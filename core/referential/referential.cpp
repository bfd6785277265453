#include "referential/referential.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QVersionNumber>

namespace Paliers {

int ScoringRule::requiredMet(int applicable) const
{
    if (kind == Kind::AllMet)
        return applicable;
    // The epsilon keeps 0.8 * 5 at 4 despite binary floating point.
    return static_cast<int>(std::ceil(threshold * applicable - 1e-9));
}

Referential::Referential(QString id, QString version, QString title, Audience audience, ReferentialKind kind,
    ScoringRule rule, QList<Level> levels, QList<Domain> domains, QList<Criterion> criteria)
    : m_id(std::move(id))
    , m_version(std::move(version))
    , m_title(std::move(title))
    , m_audience(audience)
    , m_kind(kind)
    , m_rule(rule)
    , m_levels(std::move(levels))
    , m_domains(std::move(domains))
    , m_criteria(std::move(criteria))
{
    std::stable_sort(
        m_levels.begin(), m_levels.end(), [](const Level &a, const Level &b) { return a.number < b.number; });
    std::stable_sort(
        m_domains.begin(), m_domains.end(), [](const Domain &a, const Domain &b) { return a.order < b.order; });

    QHash<QString, int> domainRank;
    for (int i = 0; i < m_domains.size(); ++i)
        domainRank.insert(m_domains.at(i).id, i);
    std::stable_sort(m_criteria.begin(), m_criteria.end(), [&domainRank](const Criterion &a, const Criterion &b) {
        const int rankA = domainRank.value(a.domainId);
        const int rankB = domainRank.value(b.domainId);
        return rankA != rankB ? rankA < rankB : a.level < b.level;
    });

    m_criterionIndex.reserve(m_criteria.size());
    for (qsizetype i = 0; i < m_criteria.size(); ++i)
        m_criterionIndex.insert(m_criteria.at(i).id, i);
}

const Supersession *Referential::supersession(const QString &olderVersion) const
{
    const auto it = std::find_if(m_supersedes.cbegin(), m_supersedes.cend(),
        [&olderVersion](const Supersession &s) { return s.version == olderVersion; });
    return it == m_supersedes.cend() ? nullptr : &*it;
}

void Referential::setFileData(const QByteArray &data)
{
    m_fileData = data;
    m_sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool versionLess(const QString &a, const QString &b)
{
    qsizetype suffixA = 0;
    qsizetype suffixB = 0;
    const QVersionNumber numberA = QVersionNumber::fromString(a, &suffixA);
    const QVersionNumber numberB = QVersionNumber::fromString(b, &suffixB);
    if (!numberA.isNull() && !numberB.isNull() && numberA != numberB)
        return numberA < numberB;
    return a < b;
}

const Criterion *Referential::criterion(const QString &id) const
{
    const auto it = m_criterionIndex.constFind(id);
    return it == m_criterionIndex.cend() ? nullptr : &m_criteria.at(it.value());
}

const Domain *Referential::domain(const QString &id) const
{
    const auto it = std::find_if(m_domains.cbegin(), m_domains.cend(), [&id](const Domain &d) { return d.id == id; });
    return it == m_domains.cend() ? nullptr : &*it;
}

qsizetype Referential::domainIndex(const QString &id) const
{
    const Domain *found = domain(id);
    return found ? found - m_domains.constData() : -1;
}

const Level *Referential::level(int number) const
{
    const auto it
        = std::find_if(m_levels.cbegin(), m_levels.cend(), [number](const Level &l) { return l.number == number; });
    return it == m_levels.cend() ? nullptr : &*it;
}

QList<const Criterion *> Referential::criteriaOf(const QString &domainId, int level) const
{
    QList<const Criterion *> result;
    for (const Criterion &c : m_criteria) {
        if (c.domainId == domainId && c.level == level)
            result.append(&c);
    }
    return result;
}

int Referential::maxLevel() const
{
    return m_levels.isEmpty() ? 0 : m_levels.constLast().number;
}

QString audienceKey(Audience audience)
{
    switch (audience) {
    case Audience::Etablissement:
        return QStringLiteral("etablissement");
    case Audience::Ecole:
        return QStringLiteral("ecole");
    }
    Q_UNREACHABLE();
}

QString audienceLabel(Audience audience)
{
    switch (audience) {
    case Audience::Etablissement:
        return QCoreApplication::translate("Referential", "Secondary schools (collèges, lycées)");
    case Audience::Ecole:
        return QCoreApplication::translate("Referential", "Primary schools (écoles)");
    }
    Q_UNREACHABLE();
}

QString referentialKindKey(ReferentialKind kind)
{
    switch (kind) {
    case ReferentialKind::Checklist:
        return QStringLiteral("checklist");
    case ReferentialKind::Rubric:
        return QStringLiteral("rubric");
    }
    Q_UNREACHABLE();
}

} // namespace Paliers
