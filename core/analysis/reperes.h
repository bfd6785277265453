#pragma once

#include "analysis/consolidation.h"
#include "model/result.h"
#include "referential/referential.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Paliers {

// How the schools of a scope stand in one domain: how many at each palier,
// and the median palier.
struct DomainReperes
{
    QString domainId;
    QList<int> counts; // index: palier
    double median = 0;
};

// How many of the schools meet a criterion, out of those it applies to.
struct CriterionShare
{
    QString criterionId;
    int met = 0;
    int applicable = 0;
    double share() const { return applicable == 0 ? 0.0 : static_cast<double>(met) / applicable; }
};

// Where the schools of an académie (or of any scope) stand, for one grid and
// one school year: an anonymous aggregate a DANE writes from its
// consolidation and a school imports to stand beside. It holds counts only,
// never a school's name or UAI, and is written for at least MinSchools
// schools so that no school can be recognised in it.
struct Reperes
{
    Q_DECLARE_TR_FUNCTIONS(Reperes)

public:
    static constexpr int MinSchools = 5;

    enum class Standing
    {
        Below,
        AtMedian,
        Above,
    };

    QString referentialId;
    QString schoolYear;
    QString scope; // in words: « Académie de Créteil, écoles »
    int schools = 0;
    QList<DomainReperes> domains; // in the grid's domain order
    QList<CriterionShare> criteria; // in the grid's order

    const DomainReperes *domain(const QString &domainId) const;

    // The validated rows of `referential`'s grid and `schoolYear` among
    // `rows`, counted (every version of the grid in `versions`); `shares`
    // are the criteria's counts read from their answers. Refused under
    // MinSchools schools.
    static Result<Reperes> of(const Referential &referential, const QList<const Referential *> &versions,
        const QString &schoolYear, const QList<OverviewRow> &rows, const QList<CriterionShare> &shares,
        const QString &scope);
    // The median of a distribution (index: palier): the middle value, or the
    // mean of the two middle ones.
    static double median(const QList<int> &counts);
    static Standing standing(int palier, double median);
    // « au-dessus de la médiane académique (1,5) »
    static QString standingText(int palier, double median);
    // In a column headed « Académie »: « au-dessus (médiane 1,5) ».
    static QString standingShort(int palier, double median);
    // « 1,5 »: a palier or a median as a French reader writes it.
    static QString number(double value);
    // The criteria least often met, lowest share first (ties by the grid's
    // order), under `below` of the schools, at most `limit`.
    QStringList leastMet(int limit, double below = 0.5) const;
};

} // namespace Paliers
