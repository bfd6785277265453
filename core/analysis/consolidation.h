#pragma once

#include "model/answerstatus.h"
#include "model/assessment.h"
#include "model/establishment.h"
#include "referential/referential.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace Paliers {

// One assessment as the overview of many schools shows it: the school, the
// year, the grid and the paliers, without the answers. Read in one query
// from the summaries Storage keeps up to date.
struct OverviewRow
{
    qint64 establishmentId = 0;
    QString uai;
    QString name;
    EstablishmentKind kind = EstablishmentKind::Other;
    QString commune;
    QString circonscription;
    QString departement;
    QString academie;
    qint64 assessmentId = 0;
    QString referentialId;
    QString schoolYear;
    AssessmentStatus status = AssessmentStatus::Draft;
    int overallPalier = 0;
    QList<int> domainPaliers; // in the referential's domain order
    // Criteria blocking the next palier, all domains, separated by commas:
    // kept as one string, as 60,000 rows of lists would cost a million
    // small allocations for a column that only the analysis reads.
    QString blockingIds;
    QStringList blocking() const;
    int answered = 0;
    int total = 0;

    double completion() const { return total == 0 ? 0.0 : static_cast<double>(answered) / total; }
};

// Which rows of an overview to keep. Empty fields keep everything.
struct OverviewFilter
{
    std::optional<EstablishmentKind> kind;
    QString circonscription;
    QString departement;
    std::optional<AssessmentStatus> status;
    QString referentialId;
    QString search; // in the name, UAI or commune, case and accents as typed

    bool matches(const OverviewRow &row) const;
};

// How many establishments stand at palier 0, 1, 2, 3 in one domain.
// How many establishments stand at each palier (0 to the grid's highest;
// for the jalons, each stage 0 to 4) in one domain.
struct DomainDistribution
{
    QString domainId;
    QList<int> counts; // index: palier
    int total() const;
};

struct MissingCriterion
{
    QString criterionId;
    int count = 0; // establishments for which it blocks the next palier
};

// What changed between two assessments of one school, criterion by criterion.
struct YearComparison
{
    QStringList newlyMet; // atteint now, not before
    QStringList lost;     // atteint before, not now: regressions
    QStringList unchanged;
    QStringList otherChanges; // changed between statuses other than atteint
    bool hasRegression() const { return !lost.isEmpty(); }
};

class Consolidation
{
    Q_DECLARE_TR_FUNCTIONS(Consolidation)

public:
    // Per domain of `referential`, the rows of that referential counted by palier.
    static QList<DomainDistribution> distribution(const QList<OverviewRow> &rows, const Referential &referential);
    // The criteria that most often block the next palier, most frequent
    // first (ties by id), at most `limit`.
    static QList<MissingCriterion> mostMissing(const QList<OverviewRow> &rows, int limit);
    static YearComparison compare(const Referential &referential, const AnswerMap &before, const AnswerMap &after);
    static QList<OverviewRow> filtered(const QList<OverviewRow> &rows, const OverviewFilter &filter);
};

} // namespace Paliers
