#pragma once

#include "analysis/campaign.h"
#include "referential/referentialcatalog.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Paliers {

// One indicator of an académie's roadmap (feuille de route), as the roadmap
// prints it: « Pourcentage d'écoles qui utilisent une charte d'usage du
// numérique : 52 % en 2013, 63 % en 2014, cible 100 % en 2017 ». Paliers
// computes it as the share of the establishments of a scope, among those
// with a validated assessment of the grid for the year, that meet a
// condition of the grid.
struct Indicator
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)

public:
    enum class Condition
    {
        Criterion, // the criterion `subject` is atteint
        Domain, // the domain (or jalons axis) `subject` is at palier ≥ `palier`
        Overall, // the palier global is ≥ `palier`
    };
    // A value the roadmap itself gives for a year Paliers has no data for.
    struct Recorded
    {
        QString schoolYear;
        double percent = 0;
    };

    QString label;
    QString referentialId;
    RegisterFilter scope;
    Condition condition = Condition::Criterion;
    QString subject; // a criterion's or a domain's id
    int palier = 1;
    std::optional<double> target; // a percentage
    QString targetYear; // the school year by which
    QList<Recorded> recorded;
    QString note;

    // Refuses an indicator whose grid, criterion or domain `catalog` does not
    // know, or whose palier, target or years are out of range.
    Status check(const ReferentialCatalog &catalog) const;
    // « PIL-1-02 atteint », « Formation au palier 2 ou plus », « palier global 1 ou plus ».
    QString describeCondition(const ReferentialCatalog &catalog) const;
    static QString conditionKey(Condition condition);
    static std::optional<Condition> conditionFromKey(const QString &key);
};

// An indicator's value for one school year.
struct IndicatorValue
{
    QString schoolYear;
    int schools = 0; // establishments it rests on
    int meeting = 0; // of which meet the condition
    std::optional<double> recorded; // the roadmap's own figure, when Paliers has no data

    bool hasValue() const { return schools > 0 || recorded.has_value(); }
    // The share, in percent: computed when there are schools, else the
    // roadmap's figure.
    double percent() const;
};

struct IndicatorRow
{
    Indicator indicator;
    QList<IndicatorValue> values; // one per year of the table

    // The last year with a value.
    const IndicatorValue *latest() const;
    // Whether the latest value reaches the target.
    bool targetReached() const;
};

// The roadmap's table: one row per indicator, one column per year, the
// target last.
struct IndicatorTable
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorTable)

public:
    QStringList years; // oldest first
    QList<IndicatorRow> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    // « 63 % (40) », « 52 % (feuille de route) », « — »
    static QString cell(const IndicatorValue &value);
    // « 100 % en 2016-2017 ✓ », « — »
    static QString targetCell(const IndicatorRow &row);
    static QString percent(double value);
};

} // namespace Paliers
