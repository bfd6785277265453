#pragma once

#include "model/answerstatus.h"
#include "model/assessment.h"
#include "model/establishment.h"
#include "model/overviewrow.h"
#include "referential/referential.h"

#include <array>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Paliers {

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

class Consolidation
{
    Q_DECLARE_TR_FUNCTIONS(Consolidation)

public:
    // Per domain of `referential`, the rows of that grid counted by palier.
    // Rows made with another of `versions` (every version of the grid) count
    // in the domains of the same id; a domain their version lacks leaves
    // them out of that domain's counts.
    static QList<DomainDistribution> distribution(const QList<OverviewRow> &rows, const Referential &referential,
        const QList<const Referential *> &versions = {});
    // The palier of a row in the domain `domainId`, `rowGrid` being the
    // version the row was made with; -1 when that version lacks the domain.
    static int domainPalier(const OverviewRow &row, const Referential *rowGrid, const QString &domainId);
    // The versions of grid `referentialId` the rows were made with, sorted.
    static QStringList versionsIn(const QList<OverviewRow> &rows, const QString &referentialId);
    // The criteria that most often block the next palier, most frequent
    // first (ties by id), at most `limit`; of the rows of one grid only
    // when `referentialId` is given.
    static QList<MissingCriterion> mostMissing(
        const QList<OverviewRow> &rows, int limit, const QString &referentialId = QString());
    // The rows `filter` keeps, in their order. Given a list of its own (a
    // DANE's year is 60,000 rows), it keeps them in place.
    static QList<OverviewRow> filtered(QList<OverviewRow> rows, const OverviewFilter &filter);
};

} // namespace Paliers
