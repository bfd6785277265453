#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Paliers {

// Who a grid is written for: secondary schools (collèges, lycées) or primary
// schools (écoles).
enum class Audience
{
    Etablissement,
    Ecole,
};

// The shape of a grid. A checklist (the paliers of Annexes 1 and 7) asks for a
// status per criterion, and a domain reaches a palier when the rule holds at
// every level up to it. A rubric (the jalons of Annexe 8) has exactly one cell
// per domain (axis) and level (stage): a team places each axis at one stage by
// marking that cell met. ReferentialLoader checks the one-cell-per-stage shape;
// PalierEngine scores the two kinds differently.
enum class ReferentialKind
{
    Checklist,
    Rubric,
};

// How a domain reaches a palier, written in the referential file so that an
// académie can change it without a new release.
struct ScoringRule
{
    enum class Kind
    {
        // Palier k: every applicable criterion of paliers 1..k is met.
        AllMet,
        // Palier k: at each palier 1..k, at least `threshold` of the
        // applicable criteria are met.
        Threshold,
    };

    Kind kind = Kind::AllMet;
    double threshold = 1.0;

    // How many of `applicable` criteria must be met for a level to count.
    int requiredMet(int applicable) const;
};

struct Level
{
    int number = 0;
    QString title; // "Palier 1"
    QString description; // "Conditions minimales pour amorcer les usages du numérique"
};

struct Domain
{
    QString id; // stable, e.g. "PIL"
    QString title;
    int order = 0;
};

struct Criterion
{
    QString id; // stable, e.g. "PIL-1-01"
    QString domainId;
    int level = 0;
    QString text; // the académie's wording, verbatim
    QString note; // optional remark on the criterion or on how it was read
};

// How one criterion of an older version of the grid lives on in this one.
// One old criterion mapped to one new id is the same criterion (renamed when
// the id differs); several old criteria mapped to one new criterion were
// merged; one mapped to several was split; one mapped to none was removed.
struct CriterionMapping
{
    QString from; // the criterion's id in the older version
    QStringList to; // its ids in this version; empty: removed
    QString note; // optional: what changed, for the people carrying answers over
};

// What a version of a grid says about the version it replaces. An old
// criterion the map does not list is the criterion of the same id in this
// version, or removed when this version has no such id.
struct Supersession
{
    QString version; // the older version, e.g. "2014.1"
    QList<CriterionMapping> criteria;
    QStringList added; // criteria of this version that did not exist before
};

// One académie grid: its levels (paliers), domains and criteria, in the order
// of the source document. Built by ReferentialLoader, which guarantees that
// every id is unique and every criterion points at an existing domain and level.
class Referential
{
public:
    Referential() = default;
    Referential(QString id, QString version, QString title, Audience audience, ReferentialKind kind, ScoringRule rule,
        QList<Level> levels, QList<Domain> domains, QList<Criterion> criteria);

    const QString &id() const { return m_id; }
    const QString &version() const { return m_version; }
    const QString &title() const { return m_title; }
    Audience audience() const { return m_audience; }
    ReferentialKind kind() const { return m_kind; }
    const ScoringRule &rule() const { return m_rule; }
    const QString &source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    // The versions this one replaces and how their criteria map onto it.
    const QList<Supersession> &supersedes() const { return m_supersedes; }
    const Supersession *supersession(const QString &olderVersion) const;
    void setSupersedes(QList<Supersession> supersedes) { m_supersedes = std::move(supersedes); }
    // The referential file this grid was read from, byte for byte, and its
    // SHA-256 in hexadecimal: what exports name and may carry.
    const QByteArray &fileData() const { return m_fileData; }
    const QString &sha256() const { return m_sha256; }
    void setFileData(const QByteArray &data);

    // Sorted by number (1, 2, 3) and by order respectively.
    const QList<Level> &levels() const { return m_levels; }
    const QList<Domain> &domains() const { return m_domains; }
    // Grouped by domain order, then level, then the source's order.
    const QList<Criterion> &criteria() const { return m_criteria; }

    const Criterion *criterion(const QString &id) const;
    const Domain *domain(const QString &id) const;
    // Where the domain stands in domains(), or -1.
    qsizetype domainIndex(const QString &id) const;
    const Level *level(int number) const;
    QList<const Criterion *> criteriaOf(const QString &domainId, int level) const;
    int maxLevel() const;

private:
    QString m_id;
    QString m_version;
    QString m_title;
    QString m_source;
    QByteArray m_fileData;
    QString m_sha256;
    QList<Supersession> m_supersedes;
    Audience m_audience = Audience::Etablissement;
    ReferentialKind m_kind = ReferentialKind::Checklist;
    ScoringRule m_rule;
    QList<Level> m_levels;
    QList<Domain> m_domains;
    QList<Criterion> m_criteria;
    QHash<QString, qsizetype> m_criterionIndex;
};

// Orders versions such as "2014.1" < "2026.1" < "2026.10" by their numbers,
// and versions that are not numbers as text.
bool versionLess(const QString &a, const QString &b);

QString audienceKey(Audience audience);
QString audienceLabel(Audience audience);
// The value of "kind" in a referential file: "checklist" or "rubric".
QString referentialKindKey(ReferentialKind kind);

} // namespace Paliers
